package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Campaigns on the aid module's screens, in 台山 with its demo records (a 春节送温暖 campaign approved, the volunteer
 * its visitor): a caseworker drafts and picks, an admin approves after a confirmation, the volunteer records a visit
 * on a 390-pixel phone and never sees an ID number.
 */
class CampaignScreensTest extends ScreenTest {

    private static final String T = "t/gd-jiangmen-taishan/aid/";

    @BeforeAll
    static void fillTheDemoFederations() {
        kernel.fillDemoRecords();
    }

    private static List<String> rows(Grid<Object> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i).toString()).toList();
    }

    @Test
    void aCaseworkerDraftsACampaignPicksItsHouseholdsAndAnAdminApprovesTheListOnce() {
        signInAndOpen("taishan-caseworker", T + "campaigns");
        @SuppressWarnings("unchecked")
        Grid<Object> campaigns = _get(Grid.class, s -> s.withId("aid-campaigns"));
        assertThat(rows(campaigns)).anySatisfy(row -> assertThat(row).contains("春节送温暖", "送温暖", "走访中"));

        _click(_get(Button.class, s -> s.withId("aid-campaign-new")));
        _click(_get(Button.class, s -> s.withId("aid-campaign-save")));
        TextField name = _get(TextField.class, s -> s.withId("aid-campaign-name"));
        BigDecimalField budget = _get(BigDecimalField.class, s -> s.withId("aid-campaign-budget"));
        assertThat(name.isInvalid()).as("every missing field at once").isTrue();
        assertThat(budget.isInvalid()).isTrue();
        _setValue(name, "元宵节慰问");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = _get(ComboBox.class, s -> s.withId("aid-campaign-kind"));
        choose(kind, "其他");
        _setValue(_get(DatePicker.class, s -> s.withId("aid-campaign-from")), LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(2));
        _setValue(_get(DatePicker.class, s -> s.withId("aid-campaign-to")), LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(1));
        @SuppressWarnings("unchecked")
        ComboBox<Object> fund = _get(ComboBox.class, s -> s.withId("aid-campaign-fund"));
        choose(fund, "2026年困难归侨侨眷帮扶资金");
        _setValue(budget, new BigDecimal("1000"));
        _setValue(_get(TextField.class, s -> s.withId("aid-campaign-areas")), "台城");
        _click(_get(Button.class, s -> s.withId("aid-campaign-save")));
        DatePicker to = _get(DatePicker.class, s -> s.withId("aid-campaign-to"));
        assertThat(to.isInvalid()).as("refused at its field").isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期");
        _setValue(to, LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(9));
        _click(_get(Button.class, s -> s.withId("aid-campaign-save")));

        assertThat(_get(Span.class, s -> s.withId("aid-campaign-status")).getText()).isEqualTo("草稿");
        _click(_get(Button.class, s -> s.withId("aid-campaign-pick")));
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-pick-cash")), new BigDecimal("100"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> visitor = _get(ComboBox.class, s -> s.withId("aid-pick-visitor"));
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(visitor)).as("the federation's people who visit")
                .contains("taishan-caseworker", "taishan-volunteer").doesNotContain("taishan-viewer", "taishan-adviser", "kaiping-admin");
        choose(visitor, "taishan-volunteer");
        _click(_get(Button.class, s -> s.withId("aid-pick-save")));
        NotificationsKt.expectNotifications("已新建活动：元宵节慰问", "已加入 7 户，另有 0 人未加入（已在名单中或本学年已获助学金）");
        @SuppressWarnings("unchecked")
        Grid<Object> households = _get(Grid.class, s -> s.withId("aid-campaign-households"));
        assertThat(rows(households)).hasSize(7).allSatisfy(row -> assertThat(row).contains("¥100.00", "taishan-volunteer", "待走访")
                .doesNotContain("4407"));

        // one more, added by name, with the area the public list shows
        _click(_get(Button.class, s -> s.withId("aid-campaign-add")));
        _click(_get(Button.class, s -> s.withId("aid-pick-save")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> person = _get(ComboBox.class, s -> s.withId("aid-pick-person"));
        assertThat(person.isInvalid()).as("the person is asked for").isTrue();
        _setValue(person, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(person).stream()
                .filter(b -> person.getItemLabelGenerator().apply(b).startsWith("甄婆婆")).findFirst().orElseThrow());
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-pick-cash")), new BigDecimal("100"));
        _click(_get(Button.class, s -> s.withId("aid-pick-save")));
        assertThat(_get(BigDecimalField.class, s -> s.withId("aid-pick-cash")).isVisible()).isTrue();
        assertThat(person.getErrorMessage()).as("in the list already, said at the person").isEqualTo("此人已在本活动名单中");
        _click(_get(Button.class, s -> s.withText("取消")));

        // one household is handed goods besides the cash, and visited by the caseworker instead
        String first = GridKt._getFormattedRow(households, 0).get(0);
        com.vaadin.flow.component.Component cell = GridKt._getCellComponent(households, 0, "remove");
        _click(_get(cell, Button.class, s -> s.withText("修改")));
        assertThat(_get(BigDecimalField.class, s -> s.withId("aid-pick-cash")).getValue()).as("what it was").isEqualByComparingTo("100");
        _setValue(_get(TextField.class, s -> s.withId("aid-pick-goods")), "大米一袋");
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("aid-pick-quantity")), 1);
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-pick-goods-value")), new BigDecimal("60"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> other = _get(ComboBox.class, s -> s.withId("aid-pick-visitor"));
        choose(other, "taishan-caseworker");
        _click(_get(Button.class, s -> s.withId("aid-pick-save")));
        NotificationsKt.expectNotifications("已修改 " + first + " 的发放内容");
        @SuppressWarnings("unchecked")
        Grid<Object> changed = _get(Grid.class, s -> s.withId("aid-campaign-households"));
        assertThat(rows(changed)).anySatisfy(row -> assertThat(row).contains("¥100.00，大米一袋 × 1（¥60.00）", "taishan-caseworker"));

        // the draft's budget drawn from a second fund as well; a line without its amount is refused at that line
        _click(_get(Button.class, s -> s.withId("aid-campaign-change")));
        assertThat(_get(TextField.class, s -> s.withId("aid-campaign-name")).getValue()).isEqualTo("元宵节慰问");
        _click(_get(Button.class, s -> s.withId("aid-campaign-add-fund")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> second = _get(ComboBox.class, s -> s.withId("aid-campaign-fund-1"));
        choose(second, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(second).stream()
                .map(f -> second.getItemLabelGenerator().apply(f)).filter(n -> !n.equals("2026年困难归侨侨眷帮扶资金")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("aid-campaign-save")));
        assertThat(_get(BigDecimalField.class, s -> s.withId("aid-campaign-budget-1")).isInvalid()).as("the second line's amount").isTrue();
        assertThat(_get(BigDecimalField.class, s -> s.withId("aid-campaign-budget")).isInvalid()).as("the first line is fine").isFalse();
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-campaign-budget-1")), new BigDecimal("500"));
        _click(_get(Button.class, s -> s.withId("aid-campaign-save")));
        NotificationsKt.expectNotifications("已修改活动：元宵节慰问");
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("aid-campaign-account"))
                .getElement().getTextRecursively()).contains("¥1,500.00");

        // one taken off the list again, after a confirmation
        @SuppressWarnings("unchecked")
        Grid<Object> again = _get(Grid.class, s -> s.withId("aid-campaign-households"));
        Button remove = _get(GridKt._getCellComponent(again, 0, "remove"), Button.class, s -> s.withText("移出名单"));
        assertThat(remove.getText()).isEqualTo("移出名单");
        _click(remove);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        @SuppressWarnings("unchecked")
        Grid<Object> fewer = _get(Grid.class, s -> s.withId("aid-campaign-households"));
        assertThat(fewer).isNotNull();
        assertThat(GridKt._size(fewer)).isEqualTo(6);

        // who built the list gives a first approval only
        _click(_get(Button.class, s -> s.withId("aid-campaign-approve")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        NotificationsKt.expectNotifications("已初审：名单由您编制或超出您的审批权限，还须另一人审批");
        assertThat(_get(Span.class, s -> s.withId("aid-campaign-status")).getText()).isEqualTo("草稿");

        String campaign = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        signInAndOpen("taishan-admin", campaign);
        _click(_get(Button.class, s -> s.withId("aid-campaign-approve")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("名单已审批");
        assertThat(_get(Span.class, s -> s.withId("aid-campaign-status")).getText()).isEqualTo("已审批");
        assertThat(_find(Button.class, s -> s.withId("aid-campaign-pick"))).as("an approved list no longer changes").isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("aid-campaign-notice")).getText())
                .isEqualTo("下载公示名单（电子表格）");
    }

    /** A county keeps its list in Excel: the caseworker imports it into a draft; a wrong row is named, the right ones added when chosen. */
    @Test
    void aCaseworkerImportsACampaignsListFromASpreadsheet() throws Exception {
        String seventeen = "44078119440404007";
        String registered = seventeen + org.qiaoyun.api.personal.ResidentId.checkCharacter(seventeen);
        String unknown = "44078119440404015" + org.qiaoyun.api.personal.ResidentId.checkCharacter("44078119440404015");
        signInAndOpen("taishan-caseworker", T + "beneficiaries");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class, s -> s.withId("aid-import")),
                "people.xlsx", workbook(new String[] {"姓名 Name"}, new String[] {"司徒伯", registered, "归侨", "空巢老人", null, null, null, null,
                        "2026-11-01", "司徒伯"}));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-import-summary")).getText())
                .isEqualTo("已导入 1 名帮扶对象。");
        _click(_get(Button.class, s -> s.withText("关闭")));

        signInAndOpen("taishan-caseworker", T + "campaigns");
        _click(_get(Button.class, s -> s.withId("aid-campaign-new")));
        _setValue(_get(TextField.class, s -> s.withId("aid-campaign-name")), "重阳节慰问");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = _get(ComboBox.class, s -> s.withId("aid-campaign-kind"));
        choose(kind, "其他");
        LocalDate today = LocalDate.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai")));
        _setValue(_get(DatePicker.class, s -> s.withId("aid-campaign-from")), today.plusDays(1));
        _setValue(_get(DatePicker.class, s -> s.withId("aid-campaign-to")), today.plusDays(20));
        @SuppressWarnings("unchecked")
        ComboBox<Object> fund = _get(ComboBox.class, s -> s.withId("aid-campaign-fund"));
        choose(fund, "2026年困难归侨侨眷帮扶资金");
        _setValue(_get(BigDecimalField.class, s -> s.withId("aid-campaign-budget")), new BigDecimal("2000"));
        _click(_get(Button.class, s -> s.withId("aid-campaign-save")));
        NotificationsKt.expectNotifications("已新建活动：重阳节慰问");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("aid-campaign-template")).getText()).isEqualTo("下载名单模板");

        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class,
                s -> s.withId("aid-campaign-import")), "list.xlsx", workbook(new String[] {"证件号码 ID document number"},
                new String[] {registered, null, null, "台城", "300", null, null, null, "taishan-volunteer"},
                new String[] {unknown, null, null, "台城", "300"}));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("aid-import-summary")).getText())
                .isEqualTo("共 2 行，其中 1 行有效，1 处错误。存在错误时未导入任何数据。");
        @SuppressWarnings("unchecked")
        Grid<Object> errors = _get(Grid.class, s -> s.withId("aid-import-errors"));
        assertThat(GridKt._getFormattedRow(errors, 0)).contains("3", "没有以这个证件登记的帮扶对象：请先登记此人");
        _click(_get(Button.class, s -> s.withId("aid-import-valid")));
        NotificationsKt.expectNotifications("已加入 1 户。");
        @SuppressWarnings("unchecked")
        Grid<Object> households = _get(Grid.class, s -> s.withId("aid-campaign-households"));
        assertThat(rows(households)).singleElement().satisfies(row -> assertThat(row).contains("司徒伯", "台城", "¥300.00", "taishan-volunteer")
                .doesNotContain(seventeen));
    }

    /** A workbook whose first sheet has {@code header} in its first row and {@code rows} below. */
    private static byte[] workbook(String[] header, String[]... rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet();
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theVolunteerRecordsAVisitOnA390PixelPhoneAndSeesNoIdNumber() {
        UI.getCurrent().getInternals().setExtendedClientDetails(UtilsKt.createExtendedClientDetails(
                "390", "844", "390", "700", "390", "700", "0", "0", "0", "false", "Asia/Shanghai", null, "true", "3.0", "w1", "iPhone"));
        signInAndOpen("taishan-volunteer", T + "visits");
        List<Div> cards = _find(Div.class, s -> s.withClasses("aid-visit-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(4);
        Div card = cards.stream().filter(c -> !_find(c, Button.class).isEmpty()).findFirst().orElseThrow();
        assertThat(card.getStyle().get("width")).as("the card takes the phone's width, never more").isEqualTo("100%");
        assertThat(card.getStyle().get("box-sizing")).isEqualTo("border-box");
        assertThat(card.getStyle().get("overflow-wrap")).as("long words wrap at 390 px").isEqualTo("anywhere");
        String shown = card.getElement().getTextRecursively();
        assertThat(shown).contains("春节送温暖", "台城街道侨乡路", "发放：¥500.00，大米一袋、食用油一桶 × 1（¥80.00）").doesNotContain("4407");

        String person = _get(card, com.vaadin.flow.component.html.H3.class).getText();
        _click(_find(card, Button.class).get(0));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> handed = _get(RadioButtonGroup.class, s -> s.withId("aid-visit-handed"));
        _setValue(handed, false);
        _click(_get(Button.class, s -> s.withId("aid-visit-save")));
        TextArea reason = _get(TextArea.class, s -> s.withId("aid-visit-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("请说明未发放的原因");
        _setValue(reason, "家中无人，邻居说已到广州过年");
        _click(_get(Button.class, s -> s.withId("aid-visit-save")));
        NotificationsKt.expectNotifications("已登记走访：" + person);
        assertThat(_find(Span.class, s -> s.withText("未发放 · " + org.qiaoyun.screens.Formats.date(LocalDate.now(
                kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))), java.util.Locale.CHINESE)))).isNotEmpty();
    }

    @Test
    void aVolunteerDoesNotOpenTheCampaignsNorFindsThemInTheMenu() {
        signInAndOpen("taishan-volunteer", T + "campaigns");
        assertNotFound();
        signInAndOpen("taishan-volunteer", "");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class, s -> s.withId("menu-aid-campaigns"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class, s -> s.withId("menu-aid-visits"))).hasSize(1);
    }

    private static void choose(ComboBox<Object> box, String label) {
        _setValue(box, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box).stream()
                .filter(item -> box.getItemLabelGenerator().apply(item).equals(label)).findFirst().orElseThrow());
    }
}
