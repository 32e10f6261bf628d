package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.text.Texts;

/**
 * An admin's test email from the channel settings: it reaches a real SMTP server (GreenMail) at the admin's own address,
 * in their language, and nothing is kept in the outbox; when it cannot, the answer says why in plain words (no address on
 * the account, no server configured, connection refused, server unknown, no answer in time, the login or STARTTLS
 * refused, the address refused); a viewer cannot send one.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class TestEmailTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    private Kernel kernel;
    private final Texts texts = new Texts();

    @BeforeEach
    void start() {
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), plugins), new MovableClock(Instant.parse("2026-12-01T02:00:00Z")));
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.accounts().create(TAISHAN, "taishan-admin", "Qiao-yun-2026!", Set.of(Role.ADMIN));
        kernel.accounts().create(TAISHAN, "taishan-viewer", "Qiao-yun-2026!", Set.of(Role.VIEWER));
        kernel.accounts().changeContact("taishan-viewer", "viewer@example.cn", null, "zh", null);
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private TestOutcome asAdmin(Duration timeout) {
        return Caller.as(kernel.accounts().identity("taishan-admin").orElseThrow(), () -> kernel.testEmails(timeout).send(TAISHAN));
    }

    private String problem(TestOutcome outcome) {
        assertThat(outcome.sent()).isFalse();
        return outcome.problem().code();
    }

    private void mailBy(int port, String user, String tls) {
        kernel.sender(Optional.of(new MailSettings("127.0.0.1", port, user, user == null ? null : "secret", "侨云 <noreply@qiaoyun.example.cn>", tls)));
    }

    @Test
    void theTestReachesTheAdminsOwnAddressInTheirLanguageAndNothingIsKept() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertThat(problem(asAdmin(Duration.ofSeconds(5)))).as("no address on the account").isEqualTo("kernel.notify.test.no-address");
            kernel.accounts().changeContact("taishan-admin", "admin@taishan.example.cn", null, "en", null);
            assertThat(problem(asAdmin(Duration.ofSeconds(5)))).as("no server configured").isEqualTo("kernel.notify.test.no-smtp");
            assertThat(texts.render(Text.of("kernel.notify.test.no-smtp"), Texts.CHINESE)).startsWith("平台还没有配置邮件服务器");

            mailBy(port, null, "none");
            assertThat(asAdmin(Duration.ofSeconds(5))).isEqualTo(TestOutcome.delivered());
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("admin@taishan.example.cn");
            assertThat(received[0].getSubject()).isEqualTo("Qiaoyun test email");
            assertThat(GreenMailText.of(received[0])).contains("Taishan", "127.0.0.1");

            kernel.accounts().changeContact("taishan-admin", "admin@taishan.example.cn", null, "zh", null);
            assertThat(asAdmin(Duration.ofSeconds(5)).sent()).isTrue();
            assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("侨云测试邮件");
            assertThat(GreenMailText.of(smtp.getReceivedMessages()[1])).contains("台山市侨联");
            long kept = kernel.store().transaction(em -> em.createQuery("select count(m) from Message m", Long.class).getSingleResult());
            assertThat(kept).as("outside the outbox").isZero();
        } finally {
            smtp.stop();
        }
    }

    @Test
    void whatWentWrongIsSaidInPlainWords() throws Exception {
        kernel.accounts().changeContact("taishan-admin", "admin@taishan.example.cn", null, "zh", null);
        int closed;
        try (ServerSocket gone = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = gone.getLocalPort();
        }
        mailBy(closed, null, "none");
        assertThat(problem(asAdmin(Duration.ofSeconds(5)))).isEqualTo("kernel.notify.test.refused");

        kernel.sender(Optional.of(new MailSettings("smtp.no-such-host.invalid", 25, null, null, "noreply@qiaoyun.example.cn", "none")));
        assertThat(problem(asAdmin(Duration.ofSeconds(5)))).isEqualTo("kernel.notify.test.unknown-host");

        try (StandInSmtp silent = StandInSmtp.silent()) {
            mailBy(silent.port(), null, "none");
            assertThat(problem(asAdmin(Duration.ofSeconds(1)))).isEqualTo("kernel.notify.test.timeout");
        }
        try (StandInSmtp noTls = StandInSmtp.answering(Map.of())) {
            mailBy(noTls.port(), null, "starttls");
            assertThat(problem(asAdmin(Duration.ofSeconds(5)))).as("STARTTLS required, not offered").isEqualTo("kernel.notify.test.tls");
        }
        try (StandInSmtp wrongLogin = StandInSmtp.answering(Map.of("EHLO", "250-stand-in\n250 AUTH PLAIN LOGIN",
                "AUTH", "535 5.7.8 Authentication credentials invalid"))) {
            mailBy(wrongLogin.port(), "qiaoyun", "none");
            assertThat(problem(asAdmin(Duration.ofSeconds(5)))).isEqualTo("kernel.notify.test.smtp-login");
        }
        try (StandInSmtp refusing = StandInSmtp.refusingEveryRecipient()) {
            mailBy(refusing.port(), null, "none");
            TestOutcome outcome = asAdmin(Duration.ofSeconds(5));
            assertThat(problem(outcome)).isEqualTo("kernel.notify.test.address-refused");
            assertThat(texts.render(outcome.problem(), Texts.CHINESE)).startsWith("邮件服务器拒收了这封邮件：").contains("550");
        }
    }

    @Test
    void aViewerCannotSendOne() {
        assertThatThrownBy(() -> Caller.as(kernel.accounts().identity("taishan-viewer").orElseThrow(),
                () -> kernel.testEmails().send(TAISHAN))).isInstanceOf(AccessDeniedException.class);
    }

    /** The text part of a received test email. */
    private static final class GreenMailText {
        static String of(MimeMessage mail) throws Exception {
            return (String) ((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        }
    }
}
