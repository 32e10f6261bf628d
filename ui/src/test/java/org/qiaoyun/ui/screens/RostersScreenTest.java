package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;


import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;

/** An organiser opens the rosters desk, approves a volunteer who registered themselves; a volunteer may not open it. */
class RostersScreenTest extends ScreenTest {

    private static final String TAISHAN = VolunteersFixture.TAISHAN;

    @Test
    void organiserApprovesAVolunteerWhoRegisteredThemselves() throws Exception {
        String name = "自荐者" + System.nanoTime();
        Object volunteer = new VolunteersFixture(kernel).volunteer("self-" + System.nanoTime(), name, false);
        String id = String.valueOf(volunteer.getClass().getMethod("id").invoke(volunteer));

        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/rosters");
        @SuppressWarnings("unchecked")
        Grid<Object> pending = _get(Grid.class, s -> s.withId("vol-pending"));
        int row = rowOf(pending, id);
        assertThat(row).as("the self-registered volunteer waits for approval").isNotNegative();
        Button approve = (Button) GridKt._getCellComponent(pending, row, "approve");
        assertThat(approve.getId()).hasValue("vol-approve-" + id);
        _click(approve);
        NotificationsKt.expectNotifications("已通过：" + name);
        assertThat(rowOf(pending, id)).as("approved volunteers leave the list").isNegative();
    }

    private static int rowOf(Grid<Object> grid, String volunteerId) throws ReflectiveOperationException {
        for (int i = 0; i < GridKt._size(grid); i++) {
            Object item = GridKt._get(grid, i);
            if (volunteerId.equals(item.getClass().getMethod("id").invoke(item))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void organiserKeepsAttendanceAndCorrectsMinutesOnlyWithAReason() throws Exception {
        // a shift that began ten minutes ago, with a volunteer confirmed on it
        String name = "到场者" + System.nanoTime();
        VolunteersFixture fixture = new VolunteersFixture(kernel);
        Object volunteer = fixture.volunteer("present-" + System.nanoTime(), name, true);
        Object shift = fixture.shift("侨史讲解" + System.nanoTime(), kernel.clock().instant().minus(java.time.Duration.ofMinutes(10)),
                java.time.Duration.ofHours(3), 3, null, false);
        fixture.signUp(shift, volunteer);

        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/rosters");
        Anchor export = _get(Anchor.class, s -> s.withId("vol-roster-export"));
        assertThat(export.isEnabled()).as("nothing to export before a shift is chosen").isFalse();
        @SuppressWarnings("unchecked")
        Grid<Object> shifts = _get(Grid.class, s -> s.withId("vol-shifts"));
        String shiftId = String.valueOf(shift.getClass().getMethod("id").invoke(shift));
        Object underWay = null;
        for (int i = 0; i < GridKt._size(shifts); i++) {
            Object listed = GridKt._get(shifts, i);
            if (shiftId.equals(listed.getClass().getMethod("id").invoke(listed))) {
                underWay = listed;
            }
        }
        assertThat(underWay).as("a shift under way is on the organiser's list, for attendance").isNotNull();
        shifts.select(underWay);
        assertThat(export.isEnabled()).isTrue();

        @SuppressWarnings("unchecked")
        Grid<Object> roster = _get(Grid.class, s -> s.withId("vol-roster"));
        String signUpId = String.valueOf(GridKt._get(roster, 0).getClass().getMethod("id").invoke(GridKt._get(roster, 0)));
        _click(ActivitiesScreenTest.inCell(roster, "attendance", "vol-roster-in-" + signUpId));
        NotificationsKt.expectNotifications("已签到：" + name);
        _click(ActivitiesScreenTest.inCell(roster, "attendance", "vol-roster-out-" + signUpId));
        NotificationsKt.expectNotifications("已签退：" + name);

        _click(ActivitiesScreenTest.inCell(roster, "attendance", "vol-roster-correct-" + signUpId));
        _setValue(_get(IntegerField.class, s -> s.withId("vol-correct-minutes")), 150);
        _click(_get(Button.class, s -> s.withId("vol-correct-save")));
        TextField reason = _get(TextField.class, s -> s.withId("vol-correct-reason"));
        assertThat(reason.isInvalid()).as("no correction without a reason").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("更正服务时长须填写原因");
        _setValue(reason, "签到时网络故障，按现场记录更正");
        _click(_get(Button.class, s -> s.withId("vol-correct-save")));
        NotificationsKt.expectNotifications("班次结束后才能登记或更正服务时长");
        Object corrected = GridKt._get(roster, 0);
        assertThat(corrected.getClass().getMethod("minutes").invoke(corrected)).as("the shift is still under way")
                .isNotEqualTo(150);

        _click(ActivitiesScreenTest.inCell(roster, "attendance", "vol-roster-evaluate-" + signUpId));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> rating = _get(com.vaadin.flow.component.select.Select.class,
                s -> s.withId("vol-evaluate-rating"));
        Object[] ratings = corrected.getClass().getClassLoader()
                .loadClass("org.qiaoyun.plugins.volunteers.shift.SignUp$Evaluation").getEnumConstants();
        rating.setValue(ratings[3]); // fail
        _click(_get(Button.class, s -> s.withId("vol-evaluate-save")));
        assertThat(_get(TextField.class, s -> s.withId("vol-evaluate-note")).getErrorMessage()).isEqualTo("评为不合格须说明原因");
        rating.setValue(ratings[0]); // excellent
        _click(_get(Button.class, s -> s.withId("vol-evaluate-save")));
        NotificationsKt.expectNotifications("已评价：" + name);
        assertThat(GridKt._getFormattedRow(roster, 0)).contains("优秀");
    }

    @Test
    void aVolunteerCannotOpenTheRosters() {
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers/rosters");
        assertThat(_find(Grid.class, s -> s.withId("vol-pending"))).isEmpty();
        assertNotFound();
    }

    @Test
    void whereTheOrganiserConfirmsSignUpsTheyConfirmOneAndTurnAnotherDownWithAReason() throws Exception {
        VolunteersFixture fixture = new VolunteersFixture(kernel);
        String first = "甲" + System.nanoTime();
        String second = "乙" + System.nanoTime();
        Object shift = fixture.shift("侨乡文化节" + System.nanoTime(), kernel.clock().instant().plus(java.time.Duration.ofDays(2)),
                java.time.Duration.ofHours(3), 2, null, true);
        Object one = fixture.signUp(shift, fixture.volunteer("first-" + System.nanoTime(), first, true));
        Object two = fixture.signUp(shift, fixture.volunteer("second-" + System.nanoTime(), second, true));

        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/rosters");
        @SuppressWarnings("unchecked")
        Grid<Object> shifts = _get(Grid.class, s -> s.withId("vol-shifts"));
        for (int i = 0; i < GridKt._size(shifts); i++) {
            if (VolunteersFixture.property(GridKt._get(shifts, i), "id").equals(VolunteersFixture.property(shift, "id"))) {
                shifts.select(GridKt._get(shifts, i));
            }
        }
        @SuppressWarnings("unchecked")
        Grid<Object> roster = _get(Grid.class, s -> s.withId("vol-roster"));
        assertThat(GridKt._getFormattedRow(roster, 0)).contains("待确认");
        String oneId = VolunteersFixture.property(one, "id");
        String twoId = VolunteersFixture.property(two, "id");
        _click(_get(GridKt._getCellComponent(roster, 0, "attendance"), Button.class, s -> s.withId("vol-roster-approve-" + oneId)));
        NotificationsKt.expectNotifications("已确认：" + first);
        assertThat(GridKt._getFormattedRow(roster, 0)).contains("已确认");

        _click(_get(GridKt._getCellComponent(roster, 1, "attendance"), Button.class, s -> s.withId("vol-roster-decline-" + twoId)));
        _click(_get(Button.class, s -> s.withId("vol-decline-confirm")));
        TextField reason = _get(TextField.class, s -> s.withId("vol-decline-reason"));
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        assertThat(reason.getErrorMessage()).as("nobody is turned down without a reason").isEqualTo("此项必填");
        assertThat(GridKt._size(roster)).as("nothing was sent").isEqualTo(2);
        _setValue(reason, "本次需要会讲台山话的志愿者");
        _click(_get(Button.class, s -> s.withId("vol-decline-confirm")));
        NotificationsKt.expectNotifications("已审核不通过：" + second);
        assertThat(GridKt._size(roster)).isEqualTo(1);
    }
}
