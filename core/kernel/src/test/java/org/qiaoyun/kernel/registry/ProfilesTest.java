package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/** A federation's organisation record: kept by its admins, read by its viewers, its term watched. */
class ProfilesTest {

    private static final String PASSWORD = "侨乡广东-2026-profile";
    private Kernel kernel;

    @BeforeEach
    void aCountyWithItsPeople() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), Path.of("target/no-plugins")),
                new MovableClock(Instant.parse("2026-11-25T08:00:00Z")));
        Caller.asSystem(() -> {
            if (kernel.tenants().find("gd-profile").isEmpty()) {
                kernel.provisioning().provision(new ProvisioningRequest("gd-profile", "cn", "province", "广东省侨联", "Guangdong", "440000"));
                kernel.provisioning().provision(new ProvisioningRequest("gd-profile-ts", "gd-profile", "county", "台山市侨联", "Taishan", "440781"));
                kernel.accounts().create("gd-profile-ts", "pf-admin", PASSWORD, Set.of(Role.ADMIN));
                kernel.accounts().create("gd-profile-ts", "pf-viewer", PASSWORD, Set.of(Role.VIEWER));
                kernel.accounts().create("gd-profile-ts", "pf-caseworker", PASSWORD, Set.of(Role.CASEWORKER));
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private <T> T as(String username, Supplier<T> work) {
        return Caller.as(kernel.accounts().identity(username).orElseThrow(), work);
    }

    private static ProfileInput input(String uscc, LocalDate lastElection) {
        return new ProfileInput(OrganisationForm.FEDERATION, null, Uscc.ofNullable(uscc), LocalDate.of(1984, 5, 4), "台山市台城街道",
                "伍主席", "0750-5522000", lastElection, 5, 3, 12, new ProfileInput.Served(1200, 56000, 300, 45, 80));
    }

    @Test
    void theAdminKeepsTheRecordTheViewerReadsItAndAnOverdueTermIsFlagged() {
        OrganisationProfile saved = as("pf-admin", () -> kernel.profiles().save("gd-profile-ts", null,
                input("91440300708461136T", LocalDate.of(2021, 11, 20))));
        assertThat(saved.electionDue()).hasValue(LocalDate.of(2026, 11, 20));
        assertThat(saved.electionOverdue(kernel.profiles().today())).as("five years passed on 2026-11-20").isTrue();
        OrganisationProfile read = as("pf-viewer", () -> kernel.profiles().of("gd-profile-ts")).orElseThrow();
        assertThat(read.uscc()).isEqualTo("91440300708461136T");
        assertThat(read.served().total()).isEqualTo(57625);

        OrganisationProfile reelected = as("pf-admin", () -> kernel.profiles().save("gd-profile-ts", read.version(),
                input("91440300708461136T", LocalDate.of(2026, 11, 21))));
        assertThat(reelected.electionOverdue(kernel.profiles().today())).isFalse();
        assertThatThrownBy(() -> as("pf-admin", () -> kernel.profiles().save("gd-profile-ts", read.version(), input(null, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(field(() -> as("pf-admin", () -> kernel.profiles().save("gd-profile-ts", null, input(null, null)))))
                .as("a save over a kept record names the version it read").isEqualTo("version");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndOthersMayNotWrite() {
        assertThat(field(() -> input("91440300708461136X", null))).isEqualTo("uscc");
        assertThat(field(() -> as("pf-admin", () -> kernel.profiles().save("gd-profile-ts", null,
                input(null, LocalDate.of(2027, 1, 1)))))).as("an election tomorrow").isEqualTo("lastElection");
        assertThat(field(() -> as("pf-admin", () -> kernel.profiles().save("gd-profile-ts", null,
                new ProfileInput(OrganisationForm.FEDERATION, InstitutionKind.UNIVERSITY, null, null, null, null, null, null, 5, 0, 0, null)))))
                .as("a county is no institution").isEqualTo("institutionKind");
        assertThat(field(() -> new ProfileInput(OrganisationForm.FEDERATION, null, null, null, null, null, "微信 abc", null, 5, 0, 0, null)))
                .isEqualTo("contactPhone");
        assertThatThrownBy(() -> as("pf-viewer", () -> kernel.profiles().save("gd-profile-ts", null, input(null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("pf-caseworker", () -> kernel.profiles().of("gd-profile-ts"))).isInstanceOf(AccessDeniedException.class);
    }

    private static String field(Runnable attempt) {
        return catchThrowableOfType(InvalidInputException.class, attempt::run).field();
    }
}
