package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * A person's choices and the federation's suppression list, on a real PostgreSQL with a real SMTP server: the sender
 * leaves out what a person declined and what goes to an address that unsubscribed or bounced (marked suppressed, never
 * retried); every email carries a signed unsubscribe link whose page works without signing in; a permanent 5xx puts the
 * address on the list.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class ChoicesAndSuppressionTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    private MovableClock clock;
    private Kernel kernel;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws IOException {
        clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
        kernel = org.qiaoyun.kernel.GreetingTree.start(TestDatabases.postgres(), clock);
        kernel.accounts().create(TAISHAN, "wangfang", "Qiao-yun-2026!", Set.of(Role.VOLUNTEER));
        kernel.accounts().changeContact("wangfang", "wangfang@example.cn", null, "zh", null);
        kernel.unsubscribes().under("https://qiaoyun.example.cn/");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        kernel.close();
    }

    private Sender sender(int smtpPort) {
        return kernel.sender(Optional.of(new MailSettings("127.0.0.1", smtpPort, null, null, "侨云 <noreply@qiaoyun.example.cn>", "none")));
    }

    private List<Message> emails() {
        return kernel.store().transaction(em -> em.createQuery("select m from Message m where m.channel = :email order by m.createdAt, m.id",
                Message.class).setParameter("email", Message.EMAIL).getResultList());
    }

    private <T> T asWang(java.util.function.Supplier<T> work) {
        return Caller.as(kernel.accounts().identity("wangfang").orElseThrow(), work);
    }

    @Test
    void aPersonSeesEveryKindWithItsNameAndTheDefaults() {
        List<Choices.Setting> mine = asWang(() -> kernel.choices().mine(Locale.SIMPLIFIED_CHINESE));
        assertThat(mine).extracting(Choices.Setting::kind).contains("kernel.notify.password-reset", "greeting.welcomed");
        Choices.Setting welcome = mine.stream().filter(s -> s.kind().equals("greeting.welcomed")).findFirst().orElseThrow();
        assertThat(welcome.name()).isEqualTo("欢迎提醒");
        assertThat(welcome.email()).as("email by default").isTrue();
        assertThat(welcome.required()).isFalse();
        assertThat(asWang(() -> kernel.choices().mine(Locale.ENGLISH))).filteredOn(s -> s.kind().equals("greeting.welcomed"))
                .extracting(Choices.Setting::name).containsExactly("Welcome");
    }

    @Test
    void theSenderLeavesOutWhatAPersonDeclined() {
        asWang(() -> kernel.choices().choose("greeting.welcomed", Message.EMAIL, false, Locale.SIMPLIFIED_CHINESE));
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        scope.notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        kernel.accounts().resetPassword("wangfang", "Another-pass-2026!");

        assertThat(sender(port).drain()).as("only the password reset").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("您的侨云密码已重设");
        Message declined = emails().stream().filter(m -> m.kind().equals("greeting.welcomed")).findFirst().orElseThrow();
        assertThat(declined.status()).isEqualTo(Message.Status.SUPPRESSED);
        assertThat(declined.lastError()).contains("declined");
        assertThat(sender(port).drain()).as("never retried").isZero();

        asWang(() -> kernel.choices().choose("greeting.welcomed", Message.EMAIL, true, Locale.SIMPLIFIED_CHINESE));
        scope.notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        assertThat(sender(port).drain()).as("chosen again").isEqualTo(1);
    }

    @Test
    void whatKeepsAnAccountSafeCannotBeDeclinedAndBadChoicesNameTheirField() {
        InvalidInputException safety = catchThrowableOfType(() -> asWang(() -> kernel.choices()
                .choose("kernel.notify.password-reset", Message.EMAIL, false, Locale.ENGLISH)), InvalidInputException.class);
        assertThat(safety.field()).isEqualTo("receive");
        InvalidInputException app = catchThrowableOfType(() -> asWang(() -> kernel.choices()
                .choose("greeting.welcomed", Message.IN_APP, false, Locale.ENGLISH)), InvalidInputException.class);
        assertThat(app.field()).isEqualTo("channel");
        InvalidInputException unknown = catchThrowableOfType(() -> asWang(() -> kernel.choices()
                .choose("legal.nothing", Message.EMAIL, false, Locale.ENGLISH)), InvalidInputException.class);
        assertThat(unknown.field()).isEqualTo("kind");
    }

    @Test
    void everyEmailCarriesASignedLinkWhosePageUnsubscribesWithoutSigningIn() throws Exception {
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        scope.notifications().email("Visitor@Example.cn", "greeting.welcomed", "来宾", "台山市侨联");
        assertThat(sender(port).drain()).isEqualTo(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String listUnsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(listUnsubscribe).startsWith("<https://qiaoyun.example.cn/p/" + TAISHAN + "/mail/unsubscribe?t=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String link = listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
        String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("点此退订").contains(link).doesNotContain("Visitor@");
        String token = link.substring(link.indexOf("?t=") + 3);

        Caller.clear(); // the public: nobody signed in
        PublicPage asked = kernel.unsubscribes().page(TAISHAN, "GET", List.of("unsubscribe"), Map.of("t", token), Locale.SIMPLIFIED_CHINESE);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body().markup()).contains("台山市侨联").contains("V***@example.cn").contains("确认退订");
        assertThat(kernel.suppressions().isSuppressed(TAISHAN, "visitor@example.cn")).as("opening the link changes nothing").isFalse();
        assertThat(kernel.unsubscribes().page("gd-jiangmen", "GET", List.of("unsubscribe"), Map.of("t", token), Locale.ENGLISH).status())
                .as("another federation's link").isEqualTo(404);
        assertThat(kernel.unsubscribes().page(TAISHAN, "GET", List.of("unsubscribe"), Map.of("t", token.substring(1) + "A"), Locale.ENGLISH)
                .status()).as("a forged token").isEqualTo(404);

        PublicPage done = kernel.unsubscribes().page(TAISHAN, "POST", List.of("unsubscribe"), Map.of("t", token), Locale.SIMPLIFIED_CHINESE);
        assertThat(done.redirect()).startsWith("unsubscribe?t=");
        Caller.bindSystem();
        assertThat(kernel.suppressions().isSuppressed(TAISHAN, "visitor@example.cn")).isTrue();
        assertThat(kernel.suppressions().isSuppressed("gd-jiangmen", "visitor@example.cn")).as("one list per federation").isFalse();

        scope.notifications().email("visitor@example.cn", "greeting.welcomed", "来宾", "台山市侨联");
        assertThat(scope.notifications().isSuppressed("VISITOR@example.cn")).isTrue();
        assertThat(sender(port).drain()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(emails()).filteredOn(m -> m.status() != Message.Status.SENT).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Message.Status.SUPPRESSED);
            assertThat(m.lastError()).contains("suppression list");
        });
    }

    @Test
    void aPermanentRefusalOfTheAddressPutsItOnTheList() throws Exception {
        try (StandInSmtp refusing = StandInSmtp.refusingEveryRecipient()) {
            kernel.contextOf("greeting").tenant(TAISHAN).notifications().email("gone@example.cn", "greeting.welcomed", "来宾", "台山市侨联");
            assertThat(sender(refusing.port()).drain()).isZero();
        }
        Message bounced = emails().get(0);
        assertThat(bounced.status()).isEqualTo(Message.Status.SUPPRESSED);
        assertThat(bounced.lastError()).startsWith("bounced");
        assertThat(kernel.suppressions().isSuppressed(TAISHAN, "gone@example.cn")).isTrue();
        var module = kernel.contextOf("greeting").tenant(TAISHAN).notifications();
        assertThat(module.bounces(clock.instant().minusSeconds(3600), 10)).as("a module reads the bounce, to mark its own list")
                .singleElement().satisfies(b -> {
                    assertThat(b.address()).isEqualTo("gone@example.cn");
                    assertThat(b.detail()).as("what the sender kept of the refusal").isNotBlank();
                });
        assertThat(module.bounces(clock.instant().plusSeconds(60), 10)).as("none since a later time").isEmpty();
        var admin = kernel.accounts().create(TAISHAN, "taishan-admin", "Qiao-yun-2026!", Set.of(Role.ADMIN));
        Caller.as(kernel.accounts().identity(admin.username()).orElseThrow(), () -> {
            assertThat(kernel.suppressions().of(TAISHAN, 0, 10)).extracting(Suppression::reason).containsExactly(Suppression.Reason.BOUNCED);
            assertThat(kernel.suppressions().lift(TAISHAN, "gone@example.cn")).isTrue();
            return null;
        });
        assertThat(kernel.suppressions().isSuppressed(TAISHAN, "gone@example.cn")).isFalse();
        assertThat(module.bounces(clock.instant().minusSeconds(3600), 10)).as("taken off the list: no bounce to mark").isEmpty();
    }
}
