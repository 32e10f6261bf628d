package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * A county keeps its townships and villages in Excel: it downloads them (headers in its language, codes as text),
 * fills in a survey's new counts and imports them back; a file with any wrong row changes nothing and says which
 * line and column are wrong. Told on H2 and on a real PostgreSQL.
 */
class AreaSheetTest {

    private static final String PASSWORD = "侨乡广东-2026-registry";
    private Kernel kernel;

    void start(String database) {
        kernel = Kernel.start(KernelSettings.forTests(database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres(),
                Path.of("target/no-plugins")), new MovableClock(Instant.parse("2026-11-25T08:00:00Z")));
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-viewer", PASSWORD, Set.of(Role.VIEWER));
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

    private List<Area> areas() {
        return as("ts-viewer", () -> kernel.areas().page("gd-jiangmen-taishan", Areas.Search.ALL, 0, 100));
    }

    private Areas.ImportReport importRows(Object[]... rows) {
        return as("ts-admin", () -> kernel.areas().importSheet("gd-jiangmen-taishan", new ByteArrayInputStream(workbook(rows))));
    }

    /** A workbook as a person fills one in: a header row, then the rows (numbers as number cells, text as text). */
    private static byte[] workbook(Object[]... rows) {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("乡镇和村");
            sheet.createRow(0).createCell(0).setCellValue("区划代码");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aCountyImportsItsAreasAndASecondSurveyUpdatesThemInPlace(String database) {
        start(database);
        Areas.ImportReport first = importRows(
                new Object[] {"440781100", "台城街道", "乡镇（街道）", 388, 2025, "2025年侨情调查", "侨联", "台城街道侨联", 2019},
                new Object[] {440781100201L, "东坑村", null, 45, 2025, null, null, null, null}, // a code typed as a number
                new Object[] {"440781100202", "west lake", "village", "29", "2025", null, "workstation", null, null});
        assertThat(first.problems()).isEmpty();
        assertThat(first.recorded()).isEqualTo(3);
        assertThat(areas()).extracting(Area::divisionCode).containsExactly("440781100", "440781100201", "440781100202");
        assertThat(areas().get(1).coverage()).as("a village of 45 without a federation").isEqualTo(AreaCoverage.GAP);
        assertThat(areas().get(0).organisedIn()).isEqualTo(2019);

        byte[] exported = as("ts-viewer", () -> kernel.areas().sheet("gd-jiangmen-taishan", Text.CHINESE));
        Areas.ImportReport again = as("ts-admin", () -> kernel.areas().importSheet("gd-jiangmen-taishan", new ByteArrayInputStream(exported)));
        assertThat(again.changed()).as("the county's own download reads back unchanged").isEqualTo(3);
        assertThat(areas()).extracting(Area::people).containsExactly(388, 45, 29);

        Areas.ImportReport survey = importRows(new Object[] {"440781100201", "东坑村", "村（社区）", 52, 2026, "2026年侨情调查", "侨联", "东坑村侨联"});
        assertThat(survey.changed()).isEqualTo(1);
        assertThat(areas().get(1).coverage()).isEqualTo(AreaCoverage.COVERED);
        assertThat(areas().get(1).people()).isEqualTo(52);
        assertThat(as("ts-admin", () -> kernel.audit().search(org.qiaoyun.kernel.audit.AuditQuery.of("gd-jiangmen-taishan"), 0, 10))
                .stream().map(e -> e.action()).toList()).contains("area.import");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFileWithAWrongRowChangesNothingAndNamesEachLineAndColumn(String database) {
        start(database);
        Areas.ImportReport report = importRows(
                new Object[] {"440781100", "台城街道", null, 388},
                new Object[] {"440781101", "大江镇", null, -5},
                new Object[] {"440781102", "水步镇", null, "一百"},
                new Object[] {"440783100", "长沙街道", null, 120},
                new Object[] {"440781100", "台城", null, 10},
                new Object[] {"440781103201", "四九村", "乡镇（街道）", 40});
        assertThat(areas()).as("nothing imported").isEmpty();
        assertThat(report.problems()).extracting(p -> p.line() + " " + p.column().field() + " " + p.text().code()).containsExactly(
                "3 people kernel.registry.people-range",
                "4 people kernel.registry.sheet-number",
                "5 divisionCode kernel.registry.area-outside",
                "6 divisionCode kernel.registry.sheet-code-twice",
                "7 kind kernel.registry.sheet-kind");
        AreaSheet.RowProblem negative = report.problems().get(0);
        assertThat(negative.column().header().in(Text.CHINESE, getClass().getClassLoader())).isEqualTo("侨情人数");
        assertThat(negative.column().header().in(Text.ENGLISH, getClass().getClassLoader())).isEqualTo("People counted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void theDownloadSpeaksTheReadersLanguageAndKeepsCodesAsText(String database) throws IOException {
        start(database);
        importRows(new Object[] {"440781100201", "东坑村", null, 45, 2025, null, "侨联", null, 2021});
        for (Locale language : List.of(Text.CHINESE, Text.ENGLISH)) {
            byte[] sheet = as("ts-viewer", () -> kernel.areas().sheet("gd-jiangmen-taishan", language));
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
                Row head = book.getSheetAt(0).getRow(0);
                Row first = book.getSheetAt(0).getRow(1);
                assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(first.getCell(0).getStringCellValue()).isEqualTo("440781100201");
                if (language == Text.ENGLISH) {
                    assertThat(head.getCell(3).getStringCellValue()).isEqualTo("People counted");
                    assertThat(first.getCell(6).getStringCellValue()).isEqualTo("federation");
                    assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).doesNotContainPattern("\\p{IsHan}");
                } else {
                    assertThat(head.getCell(3).getStringCellValue()).isEqualTo("侨情人数");
                    assertThat(first.getCell(2).getStringCellValue()).isEqualTo("村（社区）");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void notASpreadsheetOrAViewersFileIsRefused(String database) {
        start(database);
        InvalidInputException unreadable = catchThrowableOfType(InvalidInputException.class, () -> as("ts-admin",
                () -> kernel.areas().importSheet("gd-jiangmen-taishan", new ByteArrayInputStream("a,b".getBytes(StandardCharsets.UTF_8)))));
        assertThat(unreadable.field()).isEqualTo("file");
        assertThat(importRows(new Object[] {"440781100", "台城街道", null, 10, null, null, "侨联", null, 2031}).problems())
                .as("a federation set up in a year still to come").extracting(p -> p.column().field()).containsExactly("organisedIn");
        assertThatThrownBy(() -> as("ts-viewer", () -> kernel.areas().importSheet("gd-jiangmen-taishan",
                new ByteArrayInputStream(workbook())))).isInstanceOf(AccessDeniedException.class);
    }
}
