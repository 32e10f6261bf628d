package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.registry.Area;

/**
 * The coverage screen's spreadsheets and progress: a county admin imports its villages from Excel (a wrong row is
 * named by line and column and nothing goes in), downloads them and the report; a province sets its target year and
 * every level sees whether it was met.
 */
class CoverageSheetScreenTest extends ScreenTest {

    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("乡镇和村");
            sheet.createRow(0).createCell(0).setCellValue("区划代码");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> areaNames() {
        Grid<Area> grid = _get(Grid.class, s -> s.withId("areas-grid"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }

    @Test
    void aCountyAdminImportsVillagesAndAWrongRowIsNamedByLineAndColumnWithNothingImported() throws IOException {
        signInAndOpen("kaiping-admin", "coverage");
        assertThat(_get(Anchor.class, s -> s.withId("action-export-areas")).getText()).isEqualTo("导出区域（Excel）");
        assertThat(_get(Anchor.class, s -> s.withId("action-export-coverage")).getText()).isEqualTo("导出覆盖情况（Excel）");
        int before = areaNames().size();

        UploadKt._upload(_get(Upload.class, s -> s.withId("action-import-areas")), "areas.xlsx", workbook(
                new String[] {"440783101", "三埠街道", "乡镇（街道）", "260", "2025", "", "侨联", "三埠街道侨联", "2020"},
                new String[] {"440783101201", "龙美村", "村（社区）", "-4"}));
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo("有 1 行有误，未导入任何区域。请改正后重新导入：");
        @SuppressWarnings("unchecked")
        Grid<Object> problems = _get(Grid.class, s -> s.withId("import-problems"));
        assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("第 3 行", "侨情人数", "人数须在 0 到 10,000,000 之间");
        _click(_get(Button.class, s -> s.withText("关闭")));
        assertThat(areaNames()).hasSize(before);

        UploadKt._upload(_get(Upload.class, s -> s.withId("action-import-areas")), "areas.xlsx", workbook(
                new String[] {"440783101", "三埠街道", "乡镇（街道）", "260", "2025", "", "侨联", "三埠街道侨联", "2020"},
                new String[] {"440783101201", "龙美村", "村（社区）", "44"}));
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText()).isEqualTo("已导入：新录入 2 个区域，更新 0 个。");
        assertThat(areaNames()).contains("三埠街道", "龙美村");
    }

    @Test
    void aProvinceSetsItsTargetYear() {
        signInAndOpen("gd-admin", "coverage");
        assertThat(_get(Span.class, s -> s.withId("progress-target")).getText()).startsWith("目标年份：");
        _click(_get(Button.class, s -> s.withId("action-set-target")));
        IntegerField year = _get(IntegerField.class, s -> s.withId("target-year"));
        _setValue(year, 2051);
        _click(_get(Button.class, s -> s.withId("target-save")));
        assertThat(year.getErrorMessage()).as("refused at the field, in Chinese").isEqualTo("目标年份须在 2019 到 2050 年之间：2051");
        _setValue(year, 2027);
        _click(_get(Button.class, s -> s.withId("target-save")));
        assertThat(_find(Dialog.class, s -> s.withId("target-dialog"))).isEmpty();
        assertThat(_get(Span.class, s -> s.withId("progress-target")).getText()).isEqualTo("目标年份：2027 年");
    }

    @Test
    void theProvincesTargetHoldsForItsCitiesWhoSetNone() {
        asPlatform(() -> kernel.coverage().setTargetYear("gd", 2027));
        signInAndOpen("jiangmen-admin", "coverage");
        assertThat(_get(Span.class, s -> s.withId("progress-target")).getText()).as("the province's target holds below").isEqualTo("目标年份：2027 年");
        assertThat(_find(Button.class, s -> s.withId("action-set-target"))).as("a city sets none").isEmpty();
        assertThat(_get(VerticalLayout.class, s -> s.withId("coverage-progress"))).isNotNull();
    }

    @Test
    void inEnglishTheProgressSpeaksEnglish() {
        english();
        signInAndOpen("taishan-admin", "coverage");
        assertThat(_get(Span.class, s -> s.withId("progress-target")).getText()).startsWith("Target year: ");
        assertThat(_get(Anchor.class, s -> s.withId("action-export-areas")).getText()).isEqualTo("Download areas (Excel)");
    }
}
