package org.qiaoyun.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.notify.SmsSettings;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.text.Texts;

/**
 * A person proves their mobile number theirs before text messages go to it: a code goes to the number by text message
 * only (not to the bell, not by email), counts ten minutes and five wrong tries, a new one a minute after the last; the
 * right code verifies the number, and only then do notices go to it by text message (until then, by the other channels);
 * a number changed is no longer verified and what was written for it is not sent. Every step is audited.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class MobileVerificationTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    private Kernel kernel;
    private MovableClock clock;
    private final Texts texts = new Texts();

    @BeforeEach
    void start() {
        clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), plugins), clock);
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.switchboard().switchModule(TAISHAN, "greeting", true);
        kernel.accounts().create(TAISHAN, "wangfang", "Qiao-yun-2026!", Set.of(Role.VOLUNTEER));
        kernel.accounts().changeContact("wangfang", "wangfang@example.cn", "13800138000", "zh", null);
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    /** Text messages configured (a provider nobody listens at: these stories look at the outbox). */
    private org.qiaoyun.kernel.notify.Sender textMessages() {
        return kernel.sender(Optional.empty(), Optional.of(new SmsSettings("AKIDexample", "secret", "1400006666", "侨云", null,
                URI.create("http://127.0.0.1:9"), Map.of("greeting.welcomed", "1234567", MobileVerification.KIND, "2345678"))));
    }

    private <T> T asWang(Supplier<T> work) {
        return Caller.as(kernel.accounts().identity("wangfang").orElseThrow(), work);
    }

    private List<Message> messages(String kind) {
        return kernel.store().transaction(em -> em.createQuery("select m from Message m where m.kind = :kind order by m.createdAt", Message.class)
                .setParameter("kind", kind).getResultList());
    }

    /** The code in the last text message sent to prove the number. */
    private String lastCode() {
        List<Message> codes = messages(MobileVerification.KIND);
        return Text.fromStored(codes.get(codes.size() - 1).kept()).orElseThrow().arguments().get(0).toString();
    }

    private List<String> audited(String action) {
        return kernel.store().transaction(em -> em.createQuery("select a from AuditEntry a where a.action = :action order by a.at", AuditEntry.class)
                .setParameter("action", action).getResultList()).stream().map(a -> texts.kept(a.summary(), Texts.CHINESE)).toList();
    }

    private void welcome() {
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
    }

    @Test
    void aNumberIsVerifiedByTheCodeSentToItAndOnlyThenGetsTextMessages() {
        textMessages();
        welcome();
        assertThat(messages("greeting.welcomed")).as("not verified: the bell and email only").extracting(Message::channel)
                .containsExactlyInAnyOrder(Message.IN_APP, Message.EMAIL);
        assertThat(asWang(() -> kernel.mobileVerification().state())).isEqualTo(new MobileVerification.State("13800138000", false, null));

        MobileVerification.State sent = asWang(() -> kernel.mobileVerification().sendCode());
        assertThat(sent.codeExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(messages(MobileVerification.KIND)).as("by text message only").singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(Message.SMS);
            assertThat(m.address()).isEqualTo("13800138000");
            assertThat(m.body()).startsWith("您的侨云验证码是 " + lastCode() + "，10 分钟内有效");
        });
        assertThat(lastCode()).matches("\\d{6}");
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().verify("12345"))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("code"));

        MobileVerification.State verified = asWang(() -> kernel.mobileVerification().verify(" " + lastCode() + " "));
        assertThat(verified).isEqualTo(new MobileVerification.State("13800138000", true, null));
        assertThat(kernel.accounts().find("wangfang").orElseThrow().isMobileVerified()).isTrue();
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().sendCode())).isInstanceOf(ConflictException.class);

        welcome();
        assertThat(messages("greeting.welcomed")).extracting(Message::channel).filteredOn(Message.SMS::equals).hasSize(1);
        assertThat(audited("account.mobile-code")).containsExactly("验证码已用短信发出");
        assertThat(audited("account.mobile-verified")).containsExactly("手机号码已由本人验证");
    }

    @Test
    void wrongCodesAreCountedAndTheFifthUsesTheCodeUp() {
        textMessages();
        asWang(() -> kernel.mobileVerification().sendCode());
        String wrong = lastCode().equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            int tries = left;
            assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().verify(wrong))).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(texts.render(e, Texts.CHINESE)).isEqualTo("验证码不对，还可以再试 " + tries + " 次"));
        }
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().verify(wrong))).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(texts.render(e, Texts.CHINESE)).startsWith("错误次数太多"));
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().verify(lastCode()))).as("the right code, too late")
                .isInstanceOf(ConflictException.class);
        assertThat(kernel.accounts().find("wangfang").orElseThrow().isMobileVerified()).isFalse();
        assertThat(audited("account.mobile-code")).containsExactly("验证码已用短信发出", "验证码错误次数达到上限，已作废");
    }

    @Test
    void aCodeRunsOutAfterTenMinutesAndANewOneWaitsAMinute() {
        textMessages();
        asWang(() -> kernel.mobileVerification().sendCode());
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().sendCode())).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(texts.render(e, Texts.CHINESE)).isEqualTo("验证码刚刚发出，请 60 秒后再重新获取"));
        clock.advance(Duration.ofSeconds(61));
        String first = lastCode();
        asWang(() -> kernel.mobileVerification().sendCode());
        assertThat(messages(MobileVerification.KIND)).hasSize(2);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().verify(lastCode()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(texts.render(e, Texts.CHINESE)).isEqualTo("验证码已过期：请重新获取"));
        assertThat(first).matches("\\d{6}");
    }

    @Test
    void aChangedNumberIsVerifiedAnewAndWhatWasWrittenForTheOldOneIsNotSent() {
        org.qiaoyun.kernel.notify.Sender sender = textMessages();
        asWang(() -> kernel.mobileVerification().sendCode());
        asWang(() -> kernel.mobileVerification().verify(lastCode()));
        welcome();
        kernel.accounts().changeContact("wangfang", "wangfang@example.cn", "13800138000", "zh", null);
        assertThat(kernel.accounts().find("wangfang").orElseThrow().isMobileVerified()).as("the same number stays verified").isTrue();
        kernel.accounts().changeContact("wangfang", "wangfang@example.cn", "13900139000", "zh", null);
        assertThat(kernel.accounts().find("wangfang").orElseThrow().isMobileVerified()).isFalse();
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().verify("123456"))).as("the old number's code is gone")
                .isInstanceOf(ConflictException.class);

        sender.drain(); // suppressed before it reaches the provider
        Message forTheOldNumber = messages("greeting.welcomed").stream().filter(m -> m.channel().equals(Message.SMS)).findFirst().orElseThrow();
        assertThat(forTheOldNumber.status()).isEqualTo(Message.Status.SUPPRESSED);
        assertThat(forTheOldNumber.lastError()).contains("not verified");
    }

    @Test
    void withoutANumberOrWithoutTextMessagesNoCodeIsAsked() {
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().sendCode())).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(texts.render(e, Texts.CHINESE)).startsWith("平台还没有配置发送验证码的短信服务"));
        textMessages();
        kernel.accounts().changeContact("wangfang", "wangfang@example.cn", null, "zh", null);
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().sendCode())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("mobile"));
        assertThatThrownBy(() -> asWang(() -> kernel.mobileVerification().verify("123456"))).isInstanceOf(ConflictException.class);
        assertThat(messages(MobileVerification.KIND)).isEmpty();
    }
}
