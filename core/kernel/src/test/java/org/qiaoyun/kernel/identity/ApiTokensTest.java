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
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.NotVisibleException;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * Tokens for the API: issued for credentials and short-lived, or made by a user for a script, narrowed and
 * revocable; kept only as hashes. HTTP Basic keeps working without paying the password hash on every call.
 */
class ApiTokensTest {

    private static final String PASSWORD = "侨乡台山-2026-ts";

    private Kernel kernel;
    private final org.qiaoyun.kernel.MovableClock clock = new org.qiaoyun.kernel.MovableClock(Instant.parse("2026-11-25T08:00:00Z"));

    @BeforeEach
    void platformWithACounty() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), Path.of("target/no-plugins")), clock);
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-taishan", "gd", "county", "台山市侨联", "Taishan", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-kaiping", "gd", "county", "开平市侨联", "Kaiping", null));
            kernel.accounts().create("gd-taishan", "ts-worker", PASSWORD, Set.of(Role.CASEWORKER));
            kernel.accounts().create("gd-taishan", "ts-admin", "侨乡台山-2026-admin", Set.of(Role.ADMIN));
            return null;
        });
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private CallerIdentity worker() {
        return kernel.accounts().identity("ts-worker").orElseThrow();
    }

    @Test
    void credentialsBuyATokenForAnHourAndOnlyItsHashIsKept() {
        ApiTokens.Issued issued = kernel.tokens().issue("ts-worker", PASSWORD, null).orElseThrow();
        assertThat(issued.token().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(kernel.tokens().verify(issued.secret())).hasValueSatisfying(use -> {
            assertThat(use.username()).isEqualTo("ts-worker");
            assertThat(use.mayWrite()).isTrue();
        });
        List<String> stored = kernel.store().transaction(em -> em.createQuery("select t.tokenHash from ApiToken t", String.class)
                .getResultList());
        assertThat(stored).hasSize(1).noneMatch(hash -> hash.contains(issued.secret()));
        assertThat(actions()).contains("token.issue");

        clock.advance(Duration.ofMinutes(61));
        assertThat(kernel.tokens().verify(issued.secret())).as("expired").isEmpty();
        assertThat(kernel.tokens().issue("ts-worker", "wrong-password", null)).isEmpty();
        assertThat(actions()).contains("login.failure");
        assertThat(kernel.tokens().verify("qys_guessed")).isEmpty();
    }

    @Test
    void aPersonalTokenIsNamedNarrowedListedAndRevocable() {
        ApiTokens.Issued script = Caller.as(worker(), () -> kernel.tokens().createPersonal("夜间同步", null, Set.of("gd-taishan"),
                Set.of("aid"), null));
        ApiTokens.Use use = kernel.tokens().verify(script.secret()).orElseThrow();
        assertThat(use.mayWrite()).as("read-only unless asked").isFalse();
        assertThat(use.tenants()).containsExactly("gd-taishan");
        assertThat(use.reachesModule("volunteers")).isFalse();
        assertThat(Caller.as(worker(), () -> kernel.tokens().mine())).extracting(ApiToken::name).containsExactly("夜间同步");
        assertThat(Caller.as(worker(), () -> kernel.tokens().mine()).get(0).lastUsedAt()).as("its last use is shown").isEqualTo(clock.instant());

        assertThatThrownBy(() -> Caller.as(worker(), () -> kernel.tokens().createPersonal("越界", null, Set.of("gd-kaiping"), Set.of(),
                null))).as("never beyond what its owner sees").isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> Caller.as(worker(), () -> kernel.tokens().createPersonal("太久", null, Set.of(), Set.of(),
                clock.instant().plus(Duration.ofDays(400))))).isInstanceOf(IdentityRuleViolation.class);
        assertThatThrownBy(() -> kernel.tokens().createPersonal("无人", null, Set.of(), Set.of(), null))
                .isInstanceOf(AccessDeniedException.class);

        CallerIdentity kaipingWorker = Caller.asSystem(() -> {
            kernel.accounts().create("gd-kaiping", "kp-worker", "侨乡开平-2026-kp", Set.of(Role.CASEWORKER));
            return kernel.accounts().identity("kp-worker").orElseThrow();
        });
        assertThatThrownBy(() -> Caller.as(kaipingWorker, () -> {
            kernel.tokens().revoke(script.token().id());
            return null;
        })).isInstanceOf(UnknownTokenException.class);
        Caller.as(kernel.accounts().identity("ts-admin").orElseThrow(), () -> {
            kernel.tokens().revoke(script.token().id()); // an admin of the owner's federation
            return null;
        });
        assertThat(kernel.tokens().verify(script.secret())).as("revoked").isEmpty();
        assertThat(actions()).contains("token.create", "token.revoke");
    }

    @Test
    void basicCredentialsVerifiedAMomentAgoAreNotHashedAgainNorAuditedAndAPasswordChangeCountsAtOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(kernel.accounts().verifyForApi("ts-worker", PASSWORD, null).succeeded()).isTrue();
        }
        assertThat(actions()).as("API calls are not sign-ins: nothing in the log").doesNotContain("login.success");
        Caller.asSystem(() -> kernel.accounts().resetPassword("ts-worker", "新的密码-2026-ts"));
        assertThat(kernel.accounts().verifyForApi("ts-worker", PASSWORD, null).succeeded()).as("the old password, remembered a moment ago").isFalse();
        assertThat(kernel.accounts().verifyForApi("ts-worker", "新的密码-2026-ts", null).succeeded()).isTrue();
        Caller.asSystem(() -> kernel.accounts().setEnabled("ts-worker", false));
        assertThat(kernel.accounts().verifyForApi("ts-worker", "新的密码-2026-ts", null).succeeded()).as("disabled since").isFalse();
    }

    private List<String> actions() {
        return kernel.store().transaction(em -> AuditLog.latest(em, "gd-taishan", 0, 100)).stream().map(AuditEntry::action).toList();
    }
}
