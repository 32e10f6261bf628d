package org.qiaoyun.kernel.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.qiaoyun.api.Text;

/**
 * Text messages by Tencent Cloud SMS (API 2021-01-11, {@code SendSms}), signed with TC3-HMAC-SHA256: the federation's
 * approved template for the message's kind, its parameters the notification's arguments, to the mobile number of the
 * account, under the federation's own sign name where it set one ({@link SmsSigns}), else the platform's. A refusal of the provider (an error, or a send status other than {@code Ok}) is a failed attempt with the
 * provider's code and words, retried like any other.
 */
public final class SmsChannel implements Channel {

    private static final Pattern ERROR = Pattern.compile("\"Error\"\\s*:\\s*\\{\\s*\"Code\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"Message\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern STATUS = Pattern.compile("\"SendStatusSet\"\\s*:\\s*\\[\\s*\\{[^}]*?\"Code\"\\s*:\\s*\"([^\"]*)\"(?:[^}]*?\"Message\"\\s*:\\s*\"([^\"]*)\")?");

    private final SmsSettings settings;
    private final java.util.function.Function<String, java.util.Optional<String>> signs;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Text messages under the platform's sign name only. */
    public SmsChannel(SmsSettings settings, Clock clock) {
        this(settings, tenantCode -> java.util.Optional.empty(), clock);
    }

    /** @param signs a federation's own sign name, if it has one (the platform: {@link SmsSigns#signOf}) */
    public SmsChannel(SmsSettings settings, java.util.function.Function<String, java.util.Optional<String>> signs, Clock clock) {
        this.settings = settings;
        this.signs = signs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return Message.SMS;
    }

    /** Whether a kind goes by text message: a template is named for it. */
    public boolean sends(String kind) {
        return settings.templates().containsKey(kind);
    }

    @Override
    public void send(Message message) throws DeliveryException {
        String template = settings.templates().get(message.kind());
        if (template == null) {
            throw new DeliveryException("no SMS template is configured for " + message.kind(), null);
        }
        List<Object> arguments = Text.fromStored(message.kept()).map(Text::arguments).orElse(List.of());
        StringBuilder parameters = new StringBuilder();
        for (Object argument : arguments) {
            parameters.append(parameters.length() == 0 ? "" : ",").append(json(argument == null ? "" : argument.toString()));
        }
        String payload = "{\"PhoneNumberSet\":[" + json(international(message.address())) + "],\"SmsSdkAppId\":" + json(settings.appId())
                + ",\"SignName\":" + json(signs.apply(message.tenantCode()).orElse(settings.sign())) + ",\"TemplateId\":" + json(template) + ",\"TemplateParamSet\":[" + parameters
                + "],\"SessionContext\":" + json(message.id()) + "}";
        URI endpoint = settings.endpoint();
        String host = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", Tc3Signer.authorization(settings.secretId(), settings.secretKey(), "sms", host, timestamp, payload))
                .header("Content-Type", Tc3Signer.CONTENT_TYPE)
                .header("X-TC-Action", "SendSms")
                .header("X-TC-Version", "2021-01-11")
                .header("X-TC-Timestamp", String.valueOf(timestamp))
                .header("X-TC-Region", settings.region())
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryException("the SMS service could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while sending a text message", e);
        }
        String body = response.body();
        Matcher error = ERROR.matcher(body);
        if (response.statusCode() != 200 || error.find()) {
            throw new DeliveryException("SMS refused (" + response.statusCode() + ")"
                    + (error.find(0) ? ": " + error.group(1) + " " + error.group(2) : ""), null);
        }
        Matcher status = STATUS.matcher(body);
        if (!status.find() || !"Ok".equals(status.group(1))) {
            throw new DeliveryException("SMS not sent: " + (status.find(0) ? status.group(1) + " " + status.group(2) : body), null);
        }
    }

    /** A mainland number in the +86 form the provider asks for; others as they were kept (with their +). */
    static String international(String mobile) {
        return mobile.startsWith("+") ? mobile : "+86" + mobile;
    }

    private static String json(String text) {
        return Json.quoted(text);
    }
}
