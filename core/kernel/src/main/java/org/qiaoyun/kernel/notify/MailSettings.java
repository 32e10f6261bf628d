package org.qiaoyun.kernel.notify;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where email goes: the SMTP server from the configuration ({@code QIAOYUN_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _FROM}, {@code _TLS}). Without a host the platform sends no email: messages by email wait
 * in the outbox until one is configured. The password lives in the configuration only, never in the database.
 *
 * @param tls {@code none} (plain SMTP, port 25 or a relay in the same network), {@code starttls} (port 587, upgraded
 *            and required) or {@code tls} (port 465, TLS from the first byte)
 */
public record MailSettings(String host, int port, String user, String password, String from, String tls) {

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an SMTP host is needed to send email");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("qiaoyun.smtp.from (QIAOYUN_SMTP_FROM) names the sender of the platform's email");
        }
        tls = tls == null || tls.isBlank() ? "starttls" : tls.strip().toLowerCase(Locale.ROOT);
        if (!tls.equals("none") && !tls.equals("starttls") && !tls.equals("tls")) {
            throw new IllegalArgumentException("qiaoyun.smtp.tls is none, starttls or tls, not " + tls);
        }
    }

    /** The settings named {@code qiaoyun.smtp.*} as {@code setting} reads them; empty when no host is configured. */
    public static Optional<MailSettings> from(Function<String, Optional<String>> setting) {
        Optional<String> host = setting.apply("qiaoyun.smtp.host").filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String tls = setting.apply("qiaoyun.smtp.tls").orElse("starttls");
        int defaultPort = switch (tls.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> 25;
            case "tls" -> 465;
            default -> 587;
        };
        int port = setting.apply("qiaoyun.smtp.port").filter(p -> !p.isBlank()).map(p -> Integer.parseInt(p.strip())).orElse(defaultPort);
        return Optional.of(new MailSettings(host.get().strip(), port, setting.apply("qiaoyun.smtp.user").filter(u -> !u.isBlank()).orElse(null),
                setting.apply("qiaoyun.smtp.password").orElse(null), setting.apply("qiaoyun.smtp.from").orElse(null), tls));
    }

    @Override
    public String toString() { // never the password, in logs or anywhere
        return "smtp://" + (user == null ? "" : user + "@") + host + ":" + port + " (" + tls + ", from " + from + ")";
    }
}
