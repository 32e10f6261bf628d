package org.qiaoyun.kernel.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.IndicatorDefinition.Breakdown;
import org.qiaoyun.api.IndicatorDefinition.Member;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.NotVisibleException;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.indicator.RollUp.Cell;
import org.qiaoyun.kernel.indicator.RollUp.Figure;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * The view from above on a real database: a province over cities, counties and a township; stocks carried into
 * quiet months, flows summed over a range, a breakdown, a ratio, small numbers hidden from above with a second
 * cell hidden beside a lone one, and who may read what. Told on H2 and on PostgreSQL.
 */
class RollUpTest {

    private static final String PASSWORD = "侨乡广东-2026-indicators";
    private static final String MODULE = "aid";
    private static final IndicatorDefinition OPEN_CASES = new IndicatorDefinition("open-cases", "在办个案", "Open cases", "case",
            Aggregation.SUM).asStock().by(new Breakdown("帮扶类型", "Aid type", List.of(
                    new Member("medical_aid", "医疗救助", "Medical aid"), new Member("education_aid", "助学", "Education aid"))));
    private static final IndicatorDefinition DISBURSED = new IndicatorDefinition("disbursed", "本月发放", "Disbursed", "yuan",
            Aggregation.SUM).suppressedBelow(0);
    private static final IndicatorDefinition FILLED = new IndicatorDefinition("places-filled", "已满岗位", "Places filled", "place",
            Aggregation.SUM);
    private static final IndicatorDefinition NEEDED = new IndicatorDefinition("places-needed", "所需岗位", "Places needed", "place",
            Aggregation.SUM);
    private static final IndicatorDefinition FILL_RATE = IndicatorDefinition.ratio("fill-rate", "满员率", "Fill rate",
            "places-filled", "places-needed");
    private static final IndicatorDefinition LARGEST_FUND = new IndicatorDefinition("largest-fund", "最大基金", "Largest fund", "yuan",
            Aggregation.MAX).asStock().suppressedBelow(0);

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);
    private static final YearMonth APR = YearMonth.of(2026, 4);

    private Kernel kernel;
    private Indicators indicators;

    void start(String database) {
        MovableClock clock = new MovableClock(Instant.parse("2026-04-15T08:00:00Z"));
        kernel = Kernel.start(KernelSettings.forTests(database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres(), Path.of("target/no-plugins")), clock);
        indicators = new Indicators(kernel.store(), () -> List.of(new IndicatorCatalogue.ModuleIndicators(MODULE, "帮扶", "Aid",
                List.of(OPEN_CASES, DISBURSED, FILLED, NEEDED, FILL_RATE, LARGEST_FUND))), clock);
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-kaiping", "gd-jiangmen", "county", "开平市侨联", "Kaiping", "440783"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan-duanfen", "gd-jiangmen-taishan", "township",
                    "端芬镇侨联", "Duanfen", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-shantou", "gd", "city", "汕头市侨联", "Shantou", "440500"));
            kernel.provisioning().provision(new ProvisioningRequest("fj", "cn", "province", "福建省侨联", "Fujian", "350000"));
            kernel.accounts().create("gd", "gd-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd", "gd-viewer", PASSWORD, Set.of(Role.VIEWER));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-caseworker", PASSWORD, Set.of(Role.CASEWORKER));
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private void record(String tenant, String code, YearMonth month, long amount) {
        String path = kernel.tenants().require(tenant).path();
        kernel.store().transaction(em -> {
            Indicators.record(em, tenant, path, MODULE, code, month, BigDecimal.valueOf(amount));
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        return Caller.as(kernel.accounts().identity(username).orElseThrow(), work);
    }

    private RollUp read(String username, String tenant, YearMonth from, YearMonth to) {
        return as(username, () -> indicators.rollUp(new Indicators.Question(tenant, new MonthRange(from, to))));
    }

    private static Figure figure(RollUp rollUp, String code, String member) {
        return rollUp.figures().stream().filter(f -> f.definition().code().equals(code)
                && (member == null ? f.member() == null : f.member() != null && f.member().code().equals(member))).findFirst().orElseThrow();
    }

    private static List<String> shown(List<Cell> cells) {
        return cells.stream().map(c -> c.suppressed() ? "<5" : c.hasValue() ? c.value().stripTrailingZeros().toPlainString() : "-").toList();
    }

    private static String shown(Cell cell) {
        return shown(List.of(cell)).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void stocksCarryIntoQuietMonthsFlowsSumOverTheRangeAndEveryLevelAddsUp(String database) {
        start(database);
        // open cases (a stock): Taishan 10 in January, nothing recorded in February, 12 in March
        record("gd-jiangmen-taishan", "open-cases.medical_aid", JAN, 6);
        record("gd-jiangmen-taishan", "open-cases.education_aid", JAN, 4);
        record("gd-jiangmen-taishan", "open-cases.medical_aid", MAR, 8);
        // recorded before the range: carried into it
        record("gd-jiangmen-kaiping", "open-cases.medical_aid", YearMonth.of(2025, 11), 7);
        record("gd-jiangmen-taishan-duanfen", "open-cases.medical_aid", FEB, 5);
        record("gd-shantou", "open-cases.education_aid", APR, 20);
        // disbursed (a flow): nothing in February anywhere
        record("gd-jiangmen-taishan", "disbursed", JAN, 1000);
        record("gd-jiangmen-taishan", "disbursed", MAR, 500);
        record("gd-jiangmen-kaiping", "disbursed", APR, 300);
        record("gd-shantou", "disbursed", MAR, 2);
        record("fj", "disbursed", MAR, 99_999); // another province: never in Guangdong's figures

        RollUp province = read("gd-admin", "gd", JAN, APR);
        Figure open = figure(province, "open-cases", null);
        assertThat(shown(open.months())).as("a quiet month holds the last value of each federation")
                .containsExactly("17", "22", "24", "44");
        assertThat(shown(open.total())).as("a stock over a range is its last month").isEqualTo("44");
        assertThat(shown(figure(province, "open-cases", "medical_aid").months())).containsExactly("13", "18", "20", "20");
        assertThat(shown(figure(province, "open-cases", "education_aid").months())).containsExactly("4", "4", "4", "24");
        assertThat(open.children().keySet()).as("the province's children, in order").containsExactly("gd-jiangmen", "gd-shantou");
        assertThat(shown(open.children().get("gd-jiangmen"))).isEqualTo("24");
        assertThat(shown(open.children().get("gd-shantou"))).isEqualTo("20");
        assertThat(open.member()).isNull();
        assertThat(figure(province, "open-cases", "medical_aid").member().nameZh()).isEqualTo("医疗救助");

        Figure disbursed = figure(province, "disbursed", null);
        assertThat(shown(disbursed.months())).as("a flow is zero in a quiet month").containsExactly("1000", "0", "502", "300");
        assertThat(shown(disbursed.total())).as("a flow over a range is the sum of its months").isEqualTo("1802");
        assertThat(shown(disbursed.children().get("gd-shantou"))).as("amounts of money are never hidden (threshold 0)").isEqualTo("2");
        assertThat(shown(disbursed.childMonths().get("gd-jiangmen"))).as("a child month by month").containsExactly("1000", "0", "500", "300");
        assertThat(shown(open.childMonths().get("gd-jiangmen"))).containsExactly("17", "22", "24", "24");

        RollUp city = read("gd-admin", "gd-jiangmen", MAR, MAR);
        assertThat(shown(figure(city, "open-cases", null).total())).isEqualTo("24");
        assertThat(figure(city, "open-cases", null).children().keySet()).containsExactly("gd-jiangmen-kaiping", "gd-jiangmen-taishan");
        assertThat(shown(figure(city, "open-cases", null).children().get("gd-jiangmen-taishan")))
                .as("the county's figure includes its township").isEqualTo("17");

        RollUp county = read("ts-admin", "gd-jiangmen-taishan", FEB, FEB);
        Figure own = figure(county, "open-cases", null);
        assertThat(own.children().keySet()).as("the county's own values first, then its township")
                .containsExactly("gd-jiangmen-taishan", "gd-jiangmen-taishan-duanfen");
        assertThat(shown(own.children().get("gd-jiangmen-taishan"))).isEqualTo("10");
        assertThat(shown(own.total())).isEqualTo("15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aMonthWithNothingAnywhereIsZeroARatioDividesTheSumsAndAMaximumIsTakenAcrossFederations(String database) {
        start(database);
        record("gd-jiangmen-taishan", "places-filled", MAR, 30);
        record("gd-jiangmen-taishan", "places-needed", MAR, 40);
        record("gd-shantou", "places-filled", MAR, 10);
        record("gd-shantou", "places-needed", MAR, 10);
        record("gd-jiangmen-taishan", "largest-fund", JAN, 5000);
        record("gd-jiangmen-kaiping", "largest-fund", FEB, 8000);
        record("gd-jiangmen-kaiping", "largest-fund", MAR, 3000);

        RollUp province = read("gd-admin", "gd", JAN, MAR);
        Figure rate = figure(province, "fill-rate", null);
        assertThat(shown(rate.total())).as("(30 + 10) / (40 + 10), not the mean of 75% and 100%").isEqualTo("0.8");
        assertThat(shown(rate.months())).as("no places needed: no ratio").containsExactly("-", "-", "0.8");
        assertThat(shown(rate.children().get("gd-shantou"))).isEqualTo("1");
        Figure largest = figure(province, "largest-fund", null);
        assertThat(shown(largest.months())).as("the largest federation's fund, each carried").containsExactly("5000", "8000", "5000");
        assertThat(shown(largest.children().get("gd-jiangmen"))).isEqualTo("5000");

        RollUp quiet = read("gd-admin", "gd", YearMonth.of(2025, 6), YearMonth.of(2025, 6));
        assertThat(quiet.figures()).allSatisfy(f -> assertThat(shown(f.total())).isIn("0", "-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void smallNumbersAreHiddenFromAboveWithASecondCellBesideALoneOneAndTheTotalStaysRight(String database) {
        start(database);
        record("gd-jiangmen", "places-filled", MAR, 3); // the city's own, seen by the city itself
        record("gd-jiangmen-taishan", "places-filled", MAR, 2);
        record("gd-jiangmen-kaiping", "places-filled", MAR, 40);
        record("gd-shantou", "places-filled", MAR, 7);

        RollUp province = read("gd-admin", "gd", MAR, MAR);
        Figure filled = figure(province, "places-filled", null);
        assertThat(shown(filled.total())).as("the province's own total: the true sum").isEqualTo("52");
        assertThat(shown(filled.children().get("gd-jiangmen"))).isEqualTo("45");

        RollUp city = read("gd-admin", "gd-jiangmen", MAR, MAR);
        Figure fromAbove = figure(city, "places-filled", null);
        assertThat(shown(fromAbove.children().get("gd-jiangmen-taishan"))).as("2 is small").isEqualTo("<5");
        assertThat(shown(fromAbove.children().get("gd-jiangmen"))).as("the city's own 3 is small too").isEqualTo("<5");
        assertThat(shown(fromAbove.children().get("gd-jiangmen-kaiping"))).isEqualTo("40");
        assertThat(shown(fromAbove.total())).isEqualTo("45");

        record("gd-jiangmen", "places-filled", MAR, 30);
        Figure lone = figure(read("gd-admin", "gd-jiangmen", MAR, MAR), "places-filled", null);
        assertThat(shown(lone.children().get("gd-jiangmen-taishan"))).isEqualTo("<5");
        assertThat(shown(lone.children().get("gd-jiangmen"))).as("the smallest beside a lone hidden cell goes too").isEqualTo("<5");
        assertThat(shown(lone.children().get("gd-jiangmen-kaiping"))).isEqualTo("40");
        assertThat(shown(lone.total())).isEqualTo("72");
        assertThat(lone.children().get("gd-jiangmen").value()).as("a hidden cell carries no value").isNull();

        RollUp home = read("ts-admin", "gd-jiangmen-taishan", MAR, MAR);
        assertThat(shown(figure(home, "places-filled", null).total())).as("a county sees its own small figures").isEqualTo("2");
        assertThat(shown(read("gd-admin", "gd-jiangmen-taishan", MAR, MAR).figures().stream()
                .filter(f -> f.definition().code().equals("places-filled")).findFirst().orElseThrow().total()))
                .as("the province sees the county's 2 from above").isEqualTo("<5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aLoneSmallMemberOfABreakdownIsNotLeftToBeWorkedOutFromItsWhole(String database) {
        start(database);
        record("gd-jiangmen-taishan", "open-cases.medical_aid", MAR, 3);
        record("gd-jiangmen-taishan", "open-cases.education_aid", MAR, 20);
        record("gd-jiangmen-kaiping", "open-cases.medical_aid", MAR, 30);
        record("gd-jiangmen-kaiping", "open-cases.education_aid", MAR, 40);

        RollUp city = read("gd-admin", "gd-jiangmen", MAR, MAR);
        assertThat(shown(figure(city, "open-cases", null).children().get("gd-jiangmen-taishan"))).isEqualTo("23");
        assertThat(shown(figure(city, "open-cases", "medical_aid").children().get("gd-jiangmen-taishan"))).isEqualTo("<5");
        assertThat(shown(figure(city, "open-cases", "education_aid").children().get("gd-jiangmen-taishan")))
                .as("23 less 20 would tell the hidden 3: the other member goes too").isEqualTo("<5");
        assertThat(shown(figure(city, "open-cases", "medical_aid").children().get("gd-jiangmen-kaiping")))
                .as("beside the lone hidden 3 among the children, the smallest goes too").isEqualTo("<5");
        assertThat(shown(figure(city, "open-cases", "education_aid").children().get("gd-jiangmen-kaiping")))
                .as("and then 70 less 40 would tell that one: so across the members too").isEqualTo("<5");
        assertThat(shown(figure(city, "open-cases", null).children().get("gd-jiangmen-kaiping"))).isEqualTo("70");
        assertThat(shown(figure(city, "open-cases", null).total())).isEqualTo("93");

        RollUp home = read("ts-admin", "gd-jiangmen-taishan", MAR, MAR);
        assertThat(shown(figure(home, "open-cases", "education_aid").total())).as("a county sees its own").isEqualTo("20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void nobodyReadsAboveTheirHomeAndBadQuestionsNameTheirParameter(String database) {
        start(database);
        assertThat(catchThrowableOfType(() -> read("ts-admin", "gd", MAR, MAR), NotVisibleException.class)).isNotNull();
        assertThat(catchThrowableOfType(() -> read("ts-admin", "fj", MAR, MAR), NotVisibleException.class)).isNotNull();
        assertThat(catchThrowableOfType(() -> read("gd-admin", "no-such", MAR, MAR), NotVisibleException.class)).isNotNull();
        assertThat(catchThrowableOfType(() -> read("ts-caseworker", "gd-jiangmen-taishan", MAR, MAR), AccessDeniedException.class))
                .as("at home, but figures are for admins and viewers").isNotNull();
        assertThat(read("gd-viewer", "gd-jiangmen-taishan", MAR, MAR).tenant().code()).as("a viewer reads the subtree").isEqualTo("gd-jiangmen-taishan");

        assertThat(catchThrowableOfType(() -> new MonthRange(MAR, JAN), InvalidInputException.class).field()).isEqualTo("to");
        assertThat(catchThrowableOfType(() -> new MonthRange(JAN, JAN.plusMonths(60)), InvalidInputException.class).field())
                .isEqualTo("to");
        assertThat(new MonthRange(JAN, JAN.plusMonths(59)).size()).isEqualTo(60);
        assertThat(catchThrowableOfType(() -> MonthRange.parse("2026-1", null, MAR), InvalidInputException.class).field())
                .isEqualTo("from");
        assertThat(catchThrowableOfType(() -> as("gd-admin", () -> indicators.rollUp(new Indicators.Question("gd",
                new MonthRange(MAR, MAR), "legal", null))), InvalidInputException.class).field()).isEqualTo("module");
        assertThat(catchThrowableOfType(() -> as("gd-admin", () -> indicators.rollUp(new Indicators.Question("gd",
                new MonthRange(MAR, MAR), MODULE, "no-such"))), InvalidInputException.class).field()).isEqualTo("indicator");
        assertThat(as("gd-admin", () -> indicators.rollUp(new Indicators.Question("gd", new MonthRange(MAR, MAR), MODULE, "disbursed")))
                .figures()).extracting(f -> f.definition().code()).containsExactly("disbursed");
    }
}
