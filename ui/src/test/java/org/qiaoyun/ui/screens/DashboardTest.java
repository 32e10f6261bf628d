package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.indicator.Indicators;

/**
 * The view from above on the home screen: the province's headline with the change against last month, a chart per
 * module, its children in a table that drills down (small figures of those below as "&lt;5", a second one hidden
 * beside a lone one) and a breadcrumb back up; a new county's checklist; in Chinese and in English.
 */
class DashboardTest extends ScreenTest {

    private static YearMonth now;

    private static void record(String tenant, String code, YearMonth month, long amount) {
        String path = kernel.tenants().require(tenant).path();
        kernel.store().transaction(em -> {
            Indicators.record(em, tenant, path, "aid", code, month, BigDecimal.valueOf(amount));
            return null;
        });
    }

    @BeforeAll
    static void figures() {
        now = kernel.indicators().currentMonth();
        record("gd-jiangmen-taishan", "open-cases.medical_aid", now.minusMonths(1), 10);
        record("gd-jiangmen-taishan", "open-cases.medical_aid", now, 12);
        record("gd-jiangmen-kaiping", "open-cases.living_subsidy", now, 3);
        record("gd-jiangmen", "open-cases.medical_aid", now.minusMonths(3), 20); // the city's own, carried to now
        record("gd-jiangmen-taishan", "disbursed.overseas_donation", now, 1500);
    }

    private static String headline(String id, int line) {
        return _get(VerticalLayout.class, s -> s.withId(id)).getComponentAt(line).getElement().getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> children() {
        return _get(Grid.class, s -> s.withId("dashboard-children"));
    }

    private static List<String> row(String name) {
        Grid<Object> grid = children();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i))
                .filter(r -> r.get(0).equals(name)).findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }

    private static int rowIndex(String name) {
        Grid<Object> grid = children();
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._getFormattedRow(grid, i).get(0).equals(name)).findFirst()
                .orElseThrow();
    }

    private static int column(String header) {
        return children().getColumns().indexOf(children().getColumns().stream().filter(c -> header.equals(c.getHeaderText()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + header)));
    }

    @Test
    void theProvinceSeesItsFiguresWithTheChangeChartsAndItsChildrenAndDrillsDownAndBackUp() {
        signInAndOpen("gd-admin", "");
        assertThat(headline("headline-aid-open-cases", 0)).isEqualTo("35");
        assertThat(headline("headline-aid-open-cases", 1)).isEqualTo("在办个案");
        assertThat(headline("headline-aid-open-cases", 2)).isEqualTo("较上月 +5");
        assertThat(headline("headline-aid-disbursed", 0)).isEqualTo("¥1,500.00");
        Div chart = _get(Div.class, s -> s.withId("chart-aid"));
        assertThat(chart.getElement().getAttribute("data-option")).contains("\"在办个案\"", "\"type\":\"line\"", now.toString());
        assertThat(_find(Div.class, s -> s.withId("chart-volunteers"))).as("a chart per module").hasSize(1);

        int open = column("在办个案");
        assertThat(row("江门市侨联").get(open)).isEqualTo("35");
        assertThat(row("暨南大学侨联").get(open)).isEqualTo("0");

        GridKt._clickItem(children(), rowIndex("江门市侨联"));
        assertThat(_get(Component.class, s -> s.withId("dashboard-breadcrumb")).getElement().getTextRecursively()).contains("广东省侨联", "江门市侨联");
        assertThat(headline("headline-aid-open-cases", 0)).as("the city's own total, seen from above but not small").isEqualTo("35");
        assertThat(row("江门市侨联（本级）").get(column("在办个案"))).isEqualTo("20");
        assertThat(row("开平市侨联").get(column("在办个案"))).as("3 is small").isEqualTo("<5");
        assertThat(row("台山市侨联").get(column("在办个案"))).as("the smallest beside a lone hidden figure").isEqualTo("<5");

        _click(_get(Button.class, s -> s.withText("广东省侨联")));
        assertThat(row("江门市侨联").get(column("在办个案"))).isEqualTo("35");
    }

    @Test
    void theTableSortsByAFigure() {
        signInAndOpen("gd-admin", "?tenant=gd-jiangmen");
        Grid<Object> grid = children();
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("aid.open-cases"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        assertThat(GridKt._getFormattedRow(grid, GridKt._size(grid) - 1).get(0)).as("listed first unsorted, largest last")
                .isEqualTo("江门市侨联（本级）");
        assertThat(GridKt._getFormattedRow(grid, 0).get(0)).as("hidden figures sort below those shown").isNotEqualTo("江门市侨联（本级）");
    }

    @Test
    void theExportGivesEachFederationBelowMonthByMonthWithSmallFiguresHidden() throws Exception {
        signInAndOpen("gd-admin", "?tenant=gd-jiangmen");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        _get(org.qiaoyun.ui.home.Dashboard.class).writeCsv(out);
        List<String> lines = List.of(out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith("\uFEFF指标,单位,侨联,").endsWith(now.minusMonths(1) + "," + now);
        assertThat(lines).contains("在办个案,件,江门市侨联（合计）," + "0,".repeat(8) + "20,20,30,35");
        assertThat(lines).as("the carried stock of the city's own, and the county's small figure hidden")
                .contains("在办个案,件,江门市侨联（本级）," + "0,".repeat(8) + "20,20,20,20", "在办个案,件,开平市侨联," + "0,".repeat(11) + "<5");
        assertThat(lines).as("beside a lone hidden figure of a month, the smallest one goes too")
                .contains("在办个案,件,台山市侨联," + "0,".repeat(10) + "10,<5");
        assertThat(lines).contains("在办个案 · 医疗救助,件,台山市侨联," + "0,".repeat(10) + "10,12");
    }

    @Test
    void theExcelExportNamesTheFederationPeriodAndTimeAndKeepsFiguresAsNumbers() throws Exception {
        signInAndOpen("gd-admin", "?tenant=gd-jiangmen");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        _get(org.qiaoyun.ui.home.Dashboard.class).writeExcel(out);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("数据看板");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("江门市侨联 数据看板");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("统计期间：").endsWith(
                    now.getYear() + "年" + now.getMonthValue() + "月");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("导出时间：").endsWith("（北京时间）");
            var header = sheet.getRow(4);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("指标");
            int last = header.getLastCellNum() - 1;
            assertThat(header.getCell(last).getStringCellValue()).isEqualTo(now.toString());
            var rows = IntStream.rangeClosed(5, sheet.getLastRowNum()).mapToObj(sheet::getRow).toList();
            var total = rows.stream().filter(r -> r.getCell(0).getStringCellValue().equals("在办个案")
                    && r.getCell(2).getStringCellValue().equals("江门市侨联（合计）")).findFirst().orElseThrow();
            assertThat(total.getCell(last).getNumericCellValue()).as("a figure is a number in the sheet").isEqualTo(35.0);
            var kaiping = rows.stream().filter(r -> r.getCell(0).getStringCellValue().equals("在办个案")
                    && r.getCell(2).getStringCellValue().equals("开平市侨联")).findFirst().orElseThrow();
            assertThat(kaiping.getCell(last).getStringCellValue()).as("a small figure stays hidden").isEqualTo("<5");
        }
    }

    @Test
    void aNewCountysAdminSeesItsOwnSmallFiguresAndTheStepsStillToDo() {
        signInAndOpen("kaiping-admin", "");
        assertThat(headline("headline-aid-open-cases", 0)).as("its own figures, not hidden from itself").isEqualTo("3");
        assertThat(_get(ListItem.class, s -> s.withId("checklist-modules")).getElement().getAttribute("data-done")).isEqualTo("true");
        assertThat(_get(ListItem.class, s -> s.withId("checklist-users")).getElement().getAttribute("data-done")).isEqualTo("false");
        assertThat(_get(ListItem.class, s -> s.withId("checklist-areas")).getElement().getTextRecursively()).contains("录入镇街和村居");
        assertThat(_find(Component.class, s -> s.withId("dashboard-children"))).as("a county without townships has no table").isEmpty();
    }

    @Test
    void theRegistrysFiguresStandBesideTheModulesAndAgreeWithTheCoverageReport() {
        org.qiaoyun.kernel.access.Caller.as(kernel.accounts().identity("taishan-admin").orElseThrow(), () -> kernel.areas().record(
                "gd-jiangmen-taishan", new org.qiaoyun.kernel.registry.AreaInput("440781199", "看板测试镇", 240, 2025, "2025年侨情调查",
                        org.qiaoyun.kernel.registry.OrganisationForm.NONE, null)));
        long gap = org.qiaoyun.kernel.access.Caller.as(kernel.accounts().identity("gd-admin").orElseThrow(),
                () -> kernel.coverage().of("gd").total().gap());
        signInAndOpen("gd-admin", "");
        assertThat(headline("headline-registry-coverage-gap", 0)).as("read from the indicator table, as the report counts it")
                .isEqualTo(String.valueOf(gap)).isNotEqualTo("0");
        assertThat(headline("headline-registry-coverage-gap", 1)).isEqualTo("覆盖缺口");
        assertThat(headline("headline-registry-organisations", 1)).isEqualTo("基层组织");
        assertThat(_get(Div.class, s -> s.withId("chart-registry")).getElement().getAttribute("data-option")).contains("\"组织覆盖率\"");
        assertThat(row("江门市侨联").get(column("覆盖缺口"))).as("the county's gap under its city").isNotEqualTo("0");
    }

    @Test
    void othersSeeNoDashboard() {
        signInAndOpen("taishan-caseworker", "");
        assertThat(_find(Component.class, s -> s.withId("dashboard"))).isEmpty();
    }

    @Test
    void inEnglishEveryWordIsEnglish() {
        english();
        signInAndOpen("gd-admin", "");
        assertThat(headline("headline-aid-open-cases", 1)).isEqualTo("Open cases");
        assertThat(headline("headline-aid-open-cases", 2)).isEqualTo("vs last month: +5");
        assertThat(row("Jiangmen Federation of Returned Overseas Chinese")).isNotEmpty();
        assertThat(_get(Div.class, s -> s.withId("chart-aid")).getElement().getAttribute("data-option")).contains("\"Open cases\"")
                .doesNotContain("在办个案");
    }
}
