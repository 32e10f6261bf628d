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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tencent Cloud SMS (API 2021-01-11, {@code SendSms}), each request signed with TC3-HMAC-SHA256 ({@link Tc3Signer}) by
 * the platform's API key ({@code QIAOYUN_SMS_SECRET_ID}/{@code _KEY}) for its SMS application ({@code QIAOYUN_SMS_APP_ID}).
 * An error of the API or a send status other than {@code Ok} is not sent, with Tencent's code and words; a number
 * Tencent calls incorrect is refused for good, every other refusal is tried again (a template not yet approved, a
 * number on the do-not-disturb list, a rate limit may all pass).
 */
public final class TencentCloudSms implements SmsProvider {

    public static final String NAME = "tencent";
    private static final Pattern ERROR = Pattern.compile("\"Error\"\\s*:\\s*\\{\\s*\"Code\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"Message\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern STATUS = Pattern.compile("\"SendStatusSet\"\\s*:\\s*\\[\\s*\\{[^}]*?\"Code\"\\s*:\\s*\"([^\"]*)\"(?:[^}]*?\"Message\"\\s*:\\s*\"([^\"]*)\")?");
    /** Tencent's codes that no later attempt can change. */
    private static final Set<String> FOR_GOOD = Set.of("InvalidParameterValue.IncorrectPhoneNumber");

    private final SmsSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public TencentCloudSms(SmsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome send(String mobile, String template, List<String> parameters, String sign, String reference) {
        String payload = "{\"PhoneNumberSet\":[" + Json.quoted(mobile) + "],\"SmsSdkAppId\":" + Json.quoted(settings.appId())
                + ",\"SignName\":" + Json.quoted(sign) + ",\"TemplateId\":" + Json.quoted(template) + ",\"TemplateParamSet\":["
                + parameters.stream().map(Json::quoted).collect(Collectors.joining(",")) + "],\"SessionContext\":" + Json.quoted(reference) + "}";
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
            return Outcome.retry("the SMS service could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.retry("interrupted while sending a text message");
        }
        String body = response.body();
        Matcher error = ERROR.matcher(body);
        if (response.statusCode() != 200 || error.find()) {
            boolean found = error.find(0);
            return outcome(found ? error.group(1) : "", "SMS refused (" + response.statusCode() + ")"
                    + (found ? ": " + error.group(1) + " " + error.group(2) : ""));
        }
        Matcher status = STATUS.matcher(body);
        if (!status.find() || !"Ok".equals(status.group(1))) {
            boolean found = status.find(0);
            return outcome(found ? status.group(1) : "", "SMS not sent: " + (found ? status.group(1) + " " + status.group(2) : body));
        }
        return Outcome.sent();
    }

    private static Outcome outcome(String code, String reason) {
        return FOR_GOOD.contains(code) ? Outcome.refused(reason) : Outcome.retry(reason);
    }
}
