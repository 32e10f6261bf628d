package org.qiaoyun.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.notify.MailSettings;
import org.qiaoyun.kernel.notify.Sender;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * Email through the outbox to a real SMTP server (GreenMail on this machine), on H2 and on PostgreSQL: {@code count}
 * notifications written by a module inside its transactions (ten to a transaction, as a change that tells ten people),
 * then the kernel's sender drains the outbox, one message per transaction, into the server. Prints messages per second
 * for both, and whether each arrived exactly once (the server's messages counted, one per address, each Message-ID
 * once, and the outbox's rows all sent). Figures, not pass/fail (issue 12, "Tests and figures").
 */
public final class OutboxBenchmark {

    private static final String COUNTY = "bench-county";
    private static final int PER_TRANSACTION = 10;

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path plugins = Path.of(args[1]);
        java.util.logging.LogManager.getLogManager().reset();
        Caller.bindSystem(); // the kernel's services check their caller; this tool acts as the platform

        run("H2", Database.embeddedUrl(Files.createTempDirectory("qiaoyun-bench-outbox")), plugins, count);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database bench");
            }
            run("PostgreSQL", postgres.getJdbcUrl("postgres", "bench"), plugins, count);
        }
    }

    static void run(String database, String url, Path plugins, int count) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, plugins))) {
            kernel.provisioning().provision(new ProvisioningRequest("bench", "cn", "province", "基准省侨联", "Bench", null));
            kernel.provisioning().provision(new ProvisioningRequest("bench-city", "bench", "city", "基准市侨联", "Bench City", null));
            kernel.provisioning().provision(new ProvisioningRequest(COUNTY, "bench-city", "county", "基准县侨联", "Bench County", null));
            kernel.switchboard().switchModule(COUNTY, "greeting", true);
            TenantScope scope = kernel.contextOf("greeting").tenant(COUNTY);
            // the platform's sender to the server, as QIAOYUN_SMTP_HOST/_PORT/_FROM/_TLS=none configure it
            Sender sender = kernel.sender(MailSettings.from(setting -> Optional.ofNullable(switch (setting) {
                case "qiaoyun.smtp.host" -> "127.0.0.1";
                case "qiaoyun.smtp.port" -> String.valueOf(port);
                case "qiaoyun.smtp.from" -> "侨云 <noreply@qiaoyun.example.cn>";
                case "qiaoyun.smtp.tls" -> "none";
                default -> null;
            })));

            // warm-up (not counted): class loading, statement preparation, the first SMTP connections
            enqueue(scope, "warm", 50);
            while (sender.drain() > 0) {
                // until nothing is due
            }
            int warmed = smtp.getReceivedMessages().length;
            smtp.purgeEmailFromAllMailboxes();

            long start = System.nanoTime();
            enqueue(scope, "member", count);
            double enqueued = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            int sent = 0;
            for (int round = sender.drain(); round > 0; round = sender.drain()) {
                sent += round;
            }
            double drained = (System.nanoTime() - start) / 1e9;

            MimeMessage[] received = smtp.getReceivedMessages();
            Set<String> addresses = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (MimeMessage message : received) {
                addresses.add(message.getRecipients(RecipientType.TO)[0].toString());
                ids.add(message.getMessageID());
            }
            List<String> states = kernel.store().transaction(em -> ((List<?>) em.createNativeQuery(
                    "select status, count(*) from notify_message where channel = 'email' and address like 'member-%' group by status")
                    .getResultList()).stream().map(row -> ((Object[]) row)[0] + " " + ((Object[]) row)[1]).toList());
            boolean once = received.length == count && addresses.size() == count && ids.size() == count && sent == count;
            System.out.printf(Locale.ROOT, "outbox to SMTP (%s, %,d emails, warm-up of %d not counted): written in %.2f s (%,.0f/s, %d per"
                            + " transaction); sent in %.2f s = %,.0f messages/s%n", database, count, warmed, enqueued, count / enqueued,
                    PER_TRANSACTION, drained, count / drained);
            System.out.printf(Locale.ROOT, "  arrived: %,d messages at the server, %,d addresses, %,d Message-IDs; sender counted %,d;"
                    + " outbox %s: %s%n", received.length, addresses.size(), ids.size(), sent, states, once ? "each exactly once" : "NOT EXACTLY ONCE");
        } finally {
            smtp.stop();
        }
    }

    /** {@code count} emails to distinct addresses, {@value #PER_TRANSACTION} to a transaction of the module. */
    private static void enqueue(TenantScope scope, String prefix, int count) {
        for (int first = 0; first < count; first += PER_TRANSACTION) {
            int from = first;
            scope.transaction(em -> {
                for (int i = from; i < Math.min(from + PER_TRANSACTION, count); i++) {
                    scope.notifications().email(prefix + "-" + i + "@example.cn", "greeting.welcomed", "会员" + i, "基准县侨联");
                }
                return null;
            });
        }
    }

    private OutboxBenchmark() {
    }
}
