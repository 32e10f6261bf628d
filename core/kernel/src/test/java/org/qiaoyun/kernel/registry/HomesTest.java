package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
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

/**
 * A Home of Overseas Chinese assesses itself on the five haves with evidence, the city above assesses it
 * again, and a model-unit application is decided once, by the federation it was made to.
 */
class HomesTest {

    private static final String PASSWORD = "侨乡广东-2026-homes";
    private Kernel kernel;

    @BeforeEach
    void aCityAndItsCounty() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), Path.of("target/no-plugins")),
                new MovableClock(Instant.parse("2026-11-25T08:00:00Z")));
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-viewer", PASSWORD, Set.of(Role.VIEWER));
            kernel.accounts().create("gd-jiangmen", "jm-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd", "gd-admin", PASSWORD, Set.of(Role.ADMIN));
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

    @Test
    void aHomeAssessesItselfTheCityAssessesItAndAwardsItOnce() {
        Home home = as("ts-admin", () -> kernel.homes().register("gd-jiangmen-taishan", "台城侨胞之家", "台城街道党群服务中心",
                Home.Hosting.PARTY_MASS_CENTRE));
        Home assessed = as("ts-admin", () -> kernel.homes().assessItself("gd-jiangmen-taishan", home.id(), home.version(), Map.of(
                Have.ORGANISATION, "理事会七人", Have.VENUE, "中心二楼 120 平方米", Have.ACTIVITIES, "2026 年办活动 14 场")));
        assertThat(assessed.selfScore()).isEqualTo(3);
        assertThat(assessed.evidence()).containsOnlyKeys(Have.ORGANISATION, Have.VENUE, Have.ACTIVITIES);

        assertThatThrownBy(() -> as("ts-admin", () -> kernel.homes().assess("gd-jiangmen-taishan", home.id(), assessed.version(), 5, "很好")))
                .as("a home does not assess itself from above").isInstanceOf(AccessDeniedException.class);
        Home scored = as("jm-admin", () -> kernel.homes().assess("gd-jiangmen-taishan", home.id(), assessed.version(), 3, "经费未落实"));
        assertThat(scored.assessedScore()).isEqualTo(3);
        assertThat(scored.assessedBy()).isEqualTo("jm-admin");

        Home applied = as("ts-admin", () -> kernel.homes().applyForModel("gd-jiangmen-taishan", home.id(), scored.version(), 2026, "gd-jiangmen"));
        assertThatThrownBy(() -> as("gd-admin", () -> kernel.homes().decideModel("gd-jiangmen-taishan", home.id(), applied.version(), true)))
                .as("the province was not applied to").isInstanceOf(AccessDeniedException.class);
        Home awarded = as("jm-admin", () -> kernel.homes().decideModel("gd-jiangmen-taishan", home.id(), applied.version(), true));
        assertThat(awarded.modelStatus()).isEqualTo(Home.ModelStatus.AWARDED);
        assertThatThrownBy(() -> as("jm-admin", () -> kernel.homes().decideModel("gd-jiangmen-taishan", home.id(), awarded.version(), false)))
                .as("decided twice").isInstanceOf(ConflictException.class).isNotInstanceOf(StaleVersionException.class);
        assertThat(as("ts-viewer", () -> kernel.homes().of("gd-jiangmen-taishan", 0, 10))).extracting(Home::name).containsExactly("台城侨胞之家");
    }

    @Test
    void aHaveClaimedWithoutEvidenceOrAnApplicationToNobodyAboveIsRefused() {
        Home home = as("ts-admin", () -> kernel.homes().register("gd-jiangmen-taishan", "端芬侨胞之家", null, null));
        java.util.Map<Have, String> blank = new java.util.EnumMap<>(Have.class);
        blank.put(Have.FUNDING, " ");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> as("ts-admin", () -> kernel.homes().assessItself(
                "gd-jiangmen-taishan", home.id(), home.version(), blank))).field()).isEqualTo("evidence.funding");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> as("ts-admin", () -> kernel.homes().applyForModel(
                "gd-jiangmen-taishan", home.id(), home.version(), 2026, "gd-jiangmen-taishan"))).field()).isEqualTo("level");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> as("ts-admin", () -> kernel.homes().register(
                "gd-jiangmen-taishan", " ", null, null))).field()).isEqualTo("name");
        assertThatThrownBy(() -> as("ts-viewer", () -> kernel.homes().register("gd-jiangmen-taishan", "某之家", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
