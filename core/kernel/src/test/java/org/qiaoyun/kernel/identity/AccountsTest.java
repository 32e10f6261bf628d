package org.qiaoyun.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.TenantStatus;

/** Accounts on a real database: creation under the policy, sign-in, lockout, and what is audited. */
@org.junit.jupiter.api.extension.ExtendWith(org.qiaoyun.kernel.AsPlatform.class)
class AccountsTest {

    private Kernel kernel;
    private final org.qiaoyun.kernel.MovableClock clock = new org.qiaoyun.kernel.MovableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private Accounts accounts;

    @BeforeEach
    void platformWithACounty() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), Path.of("target/no-plugins")));
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-taishan", "gd", "county", "台山市侨联", "Taishan", null));
        accounts = new Accounts(kernel.store(), new Passwords(1_000), clock, SecretSeal.fromBase64(KernelSettings.TEST_SECRETS_KEY),
                new org.qiaoyun.kernel.notify.Notifier(kernel.texts(), clock));
        accounts.create("gd-taishan", "ts-caseworker", "侨乡台山-2026-ts", Set.of(Role.CASEWORKER));
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    @Test
    void platformAdminExistsFromTheFirstStart() {
        assertThat(kernel.accounts().find("admin")).hasValueSatisfying(a -> {
            assertThat(a.tenantCode()).isEqualTo("cn");
            assertThat(a.roles()).containsExactly(Role.ADMIN);
        });
        assertThat(kernel.accounts().authenticate("admin", "platform-admin-secret").succeeded()).isTrue();
    }

    @Test
    void withoutAConfiguredPasswordThePlatformAdminGetsAGeneratedOne() {
        try (Kernel fresh = Kernel.start(new KernelSettings(TestDatabases.h2(), null, null, 2, Path.of("target/no-plugins"),
                false, null, null, 1_000, KernelSettings.TEST_SECRETS_KEY))) {
            Account admin = fresh.accounts().find("admin").orElseThrow();
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(fresh.accounts().authenticate("admin", "platform-admin-secret").succeeded()).isFalse();
        }
        assertThat(Passwords.generate()).hasSize(20).isNotEqualTo(Passwords.generate());
    }

    @Test
    void signInGivesTheCallerWithHomeAndRoles() {
        LoginResult result = accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts");
        assertThat(result.caller()).hasValueSatisfying(c -> {
            assertThat(c.homeTenant()).isEqualTo("gd-taishan");
            assertThat(c.homePath()).isEqualTo("/cn/gd/gd-taishan/");
            assertThat(c.roles()).containsExactly(Role.CASEWORKER);
        });
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlike() {
        assertThat(accounts.authenticate("ts-caseworker", "wrong-password-1").succeeded()).isFalse();
        assertThat(accounts.authenticate("nobody-here", "wrong-password-1").succeeded()).isFalse();
        assertThat(actions("gd-taishan")).contains("login.failure");
        assertThat(actions("cn")).contains("login.failure");
    }

    @Test
    void fiveFailuresLockTheAccountForThirtyMinutesEvenAgainstTheRightPassword() {
        for (int i = 0; i < SignInFailure.PER_ACCOUNT; i++) {
            assertThat(accounts.authenticate("ts-caseworker", "wrong-password-" + i).succeeded()).isFalse();
        }
        assertThat(actions("gd-taishan")).contains("account.lockout");
        clock.advance(Duration.ofMinutes(29));
        assertThat(accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts").succeeded()).as("locked").isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts").succeeded()).as("lock expired").isTrue();
    }

    @Test
    void successResetsTheFailureCount() {
        for (int i = 0; i < SignInFailure.PER_ACCOUNT - 1; i++) {
            accounts.authenticate("ts-caseworker", "wrong-password-" + i);
        }
        assertThat(accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts").succeeded()).isTrue();
        for (int i = 0; i < SignInFailure.PER_ACCOUNT - 1; i++) {
            accounts.authenticate("ts-caseworker", "wrong-password-" + i);
        }
        assertThat(accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts").succeeded()).isTrue();
    }

    @Test
    void passwordResetLiftsALockout() {
        for (int i = 0; i < SignInFailure.PER_ACCOUNT; i++) {
            accounts.authenticate("ts-caseworker", "wrong-password-" + i);
        }
        accounts.resetPassword("ts-caseworker", "新的密码-五邑侨乡-2026");
        assertThat(accounts.authenticate("ts-caseworker", "新的密码-五邑侨乡-2026").succeeded()).isTrue();
    }

    @Test
    void disabledUsersAndUsersOfSuspendedTenantsCannotSignIn() {
        accounts.setEnabled("ts-caseworker", false);
        assertThat(accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts").succeeded()).isFalse();
        assertThat(accounts.identity("ts-caseworker")).isEmpty();
        accounts.setEnabled("ts-caseworker", true);
        kernel.provisioning().update("gd-taishan", null, TenantStatus.SUSPENDED, null);
        assertThat(accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts").succeeded()).isFalse();
        assertThat(accounts.identity("ts-caseworker")).isEmpty();
    }

    @Test
    void usernamesAreUniqueAndCreationFollowsThePolicy() {
        assertThatThrownBy(() -> accounts.create("gd", "ts-caseworker", "another-password-1", Set.of(Role.VIEWER)))
                .isInstanceOf(DuplicateAccountException.class);
        assertThatThrownBy(() -> accounts.create("gd", "short", "too-short", Set.of(Role.VIEWER)))
                .isInstanceOf(IdentityRuleViolation.class);
        assertThatThrownBy(() -> accounts.create("gd", "No Spaces", "long-enough-pw", Set.of(Role.VIEWER)))
                .satisfies(e -> assertThat(((IdentityRuleViolation) e).field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.create("gd", "no-roles", "long-enough-pw", Set.of()))
                .satisfies(e -> assertThat(((IdentityRuleViolation) e).field()).isEqualTo("roles"));
    }

    @Test
    void staleRoleChangeIsRefused() {
        long version = accounts.find("ts-caseworker").orElseThrow().version();
        accounts.changeRoles("ts-caseworker", Set.of(Role.CASEWORKER, Role.VIEWER), version);
        assertThatThrownBy(() -> accounts.changeRoles("ts-caseworker", Set.of(Role.ADMIN), version))
                .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        assertThat(accounts.find("ts-caseworker").orElseThrow().roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.VIEWER);
    }

    @Test
    void aSuspensionReachesEveryFederationBelow() {
        kernel.provisioning().provision(new ProvisioningRequest("gd-taishan-duanfen", "gd-taishan", "township", "端芬镇侨联", "Duanfen", null));
        accounts.create("gd-taishan-duanfen", "df-volunteer", "侨乡端芬-2026-df", Set.of(Role.VOLUNTEER));
        kernel.provisioning().update("gd-taishan", null, TenantStatus.SUSPENDED, null);
        assertThat(accounts.authenticate("df-volunteer", "侨乡端芬-2026-df").succeeded()).as("the county above is suspended").isFalse();
        assertThat(accounts.identity("df-volunteer")).isEmpty();
        kernel.provisioning().update("gd-taishan", null, TenantStatus.ACTIVE, null);
        assertThat(accounts.authenticate("df-volunteer", "侨乡端芬-2026-df").succeeded()).isTrue();
    }

    @Test
    void parallelWrongPasswordsLockAfterTheAllowedFailuresAndNoAttemptFails() throws Exception {
        int attempts = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String password = "wrong-password-" + i;
            results.add(pool.submit(() -> {
                start.await();
                return accounts.authenticate("ts-caseworker", password).succeeded();
            }));
        }
        start.countDown();
        for (var result : results) {
            assertThat(result.get()).as("refused, never an exception").isFalse();
        }
        pool.shutdown();
        assertThat(actions("gd-taishan").stream().filter("account.lockout"::equals)).as("locked once, at the fifth").hasSize(1);
        assertThat(actions("gd-taishan").stream().filter("login.failure"::equals)).hasSize(attempts);
        assertThat(accounts.authenticate("ts-caseworker", "侨乡台山-2026-ts").succeeded()).as("locked").isFalse();
    }

    @Test
    void aGuessingAddressIsLockedOutOfTheAccountWhileItsOwnerElsewhereSignsIn() {
        for (int i = 0; i < SignInFailure.PER_ACCOUNT; i++) {
            assertThat(accounts.signIn("ts-caseworker", "wrong-password-" + i, "203.0.113.9", null).succeeded()).isFalse();
        }
        assertThat(accounts.signIn("ts-caseworker", "侨乡台山-2026-ts", "203.0.113.9", null).succeeded()).as("the guessing address").isFalse();
        assertThat(accounts.signIn("ts-caseworker", "侨乡台山-2026-ts", "198.51.100.7", null).succeeded()).as("the owner, elsewhere").isTrue();
        assertThat(accounts.find("ts-caseworker").orElseThrow().isLocked(clock.instant())).isFalse();
    }

    @Test
    void anAddressThatFailsOftenIsNotHeardForAWhileWhateverAccountItTries() {
        for (int i = 0; i < SignInFailure.PER_ADDRESS; i++) {
            accounts.signIn("nobody-" + i, "wrong-password", "203.0.113.10", null);
        }
        assertThat(accounts.signIn("ts-caseworker", "侨乡台山-2026-ts", "203.0.113.10", null).succeeded()).isFalse();
        assertThat(accounts.signIn("ts-caseworker", "侨乡台山-2026-ts", "203.0.113.11", null).succeeded()).isTrue();
        clock.advance(SignInFailure.ADDRESS_WINDOW.plusSeconds(1));
        assertThat(accounts.signIn("ts-caseworker", "侨乡台山-2026-ts", "203.0.113.10", null).succeeded()).as("heard again later").isTrue();
    }

    @Test
    void forwardedAddressesAreBelievedFromTheConfiguredProxiesOnly() {
        assertThat(ClientAddress.of("10.0.0.5", "203.0.113.1, 10.0.0.4", Set.of("10.0.0.5", "10.0.0.4"))).isEqualTo("203.0.113.1");
        assertThat(ClientAddress.of("198.51.100.7", "203.0.113.1", Set.of("10.0.0.5")))
                .as("a client naming an address of its choice").isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.5", null, Set.of("10.0.0.5"))).isEqualTo("10.0.0.5");
    }

    private List<String> actions(String tenant) {
        return kernel.store().transaction(em -> AuditLog.latest(em, tenant, 0, 50)).stream().map(AuditEntry::action).toList();
    }
}
