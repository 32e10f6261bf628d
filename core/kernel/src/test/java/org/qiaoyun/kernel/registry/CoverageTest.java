package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.NotVisibleException;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * 应建尽建: a county records its townships and villages with the people counted in each, and every level above
 * sees how many of those due a federation have one. Told on H2 and on a real PostgreSQL.
 */
class CoverageTest {

    private static final String PASSWORD = "侨乡广东-2026-registry";
    private Kernel kernel;

    void start(String database) {
        kernel = Kernel.start(KernelSettings.forTests(database, Path.of("target/no-plugins")),
                new MovableClock(Instant.parse("2026-11-25T08:00:00Z")));
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-kaiping", "gd-jiangmen", "county", "开平市侨联", "Kaiping", "440783"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-dongguan", "gd", "city", "东莞市侨联", "Dongguan", "441900"));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-viewer", PASSWORD, Set.of(Role.VIEWER));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-caseworker", PASSWORD, Set.of(Role.CASEWORKER));
            kernel.accounts().create("gd-jiangmen-kaiping", "kp-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen", "jm-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-dongguan", "dg-admin", PASSWORD, Set.of(Role.ADMIN));
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return Caller.as(kernel.accounts().identity(username).orElseThrow(), work);
    }

    private Area record(String username, String tenant, String code, String name, int people, OrganisationForm organisation) {
        return as(username, () -> kernel.areas().record(tenant, new AreaInput(code, name, people, 2025, "2025年侨情调查", organisation,
                organisation == OrganisationForm.NONE ? null : name + "侨联")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eachAreaStandsByItsPeopleAndItsOrganisationAndTheCityAndProvinceSeeTheSums(String database) {
        start(database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres());
        assertThat(record("ts-admin", "gd-jiangmen-taishan", "440781100", "台城街道", 100, OrganisationForm.FEDERATION).coverage())
                .as("exactly 100 in a township: a federation is due, and there").isEqualTo(AreaCoverage.COVERED);
        assertThat(record("ts-admin", "gd-jiangmen-taishan", "440781101", "大江镇", 100, OrganisationForm.BRANCH).coverage())
                .as("a branch does not stand in for a federation that is due").isEqualTo(AreaCoverage.GAP);
        assertThat(record("ts-admin", "gd-jiangmen-taishan", "440781102", "水步镇", 99, OrganisationForm.NONE).coverage())
                .isEqualTo(AreaCoverage.OPEN);
        assertThat(record("ts-admin", "gd-jiangmen-taishan", "440781100201", "东坑村", 30, OrganisationForm.NONE).coverage())
                .as("exactly 30 in a village").isEqualTo(AreaCoverage.GAP);
        assertThat(record("ts-admin", "gd-jiangmen-taishan", "440781100202", "西湖村", 29, OrganisationForm.WORKSTATION).coverage())
                .as("below 30 a workstation serves").isEqualTo(AreaCoverage.SERVED);
        record("kp-admin", "gd-jiangmen-kaiping", "440783100", "长沙街道", 500, OrganisationForm.FEDERATION);
        record("dg-admin", "gd-dongguan", "441900003", "虎门镇", 800, OrganisationForm.NONE); // a city without counties

        CoverageReport.Coverage county = as("ts-viewer", () -> kernel.coverage().of("gd-jiangmen-taishan"));
        assertThat(county.total()).isEqualTo(new Figures(5, 3, 358, 3, 1, 1));
        assertThat(county.total().gap()).isEqualTo(2);

        CoverageReport.Coverage city = as("jm-admin", () -> kernel.coverage().of("gd-jiangmen"));
        assertThat(city.rows()).extracting(row -> row.tenant().code()).containsExactly("gd-jiangmen-kaiping", "gd-jiangmen-taishan");
        assertThat(city.rows().get(0).figures().rate()).hasValue(1.0);
        assertThat(city.total().due()).isEqualTo(4);
        assertThat(city.total().covered()).isEqualTo(2);

        CoverageReport.Coverage province = Caller.as(kernel.accounts().identity("admin").orElseThrow(), () -> kernel.coverage().of("gd"));
        assertThat(province.rows()).extracting(row -> row.tenant().code()).containsExactly("gd-dongguan", "gd-jiangmen");
        assertThat(province.rows().get(0).figures().gap()).isEqualTo(1);
        assertThat(province.total().gap()).isEqualTo(3);

        assertThat(as("ts-admin", () -> kernel.areas().page("gd-jiangmen-taishan", new Areas.Search(null, AreaCoverage.GAP), 0, 10)))
                .as("by division code: a village after its township").extracting(Area::name).containsExactly("东坑村", "大江镇");
        assertThat(as("ts-admin", () -> kernel.areas().count("gd-jiangmen-taishan", new Areas.Search("东坑", null)))).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aNewFederationClosesTheGapAndEveryChangeIsAudited(String database) {
        start(TestDatabases.h2());
        Area village = record("ts-admin", "gd-jiangmen-taishan", "440781100201", "东坑村", 45, OrganisationForm.NONE);
        Area changed = as("ts-admin", () -> kernel.areas().change("gd-jiangmen-taishan", village.id(), village.version(),
                new AreaInput("440781100201", "东坑村", 45, 2026, "2026年侨情调查", OrganisationForm.FEDERATION, "东坑村侨联")));
        assertThat(changed.coverage()).isEqualTo(AreaCoverage.COVERED);
        assertThat(as("ts-admin", () -> kernel.coverage().of("gd-jiangmen-taishan")).total().gap()).isZero();
        assertThatThrownBy(() -> as("ts-admin", () -> kernel.areas().change("gd-jiangmen-taishan", village.id(), village.version(),
                new AreaInput("440781100201", "东坑村", 10, 2026, null, OrganisationForm.NONE, null))))
                .as("a change made on what someone else changed since").isInstanceOf(StaleVersionException.class);
        assertThat(Caller.as(kernel.accounts().identity("admin").orElseThrow(),
                () -> kernel.audit().search(org.qiaoyun.kernel.audit.AuditQuery.of("gd-jiangmen-taishan"), 0, 10)).stream()
                .map(e -> e.action()).toList())
                .contains("area.record", "area.change");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void whatDoesNotBelongIsRefusedNamingTheField(String database) {
        start(TestDatabases.h2());
        assertThat(field(() -> record("ts-admin", "gd-jiangmen-taishan", "440783100", "长沙街道", 10, OrganisationForm.NONE)))
                .as("a township of another county").isEqualTo("divisionCode");
        assertThat(field(() -> record("ts-admin", "gd-jiangmen-taishan", "4407811001", "十位", 10, OrganisationForm.NONE)))
                .isEqualTo("divisionCode");
        assertThat(field(() -> record("ts-admin", "gd-jiangmen-taishan", "440781100", " ", 10, OrganisationForm.NONE))).isEqualTo("name");
        assertThat(field(() -> record("ts-admin", "gd-jiangmen-taishan", "440781100", "台城", -1, OrganisationForm.NONE))).isEqualTo("people");
        record("ts-admin", "gd-jiangmen-taishan", "440781100", "台城街道", 10, OrganisationForm.NONE);
        assertThatThrownBy(() -> record("ts-admin", "gd-jiangmen-taishan", "440781100", "台城", 10, OrganisationForm.NONE))
                .isInstanceOf(ConflictException.class);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> record("jm-admin", "gd-jiangmen", "440781100", "台城街道", 10,
                OrganisationForm.NONE)).text().code()).as("a city keeps no township of its counties")
                .isEqualTo("kernel.registry.area-outside");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void onlyAdminsAndViewersReadAndOnlyAdminsWrite(String database) {
        start(TestDatabases.h2());
        assertThatThrownBy(() -> as("ts-caseworker", () -> kernel.coverage().of("gd-jiangmen-taishan"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> record("ts-viewer", "gd-jiangmen-taishan", "440781100", "台城街道", 10, OrganisationForm.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ts-admin", () -> kernel.coverage().of("gd-jiangmen"))).as("nobody reads above their home")
                .isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> record("kp-admin", "gd-jiangmen-taishan", "440781100", "台城街道", 10, OrganisationForm.NONE))
                .as("a sibling county").isInstanceOf(NotVisibleException.class);
        assertThat(record("jm-admin", "gd-jiangmen-taishan", "440781100", "台城街道", 10, OrganisationForm.NONE).tenantCode())
                .as("the city's admin records for its county").isEqualTo("gd-jiangmen-taishan");
    }

    private static String field(Runnable attempt) {
        return catchThrowableOfType(InvalidInputException.class, attempt::run).field();
    }
}
