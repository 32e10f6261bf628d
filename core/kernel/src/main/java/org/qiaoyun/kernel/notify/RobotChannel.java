package org.qiaoyun.kernel.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages to a federation's staff group by its WeChat Work group robot: a POST of
 * {@code {"msgtype":"markdown","markdown":{"content":...}}} to the group's webhook, the subject in bold over the body.
 * The robot answers {@code {"errcode":0,"errmsg":"ok"}}; any other errcode (a key removed, too many messages a
 * minute) is a failed attempt with the robot's code and words, retried like any other. The webhook's key never
 * appears in what the outbox keeps.
 */
public final class RobotChannel implements Channel {

    private static final Pattern ERRCODE = Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)");
    private static final Pattern ERRMSG = Pattern.compile("\"errmsg\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** The robot takes at most 4,096 bytes of markdown: 1,300 characters of Chinese stay below it. */
    private static final int MOST = 1300;

    private final Function<String, Optional<URI>> webhooks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param webhooks a federation's code to its group's webhook, if it has one (the platform: {@link StaffGroups#webhook}) */
    public RobotChannel(Function<String, Optional<URI>> webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public String name() {
        return Message.STAFF_GROUP;
    }

    @Override
    public void send(Message message) throws DeliveryException {
        URI webhook = webhooks.apply(message.tenantCode())
                .orElseThrow(() -> new DeliveryException("the federation has no staff group webhook (any more)", null));
        post(webhook, "**" + message.subject() + "**\n" + message.body());
    }

    /** Posts {@code markdown} to the robot of {@code webhook}: the message of a round, or an admin's test. */
    void post(URI webhook, String markdown) throws DeliveryException {
        String content = markdown.length() > MOST ? markdown.substring(0, MOST) + "…" : markdown;
        String payload = "{\"msgtype\":\"markdown\",\"markdown\":{\"content\":" + Json.quoted(content) + "}}";
        HttpRequest request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryException("the WeChat Work robot could not be reached: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().replaceAll("key=[^&\\s]+", "key=****")), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while posting to the WeChat Work robot", e);
        }
        Matcher code = ERRCODE.matcher(response.body());
        if (response.statusCode() != 200 || !code.find() || !"0".equals(code.group(1))) {
            Matcher words = ERRMSG.matcher(response.body());
            throw new DeliveryException("the WeChat Work robot refused (HTTP " + response.statusCode() + ", errcode "
                    + (code.find(0) ? code.group(1) : "none") + (words.find() ? ": " + words.group(1) : "") + ")", null);
        }
    }
}
