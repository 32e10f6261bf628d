package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
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
 * A module tells people through its scope, on a real PostgreSQL with the greeting fixture: the outbox's rows commit
 * with the module's change or not at all, in the reader's language, only to the federation's own accounts and only
 * of the module's own kinds; the bell shows a person their own messages and nobody else's.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class NotificationsTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private static Kernel kernel;
    private static Class<?> greeting;

    @BeforeAll
    static void start() throws Exception {
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), plugins), CLOCK);
        Caller.bindSystem();
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.switchboard().switchModule(TAISHAN, "greeting", true);
        kernel.accounts().create(TAISHAN, "wangfang", "Qiao-yun-2026!", Set.of(Role.VOLUNTEER));
        kernel.accounts().changeContact("wangfang", "wangfang@example.cn", "13800138000", "zh", null);
        kernel.accounts().create(TAISHAN, "lucy", "Qiao-yun-2026!", Set.of(Role.VOLUNTEER));
        kernel.accounts().changeContact("lucy", "lucy@example.com", null, "en", null);
        kernel.accounts().create("gd-jiangmen", "chen", "Qiao-yun-2026!", Set.of(Role.ADMIN));
        greeting = kernel.resources().resource(TAISHAN, "greeting").getClass().getClassLoader()
                .loadClass("org.qiaoyun.plugins.greeting.Greeting");
        Caller.clear();
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    private static Object aGreeting() throws Exception {
        return greeting.getConstructor(String.class, Instant.class).newInstance("欢迎", CLOCK.instant());
    }

    private static List<Message> messagesTo(String username) {
        return kernel.store().transaction(em -> em.createQuery("select m from Message m where m.recipient = :r order by m.channel",
                Message.class).setParameter("r", username).getResultList());
    }

    private static long greetings(TenantScope scope) {
        return scope.transaction(em -> em.createQuery("select count(g) from Greeting g", Long.class).getSingleResult());
    }

    @Test
    void aNotificationCommitsWithTheChangeItTellsOfInTheReadersLanguage() throws Exception {
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        Object hello = aGreeting();
        scope.transaction(em -> {
            em.persist(hello);
            scope.notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
            scope.notifications().tell("lucy", "greeting.welcomed", "Lucy", "Taishan");
            return null;
        });
        List<Message> toWang = messagesTo("wangfang").stream().filter(m -> m.body().contains("台山市侨联为您")).toList();
        assertThat(toWang).extracting(Message::channel).containsExactly(Message.EMAIL, Message.IN_APP);
        Message email = toWang.get(0);
        assertThat(email.subject()).isEqualTo("王芳，欢迎加入侨云");
        assertThat(email.body()).isEqualTo("您好，王芳！\n\n台山市侨联为您开通了侨云账号。");
        assertThat(email.address()).isEqualTo("wangfang@example.cn");
        assertThat(email.status()).isEqualTo(Message.Status.PENDING);
        assertThat(email.tenantCode()).isEqualTo(TAISHAN);
        assertThat(toWang.get(1).status()).as("in the app: delivered by the commit").isEqualTo(Message.Status.SENT);
        assertThat(messagesTo("lucy")).filteredOn(m -> m.kind().equals("greeting.welcomed")).extracting(Message::subject)
                .containsOnly("Welcome to Qiaoyun, Lucy");
    }

    @Test
    void aChangeRolledBackTellsNobody() throws Exception {
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        Object hello = aGreeting();
        long greetingsBefore = greetings(scope);
        int before = messagesTo("wangfang").size();
        assertThatThrownBy(() -> scope.transaction(em -> {
            em.persist(hello);
            scope.notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
            em.flush(); // written, then undone
            throw new IllegalStateException("the change fails after it told");
        })).hasMessageContaining("the change fails");
        assertThat(greetings(scope)).isEqualTo(greetingsBefore);
        assertThat(messagesTo("wangfang")).hasSize(before);
    }

    @Test
    void aModuleTellsOnlyItsFederationsAccountsOfItsOwnKindsWithTexts() {
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        InvalidInputException stranger = catchThrowableOfType(
                () -> scope.notifications().tell("chen", "greeting.welcomed", "陈", "台山市侨联"), InvalidInputException.class);
        assertThat(stranger.field()).isEqualTo("recipient");
        assertThat(kernel.texts().render(stranger, org.qiaoyun.kernel.text.Texts.CHINESE)).isEqualTo("通知的收件人 chen 不是本会的账号");
        assertThatThrownBy(() -> scope.notifications().tell("wangfang", "aid.case-approved"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds of its own");
        assertThatThrownBy(() -> scope.notifications().tell("wangfang", "greeting.never-written"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("greeting.never-written.subject");
        InvalidInputException noAddress = catchThrowableOfType(
                () -> scope.notifications().email("not an address", "greeting.welcomed", "x", "y"), InvalidInputException.class);
        assertThat(noAddress.field()).isEqualTo("email");
    }

    @Test
    void aBareAddressIsEmailedInChineseAndHasNoBell() {
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        scope.notifications().email("Visitor@Example.CN", "greeting.welcomed", "来宾", "台山市侨联");
        List<Message> rows = kernel.store().transaction(em -> em.createQuery("select m from Message m where m.address = :a",
                Message.class).setParameter("a", "Visitor@example.cn").getResultList());
        assertThat(rows).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(Message.EMAIL);
            assertThat(m.recipient()).isNull();
            assertThat(m.subject()).isEqualTo("来宾，欢迎加入侨云");
        });
    }

    @Test
    void theBellShowsAPersonTheirOwnMessagesOnly() {
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        scope.notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        var wang = kernel.accounts().identity("wangfang").orElseThrow();
        var lucy = kernel.accounts().identity("lucy").orElseThrow();
        Caller.as(wang, () -> {
            Inbox inbox = kernel.inbox();
            assertThat(inbox.unread()).isPositive();
            List<Message> mine = inbox.latest(50);
            assertThat(mine).isNotEmpty().allSatisfy(m -> {
                assertThat(m.recipient()).isEqualTo("wangfang");
                assertThat(m.channel()).isEqualTo(Message.IN_APP);
            });
            long unread = inbox.unread();
            inbox.markRead(mine.get(0).id());
            inbox.markRead(mine.get(0).id()); // twice: still once
            assertThat(inbox.unread()).isEqualTo(unread - 1);
            assertThat(kernel.notifier().subject(mine.get(0), org.qiaoyun.kernel.text.Texts.ENGLISH))
                    .as("the bell follows the screen's language").isEqualTo("Welcome to Qiaoyun, 王芳");
            assertThat(inbox.markAllRead()).isEqualTo(unread - 1);
            assertThat(inbox.unread()).isZero();
            return null;
        });
        String wangsMessage = Caller.as(wang, () -> kernel.inbox().latest(1).get(0).id());
        Caller.as(lucy, () -> {
            assertThatThrownBy(() -> kernel.inbox().markRead(wangsMessage)).isInstanceOf(UnknownNotificationException.class);
            assertThat(kernel.inbox().latest(50)).allSatisfy(m -> assertThat(m.recipient()).isEqualTo("lucy"));
            return null;
        });
        Caller.clear();
        try {
            assertThatThrownBy(() -> kernel.inbox().unread()).as("nobody signed in")
                    .isInstanceOf(org.qiaoyun.kernel.access.AccessDeniedException.class);
        } finally {
            Caller.bindSystem();
        }
    }

    @Test
    void aPersonIsToldWhenAnAddressIsStoppedGuessingTheirPassword() {
        for (int i = 0; i < org.qiaoyun.kernel.identity.SignInFailure.PER_ACCOUNT; i++) {
            kernel.accounts().signIn("lucy", "wrong-password-" + i, "203.0.113.9", null);
        }
        List<Message> told = messagesTo("lucy").stream().filter(m -> m.kind().equals("kernel.notify.address-locked")).toList();
        assertThat(told).extracting(Message::channel).containsExactlyInAnyOrder(Message.IN_APP, Message.EMAIL);
        assertThat(told.get(0).subject()).isEqualTo("Someone tried to sign in to your Qiaoyun account");
        assertThat(told.get(0).body()).contains("203.0.113.9");
    }

    @Test
    void contactDetailsAreChangedByTheUserOrTheirAdminsOnly() {
        var wang = kernel.accounts().identity("wangfang").orElseThrow();
        var chen = kernel.accounts().identity("chen").orElseThrow(); // an admin of the city above
        var lucy = kernel.accounts().identity("lucy").orElseThrow();
        Caller.as(wang, () -> kernel.accounts().changeContact("wangfang", "wang.fang@example.cn", "+86 138 0013 8000", "zh", null));
        assertThat(kernel.accounts().find("wangfang").orElseThrow().mobile()).isEqualTo("13800138000");
        Caller.as(chen, () -> kernel.accounts().changeContact("wangfang", "wangfang@example.cn", null, "zh", null));
        assertThat(kernel.accounts().find("wangfang").orElseThrow().mobile()).isNull();
        assertThatThrownBy(() -> Caller.as(lucy, () -> kernel.accounts().changeContact("wangfang", "x@example.cn", null, null, null)))
                .isInstanceOf(org.qiaoyun.kernel.identity.UnknownAccountException.class);
        InvalidInputException wrong = catchThrowableOfType(() -> Caller.as(wang,
                () -> kernel.accounts().changeContact("wangfang", "wangfang@example.cn", "12345", null, null)), InvalidInputException.class);
        assertThat(wrong.field()).isEqualTo("mobile");
        assertThat(kernel.accounts().find("wangfang").orElseThrow().email()).isEqualTo("wangfang@example.cn");
    }
}
