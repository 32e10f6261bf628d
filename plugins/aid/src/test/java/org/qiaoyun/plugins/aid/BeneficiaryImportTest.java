package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** Importing beneficiaries from a spreadsheet with bad rows, on PostgreSQL. */
class BeneficiaryImportTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static EntityManagerFactory unit;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    static byte[] workbook(String[]... rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(BeneficiaryImport.template()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String id(String seventeen) {
        return ResidentIds.valid(seventeen);
    }

    /** The coded columns offer drop-downs of the very labels the import reads: a category is chosen, vulnerabilities suggested. */
    @Test
    void theTemplateOffersDropDownsOfTheLabelsTheImportReads() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(BeneficiaryImport.template()))) {
            var validations = workbook.getSheetAt(0).getDataValidations();
            var category = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2).findFirst()
                    .orElseThrow();
            assertThat(category.getValidationConstraint().getExplicitListValues()).containsExactly("归侨", "侨眷", "留学归国人员", "其他");
            assertThat(category.getShowErrorBox()).as("another category is refused as it is typed").isTrue();
            assertThat(category.getRegions().getCellRangeAddress(0).getFirstRow()).as("not the header").isEqualTo(1);
            var tags = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3).findFirst()
                    .orElseThrow();
            assertThat(tags.getValidationConstraint().getExplicitListValues())
                    .containsExactly("留守儿童", "空巢老人", "残疾", "低收入", "重病");
            assertThat(tags.getShowErrorBox()).as("several vulnerabilities, comma-separated, are let through").isFalse();
        }
        TestTenantScope worker = new TestTenantScope(unit, "xinhui-dropdowns", "worker", "caseworker");
        String[] categories = {"归侨", "侨眷", "留学归国人员", "其他"};
        String[][] rows = new String[categories.length][];
        for (int i = 0; i < categories.length; i++) {
            rows[i] = new String[] {"选项" + i, id("4407811955010100" + i), categories[i], "留守儿童、空巢老人、残疾、低收入、重病", null, null,
                    null, null, "2026-11-01", "选项" + i};
        }
        BeneficiaryImport.Report report = new BeneficiaryImport(worker, VAULT).run(new ByteArrayInputStream(workbook(rows)), false,
                BeneficiaryImport.Progress.NONE);
        assertThat(report.errors()).as("every label offered is one the import reads").isEmpty();
        assertThat(report.imported()).isEqualTo(categories.length);
    }

    /**
     * The template's header gives each column in both languages (one template serves every reader); a report names a
     * column in its reader's language alone: no Latin letter in a Chinese name, English in an English one.
     */
    @Test
    void theTemplateNamesColumnsInBothLanguagesAndAReportInTheReadersAlone() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(BeneficiaryImport.template()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("监护人电话 Guardian's phone");
        }
        ClassLoader texts = getClass().getClassLoader();
        java.util.ResourceBundle chinese = org.qiaoyun.api.Text.bundle("aid", texts, java.util.Locale.ROOT);
        java.util.List<String> columns = chinese.keySet().stream().filter(k -> k.startsWith("aid.import.column.")).sorted().toList();
        assertThat(columns).as("both templates' columns").hasSizeGreaterThan(20);
        for (String code : columns) {
            org.qiaoyun.api.Text name = org.qiaoyun.api.Text.of(code);
            assertThat(name.in(org.qiaoyun.api.Text.CHINESE, texts)).as(code + " in Chinese").containsPattern("\\p{IsHan}")
                    .doesNotContainPattern("[A-Za-z]");
            assertThat(name.in(org.qiaoyun.api.Text.ENGLISH, texts)).as(code + " in English").matches("[A-Z][A-Za-z' ()]+");
        }
    }

    /** The template keeps ID and phone numbers as text (Excel would round an 18-digit number) and explains itself on a sheet of its own. */
    @Test
    void theTemplateKeepsNumbersAsTextAndExplainsItselfApart() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(BeneficiaryImport.template()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("the first sheet holds the titles only: nothing to import by mistake").isZero();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("证件号码 ID document number");
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).as("the ID column is text").isEqualTo("@");
            assertThat(sheet.getColumnStyle(4).getDataFormatString()).as("the phone column is text").isEqualTo("@");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getRow(8).getCell(1).getStringCellValue()).as("an example row").hasSize(18);
            assertThat(workbook.getSheetAt(1).getRow(9).getCell(10).getStringCellValue()).as("an example with a passport").isEqualTo("外国护照");
        }
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndNothingIsImportedUntilChosen() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "importing", "worker", "caseworker");
        String good1 = id("44078319500101001");
        String good2 = id("44078319500202002");
        String badCheck = good2.substring(0, 17) + (good2.charAt(17) == '1' ? '2' : '1');
        byte[] file = workbook(
                new String[] {"关伯", good1, "归侨", "空巢老人", "13800000001", "开平赤坎", null, null, "2026-11-01", "关伯"},
                new String[] {"司徒婆", good2, "侨眷", "低收入、重病", null, null, null, null, "2026-11-02", "司徒婆"},
                new String[] {"错号", badCheck, "归侨", null, null, null, null, null, "2026-11-02", "错号"},
                new String[] {"重复", good1, "归侨", null, null, null, null, null, "2026-11-02", "重复"},
                new String[] {"无类别", id("44078319600303003"), "外星人", null, null, null, null, null, "2026-11-02", "x"},
                new String[] {"小孩", id("44078320200404004"), "侨眷", "留守儿童", null, null, null, null, "2026-11-02", "小孩"});
        BeneficiaryImport.Report checked = new BeneficiaryImport(worker, VAULT).run(new ByteArrayInputStream(file), false, BeneficiaryImport.Progress.NONE);
        assertThat(checked.rows()).isEqualTo(6);
        assertThat(checked.valid()).isEqualTo(2);
        assertThat(checked.imported()).isZero();
        assertThat(checked.errors()).extracting(BeneficiaryImport.RowError::row, e -> e.column(org.qiaoyun.api.Text.CHINESE))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "证件号码"),
                        org.assertj.core.groups.Tuple.tuple(5, "证件号码"),
                        org.assertj.core.groups.Tuple.tuple(6, "类别"),
                        org.assertj.core.groups.Tuple.tuple(7, "监护人"));
        assertThat(checked.errors()).extracting(e -> e.column(org.qiaoyun.api.Text.ENGLISH))
                .containsExactly("ID document number", "ID document number", "Category", "Guardian");
        assertThat(new Beneficiaries(worker, VAULT).count(null, null)).as("nothing imported while errors remain").isZero();

        BeneficiaryImport.Report imported = new BeneficiaryImport(worker, VAULT).run(new ByteArrayInputStream(file), true, BeneficiaryImport.Progress.NONE);
        assertThat(imported.imported()).isEqualTo(2);
        assertThat(new Beneficiaries(worker, VAULT).search(null, null, 0, 10)).extracting(Beneficiary::name)
                .containsExactlyInAnyOrder("关伯", "司徒婆");
        assertThat(worker.hasAudited("beneficiary.import", "null")).isTrue();

        BeneficiaryImport.Report again = new BeneficiaryImport(worker, VAULT).run(new ByteArrayInputStream(file), true, BeneficiaryImport.Progress.NONE);
        assertThat(again.imported()).as("already registered people are not imported twice").isZero();
    }

    /** The document kind is a drop-down of its own column; blank is a resident ID card, and a file of the first edition still reads. */
    @Test
    void documentsOfEveryKindAreImportedAndTheirErrorsNamedByColumn() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(BeneficiaryImport.template()))) {
            var kinds = workbook.getSheetAt(0).getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 10).findFirst().orElseThrow();
            assertThat(kinds.getValidationConstraint().getExplicitListValues()).containsExactly("居民身份证", "中国护照", "外国护照",
                    "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "港澳台居民居住证", "外国人永久居留身份证");
            assertThat(kinds.getShowErrorBox()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(10).getStringCellValue()).isEqualTo("证件类型 Document kind");
        }
        TestTenantScope worker = new TestTenantScope(unit, "importing-documents", "worker", "caseworker");
        String permit = id("81000019700505123");
        String badPermit = permit.substring(0, 17) + (permit.charAt(17) == '1' ? '2' : '1');
        byte[] file = workbook(
                new String[] {"陈美玲", "A1234567", "侨眷", null, null, null, null, null, "2026-11-01", "陈美玲", "外国护照", "MYS", "1958-03-02", "女"},
                new String[] {"梁家辉", "H12345678", "归侨", null, null, null, null, null, "2026-11-01", "梁家辉", "港澳居民来往内地通行证", null,
                        "1960-01-01", "男"},
                new String[] {"梁家輝", "H1234567801", "归侨", null, null, null, null, null, "2026-11-01", "梁家輝", "港澳居民来往内地通行证", null,
                        "1960-01-01", "男"},
                new String[] {"何婆", permit, "侨眷", null, null, null, null, null, "2026-11-01", "何婆", "港澳台居民居住证"},
                new String[] {"错校验", badPermit, "侨眷", null, null, null, null, null, "2026-11-01", "x", "港澳台居民居住证"},
                new String[] {"无国家", "B7654321", "侨眷", null, null, null, null, null, "2026-11-01", "x", "外国护照", null, "1958-03-02", "女"},
                new String[] {"怪证件", "B7654321", "侨眷", null, null, null, null, null, "2026-11-01", "x", "驾驶证"},
                new String[] {"无生日", "E12345678", "侨眷", null, null, null, null, null, "2026-11-01", "x", "中国护照", null, null, "女"},
                new String[] {"老格式", id("44078319500101009"), "归侨", null, null, null, null, null, "2026-11-01", "老格式"});
        BeneficiaryImport.Report checked = new BeneficiaryImport(worker, VAULT).run(new ByteArrayInputStream(file), false,
                BeneficiaryImport.Progress.NONE);
        assertThat(checked.errors()).extracting(BeneficiaryImport.RowError::row, e -> e.column(org.qiaoyun.api.Text.CHINESE))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "证件号码"), // the same holder's older permit
                        org.assertj.core.groups.Tuple.tuple(6, "证件号码"),
                        org.assertj.core.groups.Tuple.tuple(7, "签发国家"),
                        org.assertj.core.groups.Tuple.tuple(8, "证件类型"),
                        org.assertj.core.groups.Tuple.tuple(9, "出生日期"));
        assertThat(checked.errors().get(1).text().in(org.qiaoyun.api.Text.CHINESE, BeneficiaryImportTest.class.getClassLoader()))
                .isEqualTo("这个港澳台居民居住证号码的校验码不对");
        BeneficiaryImport.Report imported = new BeneficiaryImport(worker, VAULT).run(new ByteArrayInputStream(file), true,
                BeneficiaryImport.Progress.NONE);
        assertThat(imported.imported()).isEqualTo(4);
        var people = new Beneficiaries(worker, VAULT).search(null, null, 0, 10);
        assertThat(people).extracting(Beneficiary::name, b -> b.documentKind().name(), Beneficiary::maskedId, Beneficiary::male)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("陈美玲", "FOREIGN_PASSPORT", "A****567", false),
                        org.assertj.core.groups.Tuple.tuple("梁家辉", "HK_MACAO_PERMIT", "H*****678", true),
                        org.assertj.core.groups.Tuple.tuple("何婆", "HMT_RESIDENCE_PERMIT", "8100**********" + permit.substring(14), true),
                        org.assertj.core.groups.Tuple.tuple("老格式", "RESIDENT_ID", people.stream().filter(b -> b.name().equals("老格式"))
                                .findFirst().orElseThrow().maskedId(), true));
        assertThat(people.stream().filter(b -> b.name().equals("何婆")).findFirst().orElseThrow().birthDate())
                .as("from the residence permit's number").isEqualTo(java.time.LocalDate.of(1970, 5, 5));
    }

    @Test
    void notAWorkbookIsRefused() {
        TestTenantScope worker = new TestTenantScope(unit, "importing", "worker", "caseworker");
        assertThatThrownBy(() -> new BeneficiaryImport(worker, VAULT).run(new ByteArrayInputStream("hello".getBytes()), false, BeneficiaryImport.Progress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(".xlsx");
    }
}
