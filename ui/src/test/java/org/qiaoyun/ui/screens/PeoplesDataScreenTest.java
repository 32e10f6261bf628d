package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A federation's admin answers a person who asks about their data on screen: finds them by phone, sees what the aid
 * module keeps, corrects their name (a wrong phone shown at its field), is asked before an erasure naming what goes
 * and told why it is refused while a case is in hand, makes the copy to download; sets how long legal matters are
 * kept, not below the law's three years. Everything in Chinese, everything audited.
 */
class PeoplesDataScreenTest extends ScreenTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    @BeforeAll
    static void fillTheDemoFederations() {
        kernel.fillDemoRecords();
    }

    private static Div card(String prefix) {
        return _find(Div.class).stream().filter(d -> d.getId().orElse("").startsWith("personal-data-record-" + prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + prefix + " on the screen"));
    }

    private static String textOf(Div card) {
        return card.getElement().getTextRecursively();
    }

    private static Button button(String prefix) {
        return _find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + prefix));
    }

    private static long audited(String action) {
        return kernel.store().transaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from audit_entry where tenant_id = ? and action = ?").setParameter(1, TAISHAN).setParameter(2, action)
                .getSingleResult()).longValue());
    }

    @Test
    void anAdminFindsAPersonCorrectsTheirNameIsAskedBeforeAnErasureAndMakesTheirCopy() {
        signInAndOpen("taishan-admin", "admin/personal-data");
        _setValue(_get(TextField.class, s -> s.withId("personal-data-phone")), "139 0750 1200");
        _click(_get(Button.class, s -> s.withId("personal-data-find")));

        assertThat(textOf(card("beneficiary-"))).contains("侨界帮扶 · 帮扶对象", "姓名：甄婆婆", "联系电话：13907501200");
        assertThat(textOf(card("case-"))).contains("帮扶个案");
        assertThat(audited("rights.search")).isPositive();

        _click(button("personal-data-correct-beneficiary-"));
        _setValue(_get(TextField.class, s -> s.withId("correction-phone")), "请打电话");
        _click(_get(Button.class, s -> s.withId("correction-save")));
        TextField phone = _get(TextField.class, s -> s.withId("correction-phone"));
        assertThat(phone.isInvalid()).as("a wrong phone shown at its field").isTrue();
        assertThat(phone.getErrorMessage()).contains("电话号码");

        _setValue(phone, "13907501200");
        _setValue(_get(TextField.class, s -> s.withId("correction-name")), "甄月娥");
        _click(_get(Button.class, s -> s.withId("correction-save")));
        NotificationsKt.expectNotifications("已更正");
        assertThat(textOf(card("beneficiary-"))).contains("姓名：甄月娥");
        assertThat(audited("rights.correct")).isEqualTo(1);

        _click(button("personal-data-erase-beneficiary-"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).contains("帮扶对象");
        assertThat(confirm.getElement().getProperty("message")).contains("姓名", "联系电话", "住址", "无法恢复");
        ConfirmDialogKt._fireConfirm(confirm);
        NotificationsKt.expectNotifications("此人还有 1 件帮扶个案在办理中：个案结案、不予批准或撤回后，才能清除其个人信息");
        assertThat(textOf(card("beneficiary-"))).as("refused: nothing erased").contains("甄月娥");

        _click(_get(Button.class, s -> s.withId("personal-data-copy")));
        assertThat(_get(Anchor.class, s -> s.withId("personal-data-download")).isVisible()).isTrue();
        assertThat(audited("rights.copy")).isPositive();
        String log = kernel.store().transaction(em -> em.createNativeQuery("select summary from audit_entry where tenant_id = ?"
                + " and action like 'rights.%'").setParameter(1, TAISHAN).getResultList().toString());
        assertThat(log).doesNotContain("甄月娥", "甄婆婆", "13907501200");
    }

    @Test
    void aCaseworkerFindsNoSuchScreen() {
        signInAndOpen("taishan-caseworker", "admin/personal-data");
        assertNotFound();
    }

    /** The row of the grid whose text names {@code kind}, as the reader sees it. */
    private static int row(Grid<?> grid, String kind) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).filter(i -> String.join(" ", GridKt._getFormattedRow(grid, i)).contains(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + kind));
    }

    /** The editor of a row: its field of months and its button. */
    private static com.vaadin.flow.component.orderedlayout.HorizontalLayout editor(Grid<?> grid, String kind) {
        return (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(grid, row(grid, kind), "edit");
    }

    @Test
    void anAdminKeepsLegalMattersLongerButNeverShorterThanTheLaw() {
        signInAndOpen("taishan-admin", "admin/retention");
        @SuppressWarnings("unchecked")
        Grid<org.qiaoyun.kernel.rights.RetentionPeriods.Period> grid = _get(Grid.class, s -> s.withId("retention-grid"));
        List<String> rows = java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> String.join(" ", GridKt._getFormattedRow(grid, i)))
                .toList();
        assertThat(rows).anyMatch(r -> r.contains("帮扶对象") && r.contains("60 个月（默认）"))
                .anyMatch(r -> r.contains("法律咨询和信访维权事项") && r.contains("36 至 360 个月"));

        String legal = "法律咨询和信访维权事项";
        com.vaadin.flow.component.orderedlayout.HorizontalLayout tooShort = editor(grid, legal); // a cell renders anew each time
        IntegerField months = (IntegerField) tooShort.getComponentAt(0);
        _setValue(months, 12);
        _click((Button) tooShort.getComponentAt(1));
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).isEqualTo("保存期限须在 36 至 360 个月之间");
        assertThat(audited("rights.retention.set")).as("refused: nothing set").isZero();

        com.vaadin.flow.component.orderedlayout.HorizontalLayout longer = editor(grid, legal);
        _setValue((IntegerField) longer.getComponentAt(0), 48);
        _click((Button) longer.getComponentAt(1));
        NotificationsKt.expectNotifications("已保存");
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> String.join(" ", GridKt._getFormattedRow(grid, i))))
                .anyMatch(r -> r.contains(legal) && r.contains("48 个月") && !r.contains("默认"));
        assertThat(audited("rights.retention.set")).isEqualTo(1);
    }
}
