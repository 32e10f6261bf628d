package org.qiaoyun.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/** A second factor (TOTP) for admins: enrolled by a matching code, asked at sign-in and token issue, never replayed. */
class SecondFactorsTest {

    private static final String PASSWORD = "侨乡广东-2026-admin";

    private Kernel kernel;
    private final org.qiaoyun.kernel.MovableClock clock = new org.qiaoyun.kernel.MovableClock(Instant.parse("2026-11-25T08:00:00Z"));

    @BeforeEach
    void aProvinceWithItsAdmin() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), Path.of("target/no-plugins")), clock);
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-taishan", "gd", "county", "台山市侨联", "Taishan", null));
            kernel.accounts().create("gd", "gd-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-taishan", "ts-admin", "侨乡台山-2026-admin", Set.of(Role.ADMIN));
            return null;
        });
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    @Test
    void codesAreTheOnesOfRfc6238() {
        String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(Totp.unbase32(secret)).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void provincialAdminsEnrolAndThenGiveTheCodeAtEverySignInAndTokenNeverTheSameCodeTwice() {
        kernel.accounts().requireSecondFactor(SecondFactorPolicy.SENIOR_ADMINS);
        LoginResult first = kernel.accounts().signIn("gd-admin", PASSWORD, null, null);
        assertThat(first.need()).as("in, but to enrol first").isEqualTo(LoginResult.Need.ENROLMENT);
        assertThat(kernel.accounts().signIn("ts-admin", "侨乡台山-2026-admin", null, null).need())
                .as("a county admin is not asked by default").isEqualTo(LoginResult.Need.NOTHING);
        assertThatThrownBy(() -> kernel.tokens().issue("gd-admin", PASSWORD, null, null)).isInstanceOf(SecondFactorNeeded.class);

        CallerIdentity admin = first.caller().orElseThrow();
        SecondFactors.Enrolment enrolment = Caller.as(admin, () -> kernel.secondFactors().begin());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Qiaoyun:gd-admin?secret=" + enrolment.secret());
        assertThatThrownBy(() -> Caller.as(admin, () -> kernel.secondFactors().confirm(enrolment.secret(), "000000")))
                .isInstanceOf(IdentityRuleViolation.class);
        List<String> recovery = Caller.as(admin, () -> kernel.secondFactors().confirm(enrolment.secret(),
                Totp.code(enrolment.secret(), Totp.step(clock.instant()))));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        clock.advance(Duration.ofMinutes(2));
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, null).need()).isEqualTo(LoginResult.Need.SECOND_FACTOR);
        String code = Totp.code(enrolment.secret(), Totp.step(clock.instant()));
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, code).succeeded()).isTrue();
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, code).succeeded()).as("a code counts once").isFalse();
        assertThat(kernel.accounts().verifyForApi("gd-admin", PASSWORD, null).succeeded()).as("HTTP Basic is not enough").isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(kernel.tokens().issue("gd-admin", PASSWORD, null, Totp.code(enrolment.secret(), Totp.step(clock.instant())))).isPresent();
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, recovery.get(0)).succeeded()).as("a recovery code").isTrue();
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, recovery.get(0)).succeeded()).as("once").isFalse();

        CallerIdentity platform = kernel.accounts().identity("admin").orElseThrow();
        Caller.as(platform, () -> {
            kernel.secondFactors().remove("gd-admin"); // a lost phone
            return null;
        });
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, null).need()).isEqualTo(LoginResult.Need.ENROLMENT);
    }

    @Test
    void theSecretIsKeptSealedAndOneKeptInTheClearBeforeIsSealedAtItsNextUse() {
        kernel.accounts().requireSecondFactor(SecondFactorPolicy.SENIOR_ADMINS);
        CallerIdentity admin = kernel.accounts().signIn("gd-admin", PASSWORD, null, null).caller().orElseThrow();
        SecondFactors.Enrolment enrolment = Caller.as(admin, () -> kernel.secondFactors().begin());
        Caller.as(admin, () -> kernel.secondFactors().confirm(enrolment.secret(), Totp.code(enrolment.secret(), Totp.step(clock.instant()))));

        String stored = storedSecret("gd-admin");
        assertThat(stored).as("a copy of the database does not hold the authenticator's key")
                .startsWith("sealed:").doesNotContain(enrolment.secret());
        assertThatThrownBy(() -> new SecretSeal(new byte[32]).open(stored)).as("another platform's key opens nothing")
                .isInstanceOf(IllegalStateException.class);

        kernel.store().transaction(em -> em.createNativeQuery("update account set totp_secret = ?1 where username = 'gd-admin'")
                .setParameter(1, enrolment.secret()).executeUpdate()); // as rows were kept before sealing began
        clock.advance(Duration.ofMinutes(2));
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, Totp.code(enrolment.secret(), Totp.step(clock.instant())))
                .succeeded()).isTrue();
        assertThat(storedSecret("gd-admin")).startsWith("sealed:").doesNotContain(enrolment.secret());
        clock.advance(Duration.ofMinutes(1));
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, Totp.code(enrolment.secret(), Totp.step(clock.instant())))
                .succeeded()).as("and still opens").isTrue();
    }

    private String storedSecret(String username) {
        return kernel.store().transaction(em -> (String) em.createNativeQuery("select totp_secret from account where username = ?1")
                .setParameter(1, username).getSingleResult());
    }

    @Test
    void onATrialPlatformOnlyThoseWhoEnrolledAreAsked() {
        kernel.accounts().requireSecondFactor(SecondFactorPolicy.ENROLLED);
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, null).need()).isEqualTo(LoginResult.Need.NOTHING);
        assertThat(kernel.accounts().signIn("gd-admin", PASSWORD, null, null).succeeded()).isTrue();
        assertThat(SecondFactorPolicy.parse("senior-admins")).isEqualTo(SecondFactorPolicy.SENIOR_ADMINS);
    }
}
