package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;

/**
 * Hours that hold up on screen: an organiser enters a walk-in's hours afterwards (补录) only with a reason; a
 * volunteer on a 390-pixel phone sees the hours with their unit, the stars and the hours to the next star;
 * an admin sets the check-out tolerance within its bounds.
 */
class VolunteerHoursScreensTest extends ScreenTest {

    private static final String TAISHAN = VolunteersFixture.TAISHAN;

    @Test
    void anOrganiserEntersAWalkInsHoursAfterwardsOnlyWithAReason() throws Exception {
        VolunteersFixture fixture = new VolunteersFixture(kernel);
        String name = "补录者" + System.nanoTime();
        Object walkIn = fixture.volunteer("walk-in-" + System.nanoTime(), name, true);
        Object shift = fixture.shift("侨乡文化节" + System.nanoTime(), kernel.clock().instant().minus(Duration.ofHours(6)),
                Duration.ofHours(3), 2, null, false);

        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/rosters");
        assertThat(_find(Button.class, s -> s.withId("vol-enter-afterwards"))).as("no shift chosen yet").isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Object> shifts = _get(Grid.class, s -> s.withId("vol-shifts"));
        for (int i = 0; i < GridKt._size(shifts); i++) {
            if (VolunteersFixture.property(GridKt._get(shifts, i), "id").equals(VolunteersFixture.property(shift, "id"))) {
                shifts.select(GridKt._get(shifts, i));
            }
        }
        _click(_get(Button.class, s -> s.withId("vol-enter-afterwards")));
        @SuppressWarnings("unchecked")
        ComboBox<Object> who = _get(ComboBox.class, s -> s.withId("vol-enter-volunteer"));
        Object listed = who.getListDataView().getItems().filter(v -> {
            try {
                return VolunteersFixture.property(v, "id").equals(VolunteersFixture.property(walkIn, "id"));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        _setValue(who, listed);
        assertThat(_get(IntegerField.class, s -> s.withId("vol-enter-minutes")).getValue()).as("the shift's length offered").isEqualTo(180);
        _setValue(_get(IntegerField.class, s -> s.withId("vol-enter-minutes")), 150);
        _click(_get(Button.class, s -> s.withId("vol-enter-save")));
        TextField reason = _get(TextField.class, s -> s.withId("vol-enter-reason"));
        assertThat(reason.isInvalid()).as("no hours entered afterwards without a reason").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("补录服务时长须填写原因（如：现场临时参加，依纸质签到表补录）");
        @SuppressWarnings("unchecked")
        Grid<Object> roster = _get(Grid.class, s -> s.withId("vol-roster"));
        assertThat(GridKt._size(roster)).as("nothing was entered").isZero();

        _setValue(reason, "现场临时参加，依纸质签到表补录");
        _click(_get(Button.class, s -> s.withId("vol-enter-save")));
        NotificationsKt.expectNotifications("已补录：" + name);
        assertThat(GridKt._size(roster)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(roster, 0)).contains(name, "150 *");
    }

    @Test
    void aVolunteerOnA390PixelPhoneSeesHoursStarsAndHoursToTheNextStar() throws Exception {
        VolunteersFixture fixture = new VolunteersFixture(kernel);
        Object me = fixture.volunteer("taishan-volunteer", "阿芳", true);
        Object shift = fixture.shift("探访孤寡归侨" + System.nanoTime(), kernel.clock().instant().minus(Duration.ofDays(2)),
                Duration.ofHours(3), 4, null, false);
        fixture.enterHours(shift, me, 150, "纸质签到表");

        UI.getCurrent().getInternals().setExtendedClientDetails(UtilsKt.createExtendedClientDetails(
                "390", "844", "390", "700", "390", "700", "0", "0", "0", "false", "Asia/Shanghai", null, "true", "3.0", "w1", "iPhone"));
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers");
        assertThat(_get(Span.class, s -> s.withId("vol-hours")).getText()).isEqualTo("服务时长：2.5 小时");
        assertThat(_get(Span.class, s -> s.withId("vol-stars")).getText()).isEqualTo("尚未获得星级");
        assertThat(_get(Span.class, s -> s.withId("vol-next-star")).getText()).isEqualTo("再服务 97.5 小时可获 1 星");
        Div card = _get(Div.class, s -> s.withId("vol-standing"));
        assertThat(card.getStyle().get("width")).as("the card takes the phone's width, never more").isEqualTo("100%");
        assertThat(card.getStyle().get("box-sizing")).isEqualTo("border-box");
        assertThat(card.getStyle().get("overflow-wrap")).as("long words wrap at 390 px").isEqualTo("anywhere");
        assertThat(_get(Anchor.class, s -> s.withId("vol-certificate")).getText()).isEqualTo("下载志愿服务证明（PDF）");
        String served = "vol-served-" + VolunteersFixture.property(fixture.enterHoursResult, "id");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId(served)).getText())
                .contains("150 分钟", "（补录：纸质签到表）");
    }

    @Test
    void anAdminSetsTheCheckOutToleranceWithinItsBounds() {
        signInAndOpen("taishan-admin", "t/" + TAISHAN + "/volunteers/recognition");
        IntegerField tolerance = _get(IntegerField.class, s -> s.withId("vol-hours-tolerance"));
        assertThat(tolerance.getValue()).as("the default").isEqualTo(30);
        _setValue(tolerance, 300);
        _click(_get(Button.class, s -> s.withId("vol-hours-save")));
        assertThat(tolerance.isInvalid()).isTrue();
        assertThat(tolerance.getErrorMessage()).isEqualTo("签退宽限须在 0 至 240 分钟之间");
        _setValue(tolerance, 15);
        _click(_get(Button.class, s -> s.withId("vol-hours-save")));
        NotificationsKt.expectNotifications("已保存");

        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/recognition");
        IntegerField read = _get(IntegerField.class, s -> s.withId("vol-hours-tolerance"));
        assertThat(read.getValue()).isEqualTo(15);
        assertThat(read.isReadOnly()).as("organisers read the rule, admins set it").isTrue();
        assertThat(_find(Button.class, s -> s.withId("vol-hours-save"))).isEmpty();
    }

    @Test
    void anOrganiserRecordsAPolicyAndRetiresAVolunteerOnlyWithAReason() throws Exception {
        VolunteersFixture fixture = new VolunteersFixture(kernel);
        String name = "退出者" + System.nanoTime();
        fixture.volunteer("retiring-" + System.nanoTime(), name, true);
        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/register");
        _setValue(_get(TextField.class, s -> s.withId("vol-reg-name")), name);
        @SuppressWarnings("unchecked")
        Grid<Object> register = _get(Grid.class, s -> s.withId("vol-register"));
        register.select(GridKt._get(register, 0));
        assertThat(_get(Span.class, s -> s.withId("vol-record-insurance")).getText()).isEqualTo("未登记保险");

        _click(_get(Button.class, s -> s.withId("vol-record-insure")));
        _setValue(_get(TextField.class, s -> s.withId("vol-insurance-insurer")), "中国人寿");
        _setValue(_get(TextField.class, s -> s.withId("vol-insurance-number")), "GD-2026-0001");
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("vol-insurance-from")),
                java.time.LocalDate.of(2026, 12, 31));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("vol-insurance-until")),
                java.time.LocalDate.of(2026, 1, 1));
        _click(_get(Button.class, s -> s.withId("vol-insurance-save")));
        assertThat(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("vol-insurance-until")).getErrorMessage())
                .isEqualTo("保险终止日期不能早于起始日期");
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("vol-insurance-from")),
                java.time.LocalDate.of(2026, 1, 1));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("vol-insurance-until")),
                java.time.LocalDate.of(2026, 12, 31));
        _click(_get(Button.class, s -> s.withId("vol-insurance-save")));
        NotificationsKt.expectNotifications("已登记保险");
        assertThat(_get(Span.class, s -> s.withId("vol-record-insurance")).getText())
                .isEqualTo("保险：中国人寿，保单号 GD-2026-0001，2026-01-01 至 2026-12-31");

        Button retire = _get(Button.class, s -> s.withId("vol-record-retire"));
        assertThat(retire.getThemeNames()).as("a step that ends service looks like one").contains("error");
        _click(retire);
        _click(_get(Button.class, s -> s.withId("vol-retire-confirm")));
        assertThat(_get(TextField.class, s -> s.withId("vol-retire-reason")).getErrorMessage()).isEqualTo("此项必填");
        _setValue(_get(TextField.class, s -> s.withId("vol-retire-reason")), "迁居外地");
        _click(_get(Button.class, s -> s.withId("vol-retire-confirm")));
        NotificationsKt.expectNotifications("已办理退出");
        assertThat(_get(Span.class, s -> s.withId("vol-record-service-status")).getText()).isEqualTo("已退出：迁居外地");
        assertThat(_find(Button.class, s -> s.withId("vol-record-retire"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("vol-record-reactivate"))).hasSize(1);
    }

    @Test
    void anOrganiserPlansAnInsuredShiftWeeklyForThreeWeeksInOneStep() {
        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/activities");
        String title = "防汛巡堤" + System.nanoTime();
        _click(_get(Button.class, s -> s.withId("vol-act-new")));
        _setValue(_get(TextField.class, s -> s.withId("vol-act-title")), title);
        _setValue(_get(TextField.class, s -> s.withId("vol-act-place")), "潭江堤围");
        _click(_get(Button.class, s -> s.withId("vol-act-save")));
        _setValue(_get(TextField.class, s -> s.withId("vol-act-search")), title);
        @SuppressWarnings("unchecked")
        Grid<Object> activities = _get(Grid.class, s -> s.withId("vol-activities"));
        activities.select(GridKt._get(activities, 0));

        _click(_get(Button.class, s -> s.withId("vol-shift-new")));
        java.time.LocalDateTime start = java.time.LocalDateTime.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai")))
                .plusDays(2).withSecond(0).withNano(0);
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, s -> s.withId("vol-shift-start")), start);
        _setValue(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, s -> s.withId("vol-shift-end")), start.plusHours(2));
        _setValue(_get(IntegerField.class, s -> s.withId("vol-shift-capacity")), 4);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("vol-shift-needs-insurance")), true);
        IntegerField weeks = _get(IntegerField.class, s -> s.withId("vol-shift-weeks"));
        _setValue(weeks, 30);
        _click(_get(Button.class, s -> s.withId("vol-shift-save")));
        assertThat(weeks.getErrorMessage()).as("bounded, said at the field").isEqualTo("周数须在 1 至 26 之间");
        _setValue(weeks, 3);
        _click(_get(Button.class, s -> s.withId("vol-shift-save")));
        @SuppressWarnings("unchecked")
        Grid<Object> shifts = _get(Grid.class, s -> s.withId("vol-activity-shifts"));
        assertThat(GridKt._size(shifts)).as("three weeks, each its own shift").isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            Object shift = GridKt._get(shifts, i);
            try {
                assertThat(shift.getClass().getMethod("needsInsurance").invoke(shift)).isEqualTo(true);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
