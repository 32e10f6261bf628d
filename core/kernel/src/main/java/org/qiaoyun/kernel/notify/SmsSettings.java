package org.qiaoyun.kernel.notify;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Text messages (短信), from the configuration ({@code QIAOYUN_SMS_*}): the provider that carries them
 * ({@code QIAOYUN_SMS_PROVIDER}, one of {@link #PROVIDERS}; Tencent Cloud SMS unless set), its key, application,
 * region and endpoint, the platform's sign name and the templates. Mainland text messages go
 * out only by templates the provider approved beforehand, so a kind of notification is sent by SMS only when a template
 * is named for it ({@code QIAOYUN_SMS_TEMPLATES=volunteers.shift-cancelled=1234567,kernel.notify.password-reset=1234568});
 * the template's parameters are the notification's arguments in order. The secret key lives in the configuration only.
 */
public record SmsSettings(String secretId, String secretKey, String appId, String sign, String region, URI endpoint,
                          Map<String, String> templates, String provider) {

    public static final URI TENCENT = URI.create("https://sms.tencentcloudapi.com");
    /** The providers {@code QIAOYUN_SMS_PROVIDER} may name; a new one is added here and in {@link #provider(Clock)}. */
    public static final java.util.Set<String> PROVIDERS = java.util.Set.of(TencentCloudSms.NAME);

    /** Text messages by Tencent Cloud SMS. */
    public SmsSettings(String secretId, String secretKey, String appId, String sign, String region, URI endpoint,
                       Map<String, String> templates) {
        this(secretId, secretKey, appId, sign, region, endpoint, templates, TencentCloudSms.NAME);
    }

    public SmsSettings {
        provider = known(provider);
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
        String provider = known(setting.apply("qiaoyun.sms.provider").orElse(null)); // refused even while no key is set
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
                setting.apply("qiaoyun.sms.endpoint").filter(e -> !e.isBlank()).map(URI::create).orElse(null), templates, provider));
    }

    /** The provider named, {@code tencent} when none is; an unknown name is refused naming the setting. */
    private static String known(String provider) {
        String name = provider == null || provider.isBlank() ? TencentCloudSms.NAME : provider.strip();
        if (!PROVIDERS.contains(name)) {
            throw new IllegalArgumentException("QIAOYUN_SMS_PROVIDER (qiaoyun.sms.provider) is \"" + name
                    + "\", which is no SMS provider the platform knows; known: " + String.join(", ", new java.util.TreeSet<>(PROVIDERS)));
        }
        return name;
    }

    /** The provider that carries the texts, as the settings name it. */
    public SmsProvider provider(Clock clock) {
        return switch (provider) {
            case TencentCloudSms.NAME -> new TencentCloudSms(this, clock);
            default -> throw new IllegalStateException("no SMS provider " + provider); // known() let it through: add it above
        };
    }

    @Override
    public String toString() { // never the secret key
        return "SMS by " + provider + " " + endpoint + " (app " + appId + ", " + templates.size() + " templates)";
    }
}
