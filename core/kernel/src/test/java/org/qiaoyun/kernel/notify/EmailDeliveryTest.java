package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * Email through a real SMTP server (GreenMail) from the outbox on a real PostgreSQL: a message arrives once, in
 * Chinese, as text and HTML; with the server down nothing is lost and, once it is up, nothing arrives twice; two
 * senders draining at once send each message once; a message that failed too often is dead until an admin sends it
 * again; the platform's own thread sends without being asked.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class EmailDeliveryTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    private MovableClock clock;
    private Kernel kernel;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws IOException {
        clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), plugins), clock);
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.switchboard().switchModule(TAISHAN, "greeting", true);
        kernel.accounts().create(TAISHAN, "wangfang", "Qiao-yun-2026!", Set.of(Role.VOLUNTEER));
        kernel.accounts().changeContact("wangfang", "wangfang@example.cn", null, "zh", null);
        kernel.accounts().create(TAISHAN, "taishan-admin", "Qiao-yun-2026!", Set.of(Role.ADMIN));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stop() {
        smtp.stop();
        kernel.close();
    }

    private Sender sender() {
        return kernel.sender(Optional.of(new MailSettings("127.0.0.1", port, null, null, "侨云 <noreply@qiaoyun.example.cn>", "none")));
    }

    private Message theEmail(String kind) {
        return kernel.store().transaction(em -> em.createQuery("select m from Message m where m.kind = :kind and m.channel = :email",
                Message.class).setParameter("kind", kind).setParameter("email", Message.EMAIL).getSingleResult());
    }

    @Test
    void anAccountsEmailArrivesOnceInChinese() throws Exception {
        smtp.start();
        kernel.accounts().resetPassword("wangfang", "Another-pass-2026!"); // the identity service tells its person
        assertThat(sender().drain()).isEqualTo(1);
        assertThat(sender().drain()).as("nothing twice").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("您的侨云密码已重设");
        assertThat(mail.getHeader("Subject")[0]).as("encoded for mail headers").startsWith("=?UTF-8?");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wangfang@example.cn");
        assertThat(mail.getHeader("Message-ID")[0]).isEqualTo("<" + theEmail("kernel.notify.password-reset").id() + "@qiaoyun>");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).contains("text/plain").containsIgnoringCase("utf-8");
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("您的账号密码刚刚被重设");
        assertThat(parts.getBodyPart(1).getContentType()).contains("text/html");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<p>您的账号密码刚刚被重设").contains("lang=\"zh-CN\"");
        assertThat(theEmail("kernel.notify.password-reset").status()).isEqualTo(Message.Status.SENT);
    }

    @Test
    void withTheServerDownNothingIsLostAndOnceUpNothingArrivesTwice() throws Exception {
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        scope.notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        scope.notifications().email("visitor@example.cn", "greeting.welcomed", "来宾", "台山市侨联");

        assertThat(sender().drain()).as("the server is down").isZero();
        List<Message> waiting = kernel.store().transaction(em -> em.createQuery("select m from Message m where m.channel = :email",
                Message.class).setParameter("email", Message.EMAIL).getResultList());
        assertThat(waiting).hasSize(2).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(Message.Status.PENDING);
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
            assertThat(m.lastError()).isNotBlank();
        });

        smtp.start();
        assertThat(sender().drain()).as("not yet due again").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender().drain()).isEqualTo(2);
        clock.advance(Duration.ofHours(2));
        assertThat(sender().drain()).isZero();
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("王芳，欢迎加入侨云", "来宾，欢迎加入侨云");
    }

    @Test
    void twoSendersAtOnceSendEachMessageOnce() throws Exception {
        smtp.start();
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        for (int i = 0; i < 60; i++) {
            scope.notifications().email("person" + i + "@example.cn", "greeting.welcomed", "第" + i + "位", "台山市侨联");
        }
        Sender one = sender();
        Sender other = sender();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = two.submit(one::drain);
            Future<Integer> b = two.submit(other::drain);
            assertThat(a.get() + b.get()).isEqualTo(60);
        } finally {
            two.shutdownNow();
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(60);
        List<String> ids = new ArrayList<>();
        for (MimeMessage mail : received) {
            ids.add(mail.getHeader("Message-ID")[0]);
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void aMessageThatFailedTooOftenIsDeadUntilAnAdminSendsItAgain() throws Exception {
        kernel.accounts().resetPassword("wangfang", "Another-pass-2026!");
        for (int attempt = 1; attempt <= Message.MAX_ATTEMPTS; attempt++) {
            assertThat(sender().drain()).isZero();
            clock.advance(Duration.ofHours(1));
        }
        Message dead = theEmail("kernel.notify.password-reset");
        assertThat(dead.status()).isEqualTo(Message.Status.DEAD);
        assertThat(dead.attempts()).isEqualTo(Message.MAX_ATTEMPTS);
        clock.advance(Duration.ofDays(1));
        smtp.start();
        assertThat(sender().drain()).as("the dead are not tried again by themselves").isZero();

        var admin = kernel.accounts().identity("taishan-admin").orElseThrow();
        Caller.as(admin, () -> {
            assertThat(kernel.outbox().of(TAISHAN, Message.Status.DEAD, 0, 10)).extracting(Message::id).containsExactly(dead.id());
            assertThat(kernel.outbox().count(TAISHAN, null)).isEqualTo(1);
            kernel.outbox().retry(dead.id());
            return null;
        });
        var wang = kernel.accounts().identity("wangfang").orElseThrow();
        Caller.as(wang, () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kernel.outbox().of(TAISHAN, null, 0, 10))
                    .isInstanceOf(org.qiaoyun.kernel.access.AccessDeniedException.class);
            return null;
        });
        assertThat(sender().drain()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(theEmail("kernel.notify.password-reset").status()).isEqualTo(Message.Status.SENT);
    }

    @Test
    void thePlatformsOwnThreadSends() throws Exception {
        smtp.start();
        kernel.accounts().resetPassword("wangfang", "Another-pass-2026!");
        kernel.startSending(Optional.of(new MailSettings("127.0.0.1", port, null, null, "noreply@qiaoyun.example.cn", "none")),
                Duration.ofMillis(200));
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(kernel.leases().holder(Postman.JOB)).isPresent();
        Thread.sleep(600);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void backoffDoublesFromThirtySecondsToAnHourAtMost() {
        assertThat(Arrays.asList(Message.backoff(1), Message.backoff(2), Message.backoff(3), Message.backoff(7), Message.backoff(8)))
                .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(32),
                        Duration.ofHours(1));
    }
}
