package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.indicator.MonthRange;
import org.qiaoyun.kernel.indicator.RollUp;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * The province reads the registry's figures as it reads any module's: a county records its areas and homes and the
 * city visits its contact point, and the roll-up over the province counts organisations by form and federations by
 * level, the coverage rate, the homes' five-haves score and the visits, each child apart. Told on H2 and PostgreSQL.
 */
class RegistryFiguresTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private Federations world;
    private Kernel kernel;
    private MovableClock clock;

    void start(String database) {
        world = Federations.of(database)
                // a township's workspace: its organisation is counted by its county's area, not twice
                .provision("gd-jiangmen-taishan-taicheng", "gd-jiangmen-taishan", "township", "台城街道侨联", "Taicheng", "440781100")
                .account("gd", "gd-admin", Role.ADMIN)
                .account("gd-jiangmen", "jm-admin", Role.ADMIN)
                .account("gd-jiangmen", "jm-cadre", Role.VIEWER)
                .account("gd-jiangmen-taishan", "ts-admin", Role.ADMIN);
        kernel = world.kernel;
        clock = world.clock;
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

    private void area(String code, String name, int people, OrganisationForm organisation) {
        as("ts-admin", () -> kernel.areas().record("gd-jiangmen-taishan", new AreaInput(code, name, people, 2025, "2025年侨情调查",
                organisation, organisation == OrganisationForm.NONE ? null : name + "侨联")));
    }

    private RollUp province(MonthRange range) {
        return as("gd-admin", () -> kernel.indicators().rollUp(new Indicators.Question("gd", range, RegistryFigures.MODULE, null)));
    }

    /**
     * Every figure's total and its share under each child, as numbers: zero where nothing was written (the refill
     * writes a zero the running totals leave out).
     */
    private static Map<String, BigDecimal> sums(RollUp rollUp) {
        Map<String, BigDecimal> sums = new java.util.TreeMap<>();
        for (RollUp.Figure figure : rollUp.figures()) {
            String name = figure.definition().code() + (figure.member() == null ? "" : "/" + figure.member().code());
            sums.put(name, number(figure.total()));
            figure.children().forEach((child, cell) -> {
                if (number(cell).signum() != 0) {
                    sums.put(name + " under " + child, number(cell));
                }
            });
        }
        return sums;
    }

    private static BigDecimal number(RollUp.Cell cell) {
        return cell == null || cell.value() == null ? BigDecimal.ZERO : cell.value().stripTrailingZeros();
    }

    private static BigDecimal total(RollUp rollUp, String code, String member) {
        return figure(rollUp, code, member).total().value();
    }

    private static RollUp.Figure figure(RollUp rollUp, String code, String member) {
        return rollUp.figures().stream()
                .filter(f -> f.definition().code().equals(code) && (member == null ? f.member() == null
                        : f.member() != null && f.member().code().equals(member)))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + code + "." + member));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theProvinceReadsTheRegistrysFiguresAsItReadsAnyModules(String database) {
        start(database);
        area("440781100", "台城街道", 320, OrganisationForm.FEDERATION);
        area("440781101", "大江镇", 150, OrganisationForm.BRANCH);
        area("440781100201", "东坑村", 30, OrganisationForm.NONE);
        area("440781100202", "西湖村", 12, OrganisationForm.WORKSTATION);
        Home home = as("ts-admin", () -> kernel.homes().register("gd-jiangmen-taishan", "台城侨胞之家", "台城街道", Home.Hosting.PARTY_MASS_CENTRE));
        as("ts-admin", () -> kernel.homes().assessItself("gd-jiangmen-taishan", home.id(), home.version(),
                Map.of(Have.ORGANISATION, "章程与委员名单", Have.VENUE, "党群服务中心二楼", Have.ACTIVITIES, "每月一次侨法宣传")));
        as("ts-admin", () -> kernel.homes().register("gd-jiangmen-taishan", "大江侨胞之家", "大江镇", Home.Hosting.STANDALONE));
        ContactPoint point = as("jm-admin", () -> kernel.contactPoints().assign("gd-jiangmen", "jm-cadre", "gd-jiangmen-taishan", null));
        as("jm-cadre", () -> kernel.contactPoints().recordVisit("gd-jiangmen", point.id(),
                new VisitInput(LocalDate.of(2026, 11, 20), "台山市侨联主席", "村级侨联缺少经费", "协调市侨联专项资金", null)));

        RollUp november = province(new MonthRange(NOVEMBER, NOVEMBER));
        assertThat(total(november, "organisations", "federation"))
                .as("the province, the city, two counties and the township's federation recorded as an area (its workspace not again)")
                .isEqualByComparingTo("5");
        assertThat(total(november, "organisations", "branch")).isEqualByComparingTo("1");
        assertThat(total(november, "organisations", "workstation")).isEqualByComparingTo("1");
        assertThat(total(november, "organisations", null)).isEqualByComparingTo("7");
        assertThat(total(november, "federations", "county")).isEqualByComparingTo("2");
        assertThat(total(november, "federations", "township")).isEqualByComparingTo("1");
        assertThat(total(november, "federations", "village")).isEqualByComparingTo("0");
        assertThat(total(november, "areas-due", null)).as("台城 and 大江 (100+), 东坑 (exactly 30)").isEqualByComparingTo("3");
        assertThat(total(november, "areas-covered", null)).isEqualByComparingTo("1");
        assertThat(total(november, "coverage-gap", null)).isEqualByComparingTo("2");
        assertThat(total(november, "coverage-rate", null).doubleValue()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(total(november, "people-counted", null)).isEqualByComparingTo("512");
        assertThat(total(november, "homes", null)).isEqualByComparingTo("2");
        assertThat(total(november, "homes", "party-mass-centre")).isEqualByComparingTo("1");
        assertThat(total(november, "five-haves-rate", null).doubleValue()).as("3 haves of 10").isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(total(november, "contact-points", null)).isEqualByComparingTo("1");
        assertThat(total(november, "contact-visits", null)).isEqualByComparingTo("1");
        assertThat(figure(november, "areas-due", null).children().get("gd-jiangmen").value()).as("the province sees its city's share")
                .isEqualByComparingTo("3");

        // an assessment from above replaces the home's own score
        Home claimed = as("ts-admin", () -> kernel.homes().get("gd-jiangmen-taishan", home.id()));
        as("jm-admin", () -> kernel.homes().assess("gd-jiangmen-taishan", home.id(), claimed.version(), 5, "五有齐全，材料翔实"));
        assertThat(total(province(new MonthRange(NOVEMBER, NOVEMBER)), "five-haves-rate", null).doubleValue())
                .isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.001));

        // a quiet month carries the stocks forward and counts no visit; a visit recorded late counts in its month
        clock.advance(Duration.ofDays(10));
        RollUp quiet = province(new MonthRange(NOVEMBER, DECEMBER));
        assertThat(figure(quiet, "areas-due", null).month(quiet.range(), DECEMBER).value()).isEqualByComparingTo("3");
        assertThat(figure(quiet, "contact-visits", null).month(quiet.range(), DECEMBER).value()).isEqualByComparingTo("0");
        as("jm-cadre", () -> kernel.contactPoints().recordVisit("gd-jiangmen", point.id(),
                new VisitInput(LocalDate.of(2026, 11, 28), "台山市侨联秘书长", null, null, null)));
        RollUp after = province(new MonthRange(NOVEMBER, DECEMBER));
        assertThat(figure(after, "contact-visits", null).month(after.range(), NOVEMBER).value()).isEqualByComparingTo("2");
        assertThat(figure(after, "contact-visits", null).month(after.range(), DECEMBER).value()).isEqualByComparingTo("0");

        // the gap closes: the village's federation is set up
        Area village = as("ts-admin", () -> kernel.areas().page("gd-jiangmen-taishan", new Areas.Search("东坑", null), 0, 1)).get(0);
        as("ts-admin", () -> kernel.areas().change("gd-jiangmen-taishan", village.id(), village.version(), new AreaInput("440781100201",
                "东坑村", 30, 2025, "2025年侨情调查", OrganisationForm.FEDERATION, "东坑村侨联")));
        RollUp closed = province(new MonthRange(DECEMBER, DECEMBER));
        assertThat(total(closed, "coverage-gap", null)).isEqualByComparingTo("1");
        assertThat(total(closed, "federations", "village")).isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aFederationProvisionedLaterIsCountedAtOnce(String database) {
        start("h2");
        Caller.asSystem(() -> kernel.provisioning().provision(
                new ProvisioningRequest("gd-shantou", "gd", "city", "汕头市侨联", "Shantou", "440500")));
        assertThat(total(province(new MonthRange(NOVEMBER, NOVEMBER)), "federations", "city")).isEqualByComparingTo("2");
        assertThat(Caller.asSystem(() -> new RegistryFigures(kernel.store(), clock).refreshMissing()))
                .as("every federation has its figures").isZero();

        // a tree applied at once (the city is there already): each federation it makes is counted, two counties more
        Caller.asSystem(() -> kernel.trees().apply(org.qiaoyun.kernel.tenant.tree.TenantTreeFile.read("""
                code: gd-shantou
                parent: gd
                level: city
                nameZh: 汕头市侨联
                nameEn: Shantou
                divisionCode: "440500"
                children:
                  - code: gd-shantou-chenghai
                    level: county
                    nameZh: 澄海区侨联
                    nameEn: Chenghai
                  - code: gd-shantou-nanao
                    level: county
                    nameZh: 南澳县侨联
                    nameEn: Nan'ao
                """), null));
        assertThat(total(province(new MonthRange(NOVEMBER, NOVEMBER)), "federations", "county")).isEqualByComparingTo("4");
        assertThat(Caller.asSystem(() -> new RegistryFigures(kernel.store(), clock).refreshMissing()))
                .as("every federation of the tree has its figures").isZero();
        // the totals kept as each federation was counted are the totals computed afresh from every federation's values
        Map<String, BigDecimal> kept = sums(province(new MonthRange(NOVEMBER, NOVEMBER)));
        Caller.asSystem(() -> {
            kernel.indicators().refillTotals();
            return null;
        });
        assertThat(sums(province(new MonthRange(NOVEMBER, NOVEMBER)))).isEqualTo(kept);
    }
}
