package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.indicator.MonthRange;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * 1+N and 1+Y: a city federation keeps the hometown associations and chambers linked to it and the overseas
 * associations paired with it; an alumni association names the university federation it forms a triad with, which
 * then reads it too; the province counts both networks. Told on H2 and on a real PostgreSQL.
 */
class AssociationsTest {

    private Federations world;
    private Kernel kernel;

    void start(String database) {
        world = Federations.of(database)
                .provision("gd-wyu", "gd-jiangmen", "institution", "五邑大学侨联", "Wuyi University", null)
                .account("gd", "gd-admin", Role.ADMIN)
                .account("gd-jiangmen", "jm-admin", Role.ADMIN)
                .account("gd-jiangmen", "jm-viewer", Role.VIEWER)
                .account("gd-jiangmen", "jm-caseworker", Role.CASEWORKER)
                .account("gd-wyu", "wyu-viewer", Role.VIEWER)
                .account("gd-jiangmen-taishan", "ts-admin", Role.ADMIN);
        kernel = world.kernel;
    }

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return world.as(username, work);
    }

    private static AssociationInput domestic(Association.Kind kind, String name, String uscc, String linked) {
        return new AssociationInput(Association.Scope.DOMESTIC, kind, name, Uscc.ofNullable(uscc), "李明", 320, "0750-3201234",
                null, null, 2008, linked);
    }

    private static AssociationInput overseas(String name, String country, String city) {
        return new AssociationInput(Association.Scope.OVERSEAS, Association.Kind.HOMETOWN, name, null, "黄志强", 1200,
                "info@example.org", country, city, 1998, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aCityKeepsItsNetworksAtHomeAndAbroadAndTheProvinceCountsThem(String database) {
        start(database);
        as("jm-admin", () -> kernel.associations().record("gd-jiangmen",
                domestic(Association.Kind.CHAMBER, "江门市侨商会", "91350100M000100Y43", null)));
        Association alumni = as("jm-admin", () -> kernel.associations().record("gd-jiangmen",
                domestic(Association.Kind.ALUMNI, "五邑大学校友会", null, "gd-wyu")));
        as("jm-admin", () -> kernel.associations().record("gd-jiangmen", overseas("美国江门同乡会", "美国", "旧金山")));
        as("jm-admin", () -> kernel.associations().record("gd-jiangmen", overseas("加拿大五邑同乡会", "加拿大", "温哥华")));

        assertThat(as("jm-viewer", () -> kernel.associations().of("gd-jiangmen", Associations.Search.ALL, 0, 10)))
                .as("domestic first, then by name").extracting(Association::name)
                .containsExactly("五邑大学校友会", "江门市侨商会", "加拿大五邑同乡会", "美国江门同乡会");
        assertThat(as("jm-viewer", () -> kernel.associations().count("gd-jiangmen", new Associations.Search(Association.Scope.OVERSEAS, null))))
                .isEqualTo(2);
        assertThat(as("jm-viewer", () -> kernel.associations().of("gd-jiangmen", new Associations.Search(null, "温哥华"), 0, 10)))
                .extracting(Association::name).containsExactly("加拿大五邑同乡会");
        assertThat(as("wyu-viewer", () -> kernel.associations().of("gd-wyu", Associations.Search.ALL, 0, 10)))
                .as("the university federation of the triad reads the alumni association").extracting(Association::name)
                .containsExactly("五邑大学校友会");
        assertThat(as("wyu-viewer", () -> kernel.associations().get("gd-wyu", alumni.id()).tenantCode())).isEqualTo("gd-jiangmen");

        var figures = as("gd-admin", () -> kernel.indicators().rollUp(new Indicators.Question("gd",
                new MonthRange(YearMonth.of(2026, 11), YearMonth.of(2026, 11)), RegistryFigures.MODULE, "associations")));
        assertThat(figures.figures()).filteredOn(f -> f.member() != null && f.member().code().equals("overseas"))
                .singleElement().satisfies(f -> assertThat(f.total().value()).isEqualByComparingTo("2"));
        assertThat(figures.figures()).filteredOn(f -> f.member() == null)
                .singleElement().satisfies(f -> assertThat(f.total().value()).isEqualByComparingTo("4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void badInputIsRefusedNamingTheFieldAndChangesNeedTheVersionRead(String database) {
        start("h2");
        assertThat(catchThrowableOfType(() -> domestic(Association.Kind.CHAMBER, "某商会", "91350100M000100Y4I", null),
                InvalidInputException.class).field()).as("I is outside the code's alphabet").isEqualTo("uscc");
        assertThat(catchThrowableOfType(() -> new AssociationInput(Association.Scope.OVERSEAS, Association.Kind.HOMETOWN, "某侨团",
                Uscc.ofNullable("91350100M000100Y43"), null, null, null, "美国", null, null, null), InvalidInputException.class).field())
                .as("an overseas association has no Chinese code").isEqualTo("uscc");
        assertThat(catchThrowableOfType(() -> overseas("某侨团", " ", null), InvalidInputException.class).field()).isEqualTo("country");
        assertThat(catchThrowableOfType(() -> new AssociationInput(Association.Scope.DOMESTIC, Association.Kind.OTHER, "某社团", null,
                null, -1, null, null, null, null, null), InvalidInputException.class).field()).isEqualTo("members");
        assertThat(catchThrowableOfType(() -> AssociationInput.scope("abroad"), InvalidInputException.class).field()).isEqualTo("scope");
        assertThat(catchThrowableOfType(() -> as("jm-admin", () -> kernel.associations().record("gd-jiangmen",
                domestic(Association.Kind.ALUMNI, "某校友会", null, "gd-jiangmen-taishan"))), InvalidInputException.class).field())
                .as("a triad's other federation is an institution's").isEqualTo("linkedTenant");
        assertThat(catchThrowableOfType(() -> as("jm-admin", () -> kernel.associations().record("gd-jiangmen",
                new AssociationInput(Association.Scope.DOMESTIC, Association.Kind.OTHER, "某社团", null, null, null, null, null, null, 2030, null))),
                InvalidInputException.class).field()).isEqualTo("since");

        Association chamber = as("jm-admin", () -> kernel.associations().record("gd-jiangmen",
                domestic(Association.Kind.CHAMBER, "江门市侨商会", null, null)));
        Association renamed = as("jm-admin", () -> kernel.associations().change("gd-jiangmen", chamber.id(), chamber.version(),
                domestic(Association.Kind.CHAMBER, "江门市侨商联合会", null, null)));
        assertThat(renamed.name()).isEqualTo("江门市侨商联合会");
        assertThatThrownBy(() -> as("jm-admin", () -> kernel.associations().change("gd-jiangmen", chamber.id(), chamber.version(),
                domestic(Association.Kind.CHAMBER, "旧名", null, null)))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> as("jm-viewer", () -> kernel.associations().record("gd-jiangmen",
                domestic(Association.Kind.OTHER, "某社团", null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("jm-caseworker", () -> kernel.associations().of("gd-jiangmen", Associations.Search.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ts-admin", () -> kernel.associations().get("gd-jiangmen-taishan", chamber.id())))
                .as("another federation's association is not found").isInstanceOf(UnknownObjectException.class);

        as("jm-admin", () -> {
            kernel.associations().remove("gd-jiangmen", chamber.id(), renamed.version());
            return null;
        });
        assertThat(as("jm-admin", () -> kernel.associations().count("gd-jiangmen", Associations.Search.ALL))).isZero();
        assertThat(as("gd-admin", () -> kernel.audit().search(org.qiaoyun.kernel.audit.AuditQuery.of("gd-jiangmen"), 0, 20)).stream()
                .map(e -> e.action()).filter(a -> a.startsWith("association.")).toList())
                .contains("association.record", "association.change", "association.remove");
    }
}
