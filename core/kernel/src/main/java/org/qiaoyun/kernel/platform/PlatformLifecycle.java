package org.qiaoyun.kernel.platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qiaoyun.kernel.identity.Passwords;
import org.qiaoyun.kernel.identity.SecondFactorPolicy;
import org.qiaoyun.kernel.persistence.Database;

/**
 * Starts the kernel when the web application starts and stops it when it stops, and lends the
 * kernel to CDI beans (REST resources, views).
 *
 * <p>Configuration comes from MicroProfile Config, so every key can also be set as an environment
 * variable: {@code qiaoyun.db.url} as {@code QIAOYUN_DB_URL}, and so on (see the README).
 */
@ApplicationScoped
public class PlatformLifecycle {

    private static final Logger LOG = Logger.getLogger(PlatformLifecycle.class.getName());

    @Inject
    @ConfigProperty(name = "qiaoyun.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "qiaoyun.plugins.dir", defaultValue = "modules")
    String pluginsDir;

    @Inject
    @ConfigProperty(name = "qiaoyun.db.url")
    Optional<String> jdbcUrl;

    @Inject
    @ConfigProperty(name = "qiaoyun.db.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "qiaoyun.db.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "qiaoyun.db.pool.max", defaultValue = "10")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "qiaoyun.demo", defaultValue = "false")
    boolean demo;

    /** In demo mode, whether the demo federations get the modules' demo records too (cases, shifts...). */
    @Inject
    @ConfigProperty(name = "qiaoyun.demo.records", defaultValue = "true")
    boolean demoRecords;

    @Inject
    @ConfigProperty(name = "qiaoyun.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "qiaoyun.password.iterations", defaultValue = "" + Passwords.DEFAULT_ITERATIONS)
    int passwordIterations;

    /**
     * Addresses of the reverse proxies in front of the platform (comma-separated): only from them is
     * {@code X-Forwarded-For} believed when telling a client's address.
     */
    @Inject
    @ConfigProperty(name = "qiaoyun.trusted.proxies", defaultValue = " ")
    String trustedProxies;

    /**
     * Of whom a second factor is required: {@code enrolled}, {@code senior-admins} (national and provincial
     * admins), {@code admins}, {@code everyone}. Unset: {@code senior-admins}, or {@code enrolled} in demo mode.
     */
    @Inject
    @ConfigProperty(name = "qiaoyun.second.factor")
    Optional<String> secondFactor;

    /**
     * Base64 of 32 random bytes sealing the platform's own secrets at rest (second factors). Unset: a key made
     * once in the data directory (fine for a trial, not for production).
     */
    @Inject
    @ConfigProperty(name = "qiaoyun.secrets.key")
    Optional<String> secretsKey;

    /** How many months a direct contact point may wait for a visit before it is flagged. */
    @Inject
    @ConfigProperty(name = "qiaoyun.contact.visit.months", defaultValue = "6")
    int contactVisitMonths;
    /** The SMTP server the platform's email goes through; unset: no email is sent (it waits in the outbox). */
    @Inject
    @ConfigProperty(name = "qiaoyun.smtp.host")
    Optional<String> smtpHost;

    /** Its port: 25 for {@code none}, 587 for {@code starttls}, 465 for {@code tls} unless given. */
    @Inject
    @ConfigProperty(name = "qiaoyun.smtp.port")
    Optional<String> smtpPort;

    @Inject
    @ConfigProperty(name = "qiaoyun.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "qiaoyun.smtp.password")
    Optional<String> smtpPassword;

    /** The sender of the platform's email, e.g. {@code 侨云 <noreply@qiaoyun.example.cn>}. */
    @Inject
    @ConfigProperty(name = "qiaoyun.smtp.from")
    Optional<String> smtpFrom;

    /** {@code none}, {@code starttls} (the default) or {@code tls}. */
    @Inject
    @ConfigProperty(name = "qiaoyun.smtp.tls")
    Optional<String> smtpTls;

    /** Which provider carries text messages ({@code tencent}, the default); an unknown one: the platform does not start. */
    @Inject
    @ConfigProperty(name = "qiaoyun.sms.provider")
    Optional<String> smsProvider;

    /** Tencent Cloud SMS: the API key's id; unset: no text messages. */
    @Inject
    @ConfigProperty(name = "qiaoyun.sms.secret.id")
    Optional<String> smsSecretId;

    @Inject
    @ConfigProperty(name = "qiaoyun.sms.secret.key")
    Optional<String> smsSecretKey;

    /** The SMS application (SmsSdkAppId). */
    @Inject
    @ConfigProperty(name = "qiaoyun.sms.app.id")
    Optional<String> smsAppId;

    /** The approved signature (签名) the messages carry. */
    @Inject
    @ConfigProperty(name = "qiaoyun.sms.sign")
    Optional<String> smsSign;

    @Inject
    @ConfigProperty(name = "qiaoyun.sms.region")
    Optional<String> smsRegion;

    @Inject
    @ConfigProperty(name = "qiaoyun.sms.endpoint")
    Optional<String> smsEndpoint;

    /** Which kinds go by text message, and by which approved template: {@code kind=templateId,...}. */
    @Inject
    @ConfigProperty(name = "qiaoyun.sms.templates")
    Optional<String> smsTemplates;

    /** Where the public reaches the platform (scheme, host, port): the unsubscribe link every email carries is built under it. */
    @Inject
    @ConfigProperty(name = "qiaoyun.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Seconds between two rounds of the notification sender. */
    @Inject
    @ConfigProperty(name = "qiaoyun.notify.interval", defaultValue = "5")
    int notifyInterval;

    /** Days an audit entry is kept before it is archived and removed: at least 180 (a smaller value stops the start). */
    @Inject
    @ConfigProperty(name = "qiaoyun.audit.retention.days", defaultValue = "" + org.qiaoyun.kernel.audit.AuditRetention.MINIMUM_DAYS)
    int auditRetentionDays;

    /** Where removed audit entries are archived; unset: {@code audit-archive} in the data directory. */
    @Inject
    @ConfigProperty(name = "qiaoyun.audit.archive.dir")
    Optional<String> auditArchiveDir;

    /** Where backups of the embedded H2 database are written; unset: {@code backups} in the data directory. */
    @Inject
    @ConfigProperty(name = "qiaoyun.backup.dir")
    Optional<String> backupDir;

    private volatile Kernel kernel;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        start();
    }

    private synchronized void start() {
        if (kernel != null) {
            return;
        }
        if (auditRetentionDays < org.qiaoyun.kernel.audit.AuditRetention.MINIMUM_DAYS) { // before anything starts
            throw new IllegalStateException("QIAOYUN_AUDIT_RETENTION_DAYS is " + auditRetentionDays + ": audit entries are kept at least "
                    + org.qiaoyun.kernel.audit.AuditRetention.MINIMUM_DAYS + " days");
        }
        java.util.Map<String, Optional<String>> sms = java.util.Map.of("qiaoyun.sms.secret.id", smsSecretId, "qiaoyun.sms.secret.key",
                smsSecretKey, "qiaoyun.sms.app.id", smsAppId, "qiaoyun.sms.sign", smsSign, "qiaoyun.sms.region", smsRegion,
                "qiaoyun.sms.endpoint", smsEndpoint, "qiaoyun.sms.templates", smsTemplates, "qiaoyun.sms.provider", smsProvider);
        // read before anything starts: an unknown QIAOYUN_SMS_PROVIDER or a key without its application stops the start here
        Optional<org.qiaoyun.kernel.notify.SmsSettings> smsSettings = org.qiaoyun.kernel.notify.SmsSettings.from(sms::get);
        String url = jdbcUrl.filter(u -> !u.isBlank()).orElse(Database.embeddedUrl(Path.of(dataDir)));
        LOG.info(() -> "starting Qiaoyun: database " + url.replaceAll("password=[^;&]*", "password=***")
                + ", modules from " + Path.of(pluginsDir).toAbsolutePath() + (demo ? ", demo mode" : ""));
        kernel = Kernel.start(new KernelSettings(url, user.orElse(null), password.orElse(null), maxConnections,
                Path.of(pluginsDir), demo, KernelSettings.DEFAULT_DEMO_TREE, adminPassword.filter(p -> !p.isBlank()).orElse(null),
                passwordIterations, SecretsKey.resolve(secretsKey, Path.of(dataDir))));
        kernel.accounts().requireSecondFactor(secondFactor.filter(s -> !s.isBlank()).map(SecondFactorPolicy::parse)
                .orElse(demo ? SecondFactorPolicy.ENROLLED : SecondFactorPolicy.SENIOR_ADMINS));
        kernel.contactPoints().visitEvery(contactVisitMonths);
        if (demoRecords && kernel.provisionedDemo()) {
            kernel.fillDemoRecords();
        }
        java.util.Map<String, Optional<String>> smtp = java.util.Map.of("qiaoyun.smtp.host", smtpHost, "qiaoyun.smtp.port", smtpPort,
                "qiaoyun.smtp.user", smtpUser, "qiaoyun.smtp.password", smtpPassword, "qiaoyun.smtp.from", smtpFrom,
                "qiaoyun.smtp.tls", smtpTls);
        kernel.unsubscribes().under(publicUrl);
        kernel.startSending(org.qiaoyun.kernel.notify.MailSettings.from(smtp::get), smsSettings,
                java.time.Duration.ofSeconds(Math.max(1, notifyInterval)));
        kernel.startAuditRetention(auditRetentionDays,
                auditArchiveDir.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(dataDir).resolve("audit-archive")));
        kernel.startDailyWork();
    }

    @Produces
    public Kernel kernel() {
        if (kernel == null) {
            start();
        }
        return kernel;
    }

    /** The proxies whose {@code X-Forwarded-For} is believed. */
    public java.util.Set<String> trustedProxies() {
        return java.util.Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Where backups of the embedded database go. */
    public Path backupDirectory() {
        return backupDir.filter(d -> !d.isBlank()).map(Path::of).orElse(Path.of(dataDir).resolve("backups"));
    }

    /** Whether the kernel finished starting: migrations done, modules started. */
    public boolean isReady() {
        Kernel running = kernel;
        return running != null && running.isReady();
    }

    @PreDestroy
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }
}
