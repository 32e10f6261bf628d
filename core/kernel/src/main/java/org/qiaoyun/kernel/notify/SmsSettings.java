package org.qiaoyun.kernel.notify;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Text messages through Tencent Cloud SMS (短信), from the configuration ({@code QIAOYUN_SMS_*}). Mainland text messages go
 * out only by templates the provider approved beforehand, so a kind of notification is sent by SMS only when a template
 * is named for it ({@code QIAOYUN_SMS_TEMPLATES=volunteers.shift-cancelled=1234567,kernel.notify.password-reset=1234568});
 * the template's parameters are the notification's arguments in order. The secret key lives in the configuration only.
 */
public record SmsSettings(String secretId, String secretKey, String appId, String sign, String region, URI endpoint,
                          Map<String, String> templates) {

    public static final URI TENCENT = URI.create("https://sms.tencentcloudapi.com");

    public SmsSettings {
        for (var required : Map.of("qiaoyun.sms.secret.id", secretId == null ? "" : secretId, "qiaoyun.sms.secret.key",
                secretKey == null ? "" : secretKey, "qiaoyun.sms.app.id", appId == null ? "" : appId, "qiaoyun.sms.sign",
                sign == null ? "" : sign).entrySet()) {
            if (required.getValue().isBlank()) {
                throw new IllegalArgumentException(required.getKey() + " is needed to send text messages");
            }
        }
        region = region == null || region.isBlank() ? "ap-guangzhou" : region.strip();
        endpoint = endpoint == null ? TENCENT : endpoint;
        templates = Map.copyOf(templates);
    }

    /** The settings named {@code qiaoyun.sms.*}; empty when no secret id is configured (no text messages then). */
    public static Optional<SmsSettings> from(Function<String, Optional<String>> setting) {
        Optional<String> id = setting.apply("qiaoyun.sms.secret.id").filter(s -> !s.isBlank());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> templates = new LinkedHashMap<>();
        for (String pair : setting.apply("qiaoyun.sms.templates").orElse("").split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                templates.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            } else if (!pair.isBlank()) {
                throw new IllegalArgumentException("qiaoyun.sms.templates lists kind=templateId pairs, not " + pair);
            }
        }
        return Optional.of(new SmsSettings(id.get().strip(), setting.apply("qiaoyun.sms.secret.key").orElse(null),
                setting.apply("qiaoyun.sms.app.id").orElse(null), setting.apply("qiaoyun.sms.sign").orElse(null),
                setting.apply("qiaoyun.sms.region").orElse(null),
                setting.apply("qiaoyun.sms.endpoint").filter(e -> !e.isBlank()).map(URI::create).orElse(null), templates));
    }

    @Override
    public String toString() { // never the secret key
        return "Tencent Cloud SMS " + endpoint + " (app " + appId + ", " + templates.size() + " templates)";
    }
}
