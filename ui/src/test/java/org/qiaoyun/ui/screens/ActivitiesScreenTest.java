package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;

/**
 * An organiser creates an activity, plans a shift in it, changes it and calls it off; each refusal of the
 * domain shows at the field it concerns, and nothing is cancelled without a reason.
 */
class ActivitiesScreenTest extends ScreenTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    @Test
    void organiserPlansAnActivityWithAShiftThenChangesAndCancelsIt() throws Exception {
        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/activities");
        String title = "侨史讲解" + System.nanoTime();
        _click(_get(Button.class, s -> s.withId("vol-act-new")));
        _setValue(_get(TextField.class, s -> s.withId("vol-act-place")), "台山华侨博物馆");
        _click(_get(Button.class, s -> s.withId("vol-act-save")));
        TextField titleField = _get(TextField.class, s -> s.withId("vol-act-title"));
        assertThat(titleField.isInvalid()).as("a title is required, said at the field").isTrue();
        _setValue(titleField, title);
        _setValue(_get(TextField.class, s -> s.withId("vol-act-district")), "台城街道");
        _click(_get(Button.class, s -> s.withId("vol-act-save")));
        NotificationsKt.expectNotifications("已保存：" + title);

        _setValue(_get(TextField.class, s -> s.withId("vol-act-search")), title);
        @SuppressWarnings("unchecked")
        Grid<Object> activities = _get(Grid.class, s -> s.withId("vol-activities"));
        assertThat(GridKt._size(activities)).as("the search finds the new activity alone").isEqualTo(1);
        activities.select(GridKt._get(activities, 0));

        _click(_get(Button.class, s -> s.withId("vol-shift-new")));
        LocalDateTime start = LocalDateTime.now(kernel.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).plusDays(3).withSecond(0).withNano(0);
        _setValue(_get(DateTimePicker.class, s -> s.withId("vol-shift-start")), start);
        _setValue(_get(DateTimePicker.class, s -> s.withId("vol-shift-end")), start.minusHours(1));
        _setValue(_get(IntegerField.class, s -> s.withId("vol-shift-capacity")), 4);
        _click(_get(Button.class, s -> s.withId("vol-shift-save")));
        DateTimePicker end = _get(DateTimePicker.class, s -> s.withId("vol-shift-end"));
        assertThat(end.isInvalid()).as("an end before the start is refused at the field").isTrue();
        assertThat(end.getErrorMessage()).as("in the screen's language").isEqualTo("结束时间须晚于开始时间");
        _setValue(end, start.plusHours(2));
        _click(_get(Button.class, s -> s.withId("vol-shift-save")));
        NotificationsKt.expectNotifications("已发布：" + start.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));

        @SuppressWarnings("unchecked")
        Grid<Object> shifts = _get(Grid.class, s -> s.withId("vol-activity-shifts"));
        assertThat(GridKt._size(shifts)).isEqualTo(1);
        Object shift = GridKt._get(shifts, 0);
        String shiftId = String.valueOf(shift.getClass().getMethod("id").invoke(shift));
        assertThat(shift.getClass().getMethod("place").invoke(shift)).as("a blank place is the activity's").isEqualTo("台山华侨博物馆");

        _click(inCell(shifts, "actions", "vol-shift-edit-" + shiftId));
        _setValue(_get(IntegerField.class, s -> s.withId("vol-shift-capacity")), 6);
        _click(_get(Button.class, s -> s.withId("vol-shift-save")));
        NotificationsKt.expectNotifications("已保存");
        Object changed = GridKt._get(shifts, 0);
        assertThat(changed.getClass().getMethod("capacity").invoke(changed)).isEqualTo(6);

        _click(inCell(shifts, "actions", "vol-shift-cancel-" + shiftId));
        _click(_get(Button.class, s -> s.withId("vol-cancel-confirm")));
        TextField reason = _get(TextField.class, s -> s.withId("vol-cancel-reason"));
        assertThat(reason.isInvalid()).as("nothing is cancelled without a reason").isTrue();
        Object stillOpen = GridKt._get(shifts, 0);
        assertThat(String.valueOf(stillOpen.getClass().getMethod("status").invoke(stillOpen))).isEqualTo("OPEN");
        _setValue(reason, "场馆维修");
        _click(_get(Button.class, s -> s.withId("vol-cancel-confirm")));
        NotificationsKt.expectNotifications("已取消");
        Object cancelled = GridKt._get(_get(Grid.class, s -> s.withId("vol-activity-shifts")), 0);
        assertThat(String.valueOf(cancelled.getClass().getMethod("status").invoke(cancelled))).isEqualTo("CANCELLED");
        assertThat(_find(GridKt._getCellComponent(_get(Grid.class, s -> s.withId("vol-activity-shifts")), 0, "actions"), Button.class))
                .as("a cancelled shift is not changed").isEmpty();
    }

    /** The button of that id in a grid's first row (component columns are built per row, outside the view's tree). */
    static Button inCell(Grid<?> grid, String column, String id) {
        return _get(GridKt._getCellComponent(grid, 0, column), Button.class, s -> s.withId(id));
    }

    @Test
    void aVolunteerCannotPlanActivities() {
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers/activities");
        assertThat(_find(Grid.class, s -> s.withId("vol-activities"))).isEmpty();
        assertNotFound(); // the screen is the organisers': not in a volunteer's menu, not opened by its address
    }
}
