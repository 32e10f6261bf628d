package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.module.ModuleState;

/** The aid module's screens, as a caseworker of 台山 uses them. */
class AidScreensTest extends ScreenTest {

    @Test
    void aidModuleRunsAndIsInTheMenuWithItsScreens() {
        assertThat(kernel.modules().find("aid").orElseThrow().state()).isEqualTo(ModuleState.STARTED);
        signInAndOpen("taishan-caseworker", "");
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-aid"))).hasSize(1);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-aid-beneficiaries"))).hasSize(1);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-aid-case-:id"))).as("no menu entry for a parameterised screen").isEmpty();
    }

    @Test
    void aVolunteerFindsNoAidScreenInTheMenuAndOpensNoneByItsAddress() {
        signInAndOpen("taishan-volunteer", "");
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-aid"))).isEmpty();
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-aid-limits"))).isEmpty();
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-aid-funds"))).isEmpty();
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-volunteers"))).as("their own screens are there").hasSize(1);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-volunteers-rosters"))).as("the organisers' are not").isEmpty();
        signInAndOpen("taishan-volunteer", "t/gd-jiangmen-taishan/aid/funds");
        assertNotFound();
        signInAndOpen("taishan-organiser", "");
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-volunteers-rosters"))).hasSize(1);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-aid-beneficiaries"))).isEmpty();
    }

    @Test
    void caseworkerRegistersAPersonWithErrorsAtTheFieldAndSeesTheIdMasked() {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/beneficiaries");
        _click(_get(Button.class, s -> s.withId("aid-register")));
        _setValue(_get(TextField.class, s -> s.withLabel("姓名")), "甄婆婆");
        TextField id = _get(TextField.class, s -> s.withId("aid-resident-id"));
        String good = withCheck("44078119300506002");
        _setValue(id, good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1'));
        @SuppressWarnings("unchecked")
        ComboBox<Object> category = _get(ComboBox.class, s -> s.withLabel("类别"));
        choose(category, "侨眷");
        _setValue(_get(TextField.class, s -> s.withLabel("同意人")), "甄婆婆");
        _click(_get(Button.class, s -> s.withId("aid-register-save")));
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).as("the platform's rule, in the screen's language").isEqualTo("这个身份证号码的校验码不对");

        _setValue(id, withCheck("44078119300506002"));
        _click(_get(Button.class, s -> s.withId("aid-register-save")));
        NotificationsKt.expectNotifications("已登记：甄婆婆");
        @SuppressWarnings("unchecked")
        Grid<Object> people = _get(Grid.class, s -> s.withId("aid-people"));
        List<String> rows = IntStream.range(0, GridKt._size(people)).mapToObj(i -> GridKt._getFormattedRow(people, i).toString()).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("甄婆婆", "4407**********" + withCheck("44078119300506002").substring(14))
                .doesNotContain(withCheck("44078119300506002")));
    }

    /** A Hong Kong resident registered by travel permit: the birth date and sex asked for, the kind shown with the masked number. */
    @Test
    void caseworkerRegistersAHongKongResidentByTravelPermit() {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/beneficiaries");
        _click(_get(Button.class, s -> s.withId("aid-register")));
        _setValue(_get(TextField.class, s -> s.withLabel("姓名")), "梁家辉");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = _get(ComboBox.class, s -> s.withId("aid-document-kind"));
        choose(kind, "港澳居民来往内地通行证");
        com.vaadin.flow.component.datepicker.DatePicker born = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                s -> s.withId("aid-birth-date"));
        assertThat(born.isVisible()).as("a permit's number carries no birth date").isTrue();
        TextField number = _get(TextField.class, s -> s.withId("aid-resident-id"));
        _setValue(number, "H1234567");
        @SuppressWarnings("unchecked")
        ComboBox<Object> category = _get(ComboBox.class, s -> s.withLabel("类别"));
        choose(category, "归侨");
        _setValue(_get(TextField.class, s -> s.withLabel("同意人")), "梁家辉");
        _click(_get(Button.class, s -> s.withId("aid-register-save")));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).startsWith("港澳居民来往内地通行证号码为 H 或 M 加 8 位数字");

        _setValue(number, "H24681357");
        _click(_get(Button.class, s -> s.withId("aid-register-save")));
        assertThat(born.isInvalid()).isTrue();
        assertThat(born.getErrorMessage()).isEqualTo("这种证件的号码不含出生日期，请填写出生日期");
        _setValue(born, java.time.LocalDate.of(1960, 1, 1));
        @SuppressWarnings("unchecked")
        ComboBox<Object> sex = _get(ComboBox.class, s -> s.withId("aid-gender"));
        choose(sex, "男");
        _click(_get(Button.class, s -> s.withId("aid-register-save")));
        NotificationsKt.expectNotifications("已登记：梁家辉");
        @SuppressWarnings("unchecked")
        Grid<Object> people = _get(Grid.class, s -> s.withId("aid-people"));
        List<String> rows = IntStream.range(0, GridKt._size(people)).mapToObj(i -> GridKt._getFormattedRow(people, i).toString()).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("梁家辉", "港澳居民来往内地通行证 H*****357").doesNotContain("H24681357"));
    }

    @Test
    void caseIsDraftedAndSubmittedFromItsScreenAndTheTimelineGrows() {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/beneficiaries");
        _click(_get(Button.class, s -> s.withId("aid-register")));
        _setValue(_get(TextField.class, s -> s.withLabel("姓名")), "伍伯");
        _setValue(_get(TextField.class, s -> s.withId("aid-resident-id")), withCheck("44078119400101003"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> category = _get(ComboBox.class, s -> s.withLabel("类别"));
        choose(category, "归侨");
        _setValue(_get(TextField.class, s -> s.withLabel("同意人")), "伍伯");
        _click(_get(Button.class, s -> s.withId("aid-register-save")));

        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid");
        _click(_get(Button.class, s -> s.withId("aid-new-case")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> person = _get(ComboBox.class, s -> s.withId("aid-case-beneficiary"));
        _setValue(person, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(person).stream()
                .filter(b -> person.getItemLabelGenerator().apply(b).startsWith("伍伯")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Object> type = _get(ComboBox.class, s -> s.withId("aid-case-type"));
        choose(type, "节日慰问");
        BigDecimalField amount = _get(BigDecimalField.class, s -> s.withId("aid-case-amount"));
        _setValue(amount, BigDecimal.ZERO);
        _click(_get(Button.class, s -> s.withId("aid-case-save")));
        assertThat(amount.isInvalid()).isTrue();
        _setValue(amount, new BigDecimal("300"));
        _click(_get(Button.class, s -> s.withId("aid-case-save")));

        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("草稿");
        _click(_get(Button.class, s -> s.withId("aid-step-submit")));
        _click(_get(Button.class, s -> s.withId("aid-step-go")));
        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("已提交");
        assertThat(_find(Button.class, s -> s.withId("aid-step-verify"))).hasSize(1);
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = _get(Grid.class, s -> s.withId("aid-case-timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(2);

        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid");
        assertThat(_get(Span.class, s -> s.withId("aid-sums")).getText()).contains("申请 ¥");
        openPerson("伍伯");
        @SuppressWarnings("unchecked")
        Grid<Object> history = _get(Grid.class, s -> s.withId("aid-person-cases"));
        assertThat(GridKt._size(history)).as("the person's cases over the years").isEqualTo(1);

        // the record changes (a new phone); the name may not be emptied
        _click(_get(Button.class, s -> s.withId("aid-person-edit")));
        TextField name = _get(TextField.class, s -> s.withId("aid-person-name"));
        _setValue(name, " ");
        _click(_get(Button.class, s -> s.withId("aid-person-save")));
        assertThat(name.isInvalid()).as("said at the field").isTrue();
        _setValue(name, "伍伯");
        _setValue(_get(TextField.class, s -> s.withId("aid-person-phone")), "13712345678");
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, s -> s.withId("aid-person-save")));
        NotificationsKt.expectNotifications("已保存");
        assertThat(_find(com.vaadin.flow.component.html.H2.class, s -> s.withText("伍伯"))).hasSize(1);
    }

    @Test
    void spreadsheetImportReportsBadRowsAndImportsTheValidOnesWhenAsked() throws Exception {
        String good = withCheck("44078119450606006");
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        byte[] file;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("姓名 Name");
            String[][] rows = {{"雷伯", good, "归侨", "空巢老人", null, null, null, null, "2026-11-01", "雷伯"},
                               {"错号", bad, "归侨", null, null, null, null, null, "2026-11-01", "错号"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/beneficiaries");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class,
                s -> s.withId("aid-import")), "people.xlsx", file);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-import-summary")).getText())
                .isEqualTo("共 2 行，其中 1 行有效，1 处错误。存在错误时未导入任何数据。");
        @SuppressWarnings("unchecked")
        Grid<Object> errors = _get(Grid.class, s -> s.withId("aid-import-errors"));
        assertThat(GridKt._getFormattedRow(errors, 0)).as("the column named in Chinese alone").containsExactly("3", "证件号码",
                "这个身份证号码的校验码不对");
        _click(_get(Button.class, s -> s.withId("aid-import-valid")));
        NotificationsKt.expectNotifications("已导入 1 名帮扶对象。");
        @SuppressWarnings("unchecked")
        Grid<Object> people = _get(Grid.class, s -> s.withId("aid-people"));
        assertThat(IntStream.range(0, GridKt._size(people)).mapToObj(i -> GridKt._getFormattedRow(people, i).toString()))
                .anyMatch(row -> row.contains("雷伯"));
    }

    @Test
    void largeFileIsCheckedInTheBackgroundWithAProgressBar() throws Exception {
        byte[] file;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("姓名 Name");
            for (int r = 1; r <= 3000; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("批量" + r);
                row.createCell(1).setCellValue(withCheck(String.format("44078119%02d0101%03d", 40 + r % 50, r % 1000)));
                row.createCell(2).setCellValue("外星人"); // every row wrong: nothing is imported, the report lists them
                row.createCell(8).setCellValue("2026-11-01");
                row.createCell(9).setCellValue("批量" + r);
            }
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        assertThat(file.length).isGreaterThan(64 * 1024);
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/beneficiaries");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class,
                s -> s.withId("aid-import")), "many.xlsx", file);
        assertThat(_find(com.vaadin.flow.component.progressbar.ProgressBar.class, s -> s.withId("aid-import-progress"))).hasSize(1);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isEqualTo(500);
        long deadline = System.currentTimeMillis() + 60_000;
        while (_find(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-import-summary")).isEmpty()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        }
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-import-summary")).getText())
                .isEqualTo("共 3,000 行，其中 0 行有效，3,000 处错误。存在错误时未导入任何数据。");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void adminSetsTheApprovalLimitsCaseworkersOnlySeeThem() {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/limits");
        assertThat(_get(BigDecimalField.class, s -> s.withId("aid-limit-caseworker")).isReadOnly()).isTrue();
        signInAndOpen("taishan-admin", "t/gd-jiangmen-taishan/aid/limits");
        BigDecimalField caseworker = _get(BigDecimalField.class, s -> s.withId("aid-limit-caseworker"));
        _setValue(caseworker, new BigDecimal("-1"));
        _click(_get(Button.class, s -> s.withId("aid-limit-save-caseworker")));
        assertThat(caseworker.isInvalid()).isTrue();
        _setValue(caseworker, new BigDecimal("800"));
        _click(_get(Button.class, s -> s.withId("aid-limit-save-caseworker")));
        NotificationsKt.expectNotifications("已保存：帮扶专干");
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/limits");
        assertThat(_get(BigDecimalField.class, s -> s.withId("aid-limit-caseworker")).getValue()).isEqualByComparingTo("800");
    }

    /** A new county opens its first fund and records the money it received, all on screen. */
    @Test
    void adminOpensAFundAndRecordsAReceiptWithErrorsAtTheFieldAfterConfirming() {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/funds");
        assertThat(_find(Button.class, s -> s.withId("aid-fund-open"))).as("opening funds is for admins").isEmpty();

        signInAndOpen("taishan-admin", "t/gd-jiangmen-taishan/aid/funds");
        _click(_get(Button.class, s -> s.withId("aid-fund-open")));
        _click(_get(Button.class, s -> s.withId("aid-fund-save")));
        TextField name = _get(TextField.class, s -> s.withId("aid-fund-name"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> source = _get(ComboBox.class, s -> s.withId("aid-fund-source"));
        assertThat(name.isInvalid()).as("every missing field at once").isTrue();
        assertThat(source.isInvalid()).isTrue();
        _setValue(name, "春节慰问金");
        choose(source, "侨捐");
        _setValue(_get(TextField.class, s -> s.withId("aid-fund-donor")), "旅美台山同乡会");
        _click(_get(Button.class, s -> s.withId("aid-fund-save")));

        assertThat(_get(com.vaadin.flow.component.html.H2.class, s -> s.withText("春节慰问金"))).isNotNull();
        assertThat(_get(Span.class, s -> s.withId("aid-fund-balance")).getText()).isEqualTo("余额 ¥0.00");
        @SuppressWarnings("unchecked")
        Grid<Object> ledger = _get(Grid.class, s -> s.withId("aid-ledger"));
        assertThat(GridKt._size(ledger)).isZero();
        assertThat(ledger.getEmptyStateComponent()).as("an empty ledger says what to do first").isNotNull();

        _click(_get(Button.class, s -> s.withId("aid-receipt-open")));
        BigDecimalField amount = _get(BigDecimalField.class, s -> s.withId("aid-receipt-amount"));
        _setValue(amount, new BigDecimal("0"));
        _click(_get(Button.class, s -> s.withId("aid-receipt-save")));
        assertThat(amount.isInvalid()).as("refused at the field, before any question").isTrue();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        _setValue(amount, new BigDecimal("12345"));
        _setValue(_get(TextField.class, s -> s.withId("aid-receipt-note")), "同乡会春节捐款");
        _click(_get(Button.class, s -> s.withId("aid-receipt-save")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_get(Span.class, s -> s.withId("aid-fund-balance")).getText()).isEqualTo("余额 ¥12,345.00");
        assertThat(GridKt._size(ledger)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(ledger, 0)).contains("收入", "¥12,345.00", "taishan-admin", "同乡会春节捐款");

        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/funds");
        @SuppressWarnings("unchecked")
        Grid<Object> funds = _get(Grid.class, s -> s.withId("aid-funds"));
        assertThat(IntStream.range(0, GridKt._size(funds)).mapToObj(i -> GridKt._getFormattedRow(funds, i).toString()))
                .anyMatch(row -> row.contains("春节慰问金") && row.contains("侨捐") && row.contains("¥12,345.00"));
        assertThat(_find(Button.class, s -> s.withId("aid-receipt-open"))).isEmpty();
    }

    /** A wrong receipt is reversed (冲正) with a reason: a line the other way, the original marked, the balance back. */
    @Test
    void adminReversesAWrongReceiptWithAReasonAndTheLedgerKeepsBothLines() {
        signInAndOpen("taishan-admin", "t/gd-jiangmen-taishan/aid/funds");
        _click(_get(Button.class, s -> s.withId("aid-fund-open")));
        _setValue(_get(TextField.class, s -> s.withId("aid-fund-name")), "助学金");
        @SuppressWarnings("unchecked")
        ComboBox<Object> source = _get(ComboBox.class, s -> s.withId("aid-fund-source"));
        choose(source, "财政预算");
        _click(_get(Button.class, s -> s.withId("aid-fund-save")));
        _click(_get(Button.class, s -> s.withId("aid-receipt-open")));
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-receipt-amount")), new BigDecimal("8000"));
        _click(_get(Button.class, s -> s.withId("aid-receipt-save")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        @SuppressWarnings("unchecked")
        Grid<Object> ledger = _get(Grid.class, s -> s.withId("aid-ledger"));
        ((Button) GridKt._getCellComponent(ledger, 0, "reverse")).click();
        _click(_get(Button.class, s -> s.withId("aid-reverse-confirm")));
        TextField reason = _get(TextField.class, s -> s.withId("aid-reverse-reason"));
        assertThat(reason.isInvalid()).as("no reversal without a reason").isTrue();
        _setValue(reason, "金额录错，应为 800 元");
        _click(_get(Button.class, s -> s.withId("aid-reverse-confirm")));

        assertThat(_get(Span.class, s -> s.withId("aid-fund-balance")).getText()).isEqualTo("余额 ¥0.00");
        assertThat(GridKt._size(ledger)).isEqualTo(2);
        List<String> rows = IntStream.range(0, 2).mapToObj(i -> GridKt._getFormattedRow(ledger, i).toString()).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("冲正", "¥8,000.00", "金额录错，应为 800 元"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("收入", "¥8,000.00"));
        assertThat(IntStream.range(0, 2).mapToObj(i -> GridKt._getCellComponent(ledger, i, "reverse")))
                .as("a line is reversed once; a reversal is not reversed").noneMatch(Button.class::isInstance);
    }

    @Test
    void parentsAdminCannotOpenTheModulesScreensOfAChild() {
        signInAndOpen("jiangmen-admin", "t/gd-jiangmen-taishan/aid");
        assertNotFound();
        assertThat(_find(Component.class, s -> s.withId("aid-cases-view"))).isEmpty();
    }

    /** The case screen offers exactly the steps of the workflow's table the person may take, the new ones too. */
    @Test
    void aDraftIsWithdrawnAfterAQuestionAndAnApprovedCaseNeverPaidIsClosedWithAReason() {
        openNewCase("谭伯", "44078119380707007");
        _click(_get(Button.class, s -> s.withId("aid-step-withdraw")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("已撤回");
        assertThat(_find(Button.class, s -> s.withId("aid-step-submit"))).as("a withdrawn case offers nothing").isEmpty();

        openNewCase("谭婆", "44078119390808008");
        String caseRoute = submitAndVerifyOnScreen();
        assertThat(_find(Button.class, s -> s.withId("aid-step-close-unpaid"))).isEmpty();
        signInAndOpen("taishan-admin", caseRoute);
        _click(_get(Button.class, s -> s.withId("aid-step-approve")));
        _click(_get(Button.class, s -> s.withId("aid-step-go")));
        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("已批准");
        _click(_get(Button.class, s -> s.withId("aid-step-close-unpaid")));
        _click(_get(Button.class, s -> s.withId("aid-close-unpaid-confirm")));
        TextField reason = _get(TextField.class, s -> s.withId("aid-close-unpaid-reason"));
        assertThat(reason.isInvalid()).as("nothing happens without a reason").isTrue();
        _setValue(reason, "已迁居外省");
        _click(_get(Button.class, s -> s.withId("aid-close-unpaid-confirm")));
        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("已结案");
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = _get(Grid.class, s -> s.withId("aid-case-timeline"));
        assertThat(GridKt._getFormattedRow(timeline, GridKt._size(timeline) - 1)).contains("未发放结案", "已迁居外省");
    }

    /** Holiday-visit goods (节日慰问): a case in kind asks no cash, says what is given, and its screen shows it. */
    @Test
    void aHolidayVisitInKindIsDraftedWithoutCashAndItsGoodsShowOnTheCase() {
        registerPerson("甄伯", "44078119360606006");
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid");
        _click(_get(Button.class, s -> s.withId("aid-new-case")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> person = _get(ComboBox.class, s -> s.withId("aid-case-beneficiary"));
        _setValue(person, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(person).stream()
                .filter(b -> person.getItemLabelGenerator().apply(b).startsWith("甄伯")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Object> type = _get(ComboBox.class, s -> s.withId("aid-case-type"));
        choose(type, "节日慰问");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("aid-case-in-kind")), true);
        _click(_get(Button.class, s -> s.withId("aid-case-save")));
        TextField goods = _get(TextField.class, s -> s.withId("aid-case-goods"));
        assertThat(goods.isInvalid()).as("goods said at their field").isTrue();
        _setValue(goods, "月饼两盒、大米一袋");
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-case-goods-value")), new BigDecimal("260"));
        _click(_get(Button.class, s -> s.withId("aid-case-save")));
        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("草稿");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-case-goods")).getText())
                .isEqualTo("实物：月饼两盒、大米一袋，估值 ¥260.00；尚未送达");
    }

    /** A bill kept with a case and a certificate with the person, on their screens; a viewer reads them and adds none. */
    @Test
    void aCaseworkerKeepsABillWithACaseAndACertificateWithThePersonAndAViewerOnlyReadsThem() {
        openNewCase("关伯", "44078119410909009");
        String caseRoute = "t/gd-jiangmen-taishan/aid/case/" + com.vaadin.flow.component.UI.getCurrent().getInternals()
                .getActiveViewLocation().getPath().replaceAll(".*/", "");
        com.vaadin.flow.component.upload.Upload upload = _get(com.vaadin.flow.component.upload.Upload.class,
                s -> s.withId("attachments-upload"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "程序.pdf", "application/pdf", "MZ not a pdf".getBytes());
        assertThat(_get(Span.class, s -> s.withId("attachments-refusal")).getText())
                .as("told at the upload, in Chinese").isEqualTo("只能上传 PDF、JPEG、PNG 图片或 Word、Excel 文件（按文件内容判断，不看文件名）");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "住院账单.pdf", "application/pdf", "%PDF-1.4 bill".getBytes());
        @SuppressWarnings("unchecked")
        Grid<Object> files = _get(Grid.class, s -> s.withId("attachments-files"));
        assertThat(GridKt._size(files)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(files, 0)).contains("taishan-caseworker");

        signInAndOpen("taishan-viewer", caseRoute);
        @SuppressWarnings("unchecked")
        Grid<Object> seen = _get(Grid.class, s -> s.withId("attachments-files"));
        assertThat(GridKt._size(seen)).as("a viewer reads the case's papers").isEqualTo(1);
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, s -> s.withId("attachments-upload"))).as("and adds none").isEmpty();
        assertThat(seen.getColumnByKey("remove")).as("nor removes one").isNull();

        openPerson("关伯");
        @SuppressWarnings("unchecked")
        Grid<Object> papers = _get(Grid.class, s -> s.withId("attachments-files"));
        assertThat(GridKt._size(papers)).as("the case's bill is the case's, not the person's").isZero();
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class,
                s -> s.withId("attachments-upload")), "贫困证明.pdf", "application/pdf", "%PDF-1.4 certificate".getBytes());
        assertThat(GridKt._getFormattedRow(papers, 0).toString()).contains("贫困证明.pdf");
    }

    /**
     * A monthly allowance on screen: a decider sets it on an approved case (a wrong number of months said at its field),
     * a month paid from an empty fund stays due with the reason, on the case and on the work list, and is paid once
     * money has come.
     */
    @Test
    void aMonthlyAllowanceIsSetPaidFromAnEmptyFundLeftDueWithTheReasonThenPaid() {
        openNewCase("司徒婆", "44078119420202012");
        String caseRoute = submitAndVerifyOnScreen();
        assertThat(_find(Button.class, s -> s.withId("aid-schedule-set"))).as("not before approval").isEmpty();

        String fundRoute = openFund("定期补助金");

        signInAndOpen("taishan-admin", caseRoute);
        _click(_get(Button.class, s -> s.withId("aid-step-approve")));
        _click(_get(Button.class, s -> s.withId("aid-step-go")));
        _click(_get(Button.class, s -> s.withId("aid-schedule-set")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> fund = _get(ComboBox.class, s -> s.withId("aid-schedule-fund"));
        _setValue(fund, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(fund).stream()
                .filter(f -> fund.getItemLabelGenerator().apply(f).startsWith("定期补助金")).findFirst().orElseThrow());
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-schedule-monthly")), new BigDecimal("100"));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("aid-schedule-first")),
                java.time.LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))));
        com.vaadin.flow.component.textfield.IntegerField months = _get(com.vaadin.flow.component.textfield.IntegerField.class,
                s -> s.withId("aid-schedule-months"));
        _setValue(months, 4);
        _click(_get(Button.class, s -> s.withId("aid-schedule-save")));
        assertThat(months.isInvalid()).as("four months of 100 are more than the 300 approved").isTrue();
        assertThat(months.getErrorMessage()).isEqualTo("定期救助共 ¥400.00，超过了个案已批准而未发放的 ¥300.00");
        _setValue(months, 3);
        _click(_get(Button.class, s -> s.withId("aid-schedule-save")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-schedule-summary")).getText())
                .startsWith("每月 ¥100.00，").endsWith("共 3 个月，已发放 0 个月。");
        String month = java.time.YearMonth.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).toString();
        _click(payButton(0));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-schedule-refusal")).getText())
                .as("the empty fund said on the case").startsWith(month + " 未能发放：").contains("定期补助金");

        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid");
        @SuppressWarnings("unchecked")
        Grid<Object> due = _get(Grid.class, s -> s.withId("aid-payments-due"));
        assertThat(IntStream.range(0, GridKt._size(due)).mapToObj(i -> GridKt._getFormattedRow(due, i).toString()))
                .as("on the work list, with the reason").anySatisfy(row -> assertThat(row).contains("司徒婆", month, "¥100.00", "定期补助金"));

        signInAndOpen("taishan-admin", fundRoute);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("aid-donor-report"))).as("the donor report to export")
                .hasSize(1);
        receive("1000");
        signInAndOpen("taishan-caseworker", caseRoute);
        _click(payButton(0));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-schedule-summary")).getText())
                .endsWith("已发放 1 个月。");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-schedule-refusal"))).as("the reason is over").isEmpty();
        assertThat(payButton(0).isVisible()).as("never twice").isFalse();
        assertThat(payButton(1).isVisible()).as("nor a month ahead").isFalse();

        signInAndOpen("taishan-viewer", caseRoute);
        assertThat(_find(Button.class, s -> s.withId("aid-schedule-stop"))).as("a viewer stops nothing").isEmpty();
        signInAndOpen("taishan-admin", caseRoute);
        _click(_get(Button.class, s -> s.withId("aid-schedule-stop")));
        _click(_get(Button.class, s -> s.withId("aid-schedule-stop-confirm")));
        TextField reason = _get(TextField.class, s -> s.withId("aid-schedule-stop-reason"));
        assertThat(reason.isInvalid()).as("nothing stops without a reason").isTrue();
        _setValue(reason, "已迁居外省");
        _click(_get(Button.class, s -> s.withId("aid-schedule-stop-confirm")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-schedule-summary")).getText())
                .endsWith("已停止：已迁居外省");
        assertThat(_find(Button.class, s -> s.withId("aid-schedule-stop"))).isEmpty();
    }

    /**
     * A case paid in full from a fund through the case's payment step: the ledger shows the payment with its amounts
     * whole (never cut on a phone), and the case no longer offers a monthly allowance, having nothing left to pay.
     */
    @Test
    void aCasePaidInFullOnScreenLeavesNothingToScheduleAndTheLedgerShowsItsAmountsWhole() {
        openNewCase("黄婆", "44078119450505015");
        String caseRoute = submitAndVerifyOnScreen();
        String fundRoute = openFund("慰问专项金");
        receive("500");
        signInAndOpen("taishan-admin", caseRoute);
        _click(_get(Button.class, s -> s.withId("aid-step-approve")));
        _click(_get(Button.class, s -> s.withId("aid-step-go")));

        signInAndOpen("taishan-caseworker", caseRoute);
        assertThat(_find(Button.class, s -> s.withId("aid-schedule-set"))).as("approved and unpaid: a monthly allowance may pay it")
                .hasSize(1);
        _click(_get(Button.class, s -> s.withId("aid-step-disburse")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> fund = _get(ComboBox.class, s -> s.withId("aid-step-fund"));
        _setValue(fund, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(fund).stream()
                .filter(f -> fund.getItemLabelGenerator().apply(f).equals("慰问专项金 (¥500.00)")).findFirst().orElseThrow());
        assertThat(_get(BigDecimalField.class, s -> s.withId("aid-step-amount")).getValue()).as("what is left to pay")
                .isEqualByComparingTo("300");
        _click(_get(Button.class, s -> s.withId("aid-step-go")));
        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("已发放");
        assertThat(_find(Button.class, s -> s.withId("aid-schedule-set"))).as("paid in full: nothing left for a schedule").isEmpty();

        signInAndOpen("taishan-caseworker", fundRoute);
        assertThat(_get(Span.class, s -> s.withId("aid-fund-balance")).getText()).isEqualTo("余额 ¥200.00");
        @SuppressWarnings("unchecked")
        Grid<Object> ledger = _get(Grid.class, s -> s.withId("aid-ledger"));
        assertThat(GridKt._getFormattedRow(ledger, 0)).contains("支出", "¥300.00", "¥200.00", "taishan-caseworker");
        assertThat(List.of(ledger.getColumnByKey("amount"), ledger.getColumnByKey("balance")))
                .as("amount columns as wide as their amounts").allMatch(Grid.Column::isAutoWidth);
    }

    /** An admin opens a fund of budget money on screen; answers the fund's route, where the screen now is. */
    private static String openFund(String name) {
        signInAndOpen("taishan-admin", "t/gd-jiangmen-taishan/aid/funds");
        _click(_get(Button.class, s -> s.withId("aid-fund-open")));
        _setValue(_get(TextField.class, s -> s.withId("aid-fund-name")), name);
        @SuppressWarnings("unchecked")
        ComboBox<Object> source = _get(ComboBox.class, s -> s.withId("aid-fund-source"));
        choose(source, "财政预算");
        _click(_get(Button.class, s -> s.withId("aid-fund-save")));
        return "t/gd-jiangmen-taishan/aid/fund/" + com.vaadin.flow.component.UI.getCurrent().getInternals()
                .getActiveViewLocation().getPath().replaceAll(".*/", "");
    }

    /** Records money received into the fund on screen, confirming the amount. */
    private static void receive(String yuan) {
        _click(_get(Button.class, s -> s.withId("aid-receipt-open")));
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-receipt-amount")), new BigDecimal(yuan));
        _click(_get(Button.class, s -> s.withId("aid-receipt-save")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    /** Submits the case on screen and records its home visit; answers the case's route. */
    private static String submitAndVerifyOnScreen() {
        String caseRoute = "t/gd-jiangmen-taishan/aid/case/" + com.vaadin.flow.component.UI.getCurrent().getInternals()
                .getActiveViewLocation().getPath().replaceAll(".*/", "");
        _click(_get(Button.class, s -> s.withId("aid-step-submit")));
        _click(_get(Button.class, s -> s.withId("aid-step-go")));
        _click(_get(Button.class, s -> s.withId("aid-step-verify")));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("aid-step-visit-date")),
                java.time.LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).minusDays(1));
        _setValue(_get(TextField.class, s -> s.withId("aid-step-visitor")), "李社工");
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("aid-step-findings")), "独居，属实");
        _click(_get(Button.class, s -> s.withId("aid-step-go")));
        assertThat(_get(Span.class, s -> s.withId("aid-case-status")).getText()).isEqualTo("已核实");
        assertThat(_find(Button.class, s -> s.withId("aid-step-approve")))
                .as("who prepared the case is not offered its approval, though their role approves up to its limit").isEmpty();
        return caseRoute;
    }

    /** The pay button of row {@code row} of a case's periodic aid (a component in a grid's cell). */
    private static Button payButton(int row) {
        @SuppressWarnings("unchecked")
        Grid<Object> months = _get(Grid.class, s -> s.withId("aid-schedule-months"));
        return (Button) GridKt._getCellComponent(months, row, "pay");
    }

    /** An admin gives a case to a caseworker by a day, chosen among the federation's caseworkers and admins; the caseworker finds it under "mine". */
    @Test
    void anAdminGivesACaseToACaseworkerWhoFindsItUnderMine() {
        openNewCase("余伯", "44078119430303013");
        String caseRoute = "t/gd-jiangmen-taishan/aid/case/" + com.vaadin.flow.component.UI.getCurrent().getInternals()
                .getActiveViewLocation().getPath().replaceAll(".*/", "");
        signInAndOpen("taishan-admin", caseRoute);
        _click(_get(Button.class, s -> s.withId("aid-assign")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> assignee = _get(com.vaadin.flow.component.combobox.ComboBox.class,
                s -> s.withId("aid-assign-assignee"));
        assertThat(assignee.getValue()).as("the one who opens it, to begin with").isEqualTo("taishan-admin");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(assignee))
                .containsExactly("taishan-admin", "taishan-caseworker");
        java.time.LocalDate due = java.time.LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(10);
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("aid-assign-due")), due);
        _setValue(assignee, "taishan-caseworker");
        _click(_get(Button.class, s -> s.withId("aid-assign-save")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-case-assignment")).getText())
                .isEqualTo("承办：taishan-caseworker，" + due + " 前办结");
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = _get(Grid.class, s -> s.withId("aid-case-timeline"));
        assertThat(GridKt._getFormattedRow(timeline, GridKt._size(timeline) - 1)).contains("分派承办");

        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("aid-mine")), true);
        @SuppressWarnings("unchecked")
        Grid<Object> cases = _get(Grid.class, s -> s.withId("aid-cases"));
        assertThat(IntStream.range(0, GridKt._size(cases)).mapToObj(i -> GridKt._getFormattedRow(cases, i).toString()))
                .anySatisfy(row -> assertThat(row).contains("余伯", "taishan-caseworker", due.toString()));
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("aid-overdue")), true);
        assertThat(IntStream.range(0, GridKt._size(cases)).mapToObj(i -> GridKt._getFormattedRow(cases, i).toString()))
                .as("due in ten days: not overdue").noneSatisfy(row -> assertThat(row).contains("余伯"));
    }

    /** A caseworker refers the person to 低保 (the body said at its field when missing) and records that it was granted. */
    @Test
    void aCaseworkerRefersThePersonToDibaoAndRecordsTheOutcome() {
        openNewCase("伍婆", "44078119440404014");
        @SuppressWarnings("unchecked")
        Grid<Object> referrals = _get(Grid.class, s -> s.withId("aid-referrals"));
        assertThat(GridKt._size(referrals)).isZero();
        _click(_get(Button.class, s -> s.withId("aid-refer")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> scheme = _get(ComboBox.class, s -> s.withId("aid-refer-scheme"));
        choose(scheme, "低保");
        _click(_get(Button.class, s -> s.withId("aid-refer-save")));
        TextField body = _get(TextField.class, s -> s.withId("aid-refer-body"));
        assertThat(body.isInvalid()).as("the body is asked for").isTrue();
        _setValue(body, "台城街道民政办");
        _click(_get(Button.class, s -> s.withId("aid-refer-save")));
        @SuppressWarnings("unchecked")
        Grid<Object> kept = _get(Grid.class, s -> s.withId("aid-referrals"));
        assertThat(GridKt._getFormattedRow(kept, 0)).contains("低保", "台城街道民政办", "待答复");

        _click((Button) GridKt._getCellComponent(kept, 0, "record"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> outcome = _get(ComboBox.class, s -> s.withId("aid-outcome-choice"));
        choose(outcome, "已获救助");
        _setValue(_get(TextField.class, s -> s.withId("aid-outcome-note")), "每月 800 元");
        _click(_get(Button.class, s -> s.withId("aid-outcome-save")));
        @SuppressWarnings("unchecked")
        Grid<Object> decided = _get(Grid.class, s -> s.withId("aid-referrals"));
        assertThat(GridKt._getFormattedRow(decided, 0).toString()).contains("已获救助", "每月 800 元");
        assertThat(GridKt._getCellComponent(decided, 0, "record").isVisible()).as("recorded once").isFalse();
    }

    /** Opens a person's profile from the list of beneficiaries, as a caseworker does. */
    private static void openPerson(String name) {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/beneficiaries");
        @SuppressWarnings("unchecked")
        Grid<Object> people = _get(Grid.class, s -> s.withId("aid-people"));
        int row = IntStream.range(0, GridKt._size(people)).filter(i -> GridKt._getFormattedRow(people, i).contains(name))
                .findFirst().orElseThrow();
        GridKt._clickItem(people, row, people.getColumns().get(0), 0, false, false, false, false);
    }

    private static void registerPerson(String name, String seventeen) {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid/beneficiaries");
        _click(_get(Button.class, s -> s.withId("aid-register")));
        _setValue(_get(TextField.class, s -> s.withLabel("姓名")), name);
        _setValue(_get(TextField.class, s -> s.withId("aid-resident-id")), withCheck(seventeen));
        @SuppressWarnings("unchecked")
        ComboBox<Object> category = _get(ComboBox.class, s -> s.withLabel("类别"));
        choose(category, "归侨");
        _setValue(_get(TextField.class, s -> s.withLabel("同意人")), name);
        _click(_get(Button.class, s -> s.withId("aid-register-save")));
    }

    /** Registers a person and drafts a 300-yuan holiday visit for them, ending on the new case's screen. */
    private static void openNewCase(String name, String seventeen) {
        registerPerson(name, seventeen);
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid");
        _click(_get(Button.class, s -> s.withId("aid-new-case")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> person = _get(ComboBox.class, s -> s.withId("aid-case-beneficiary"));
        _setValue(person, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(person).stream()
                .filter(b -> person.getItemLabelGenerator().apply(b).startsWith(name)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Object> type = _get(ComboBox.class, s -> s.withId("aid-case-type"));
        choose(type, "节日慰问");
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-case-amount")), new BigDecimal("300"));
        _click(_get(Button.class, s -> s.withId("aid-case-save")));
    }

    /** Picks the item a combo box shows with this label (the items are the module's own classes). */
    private static void choose(ComboBox<Object> box, String label) {
        _setValue(box, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box).stream()
                .filter(item -> box.getItemLabelGenerator().apply(item).equals(label)).findFirst().orElseThrow());
    }

    private static String withCheck(String seventeen) {
        return seventeen + org.qiaoyun.api.personal.ResidentId.checkCharacter(seventeen);
    }
}
