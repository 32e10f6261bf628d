package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.identity.Caller;
import org.qiaoyun.kernel.identity.CallerIdentity;
import org.qiaoyun.kernel.identity.Role;
import org.qiaoyun.kernel.module.KernelModuleContext;

/** An organiser opens the rosters desk, approves a volunteer who registered themselves; a volunteer may not open it. */
class RostersScreenTest extends ScreenTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    private static final CallerIdentity ORGANISER = new CallerIdentity("taishan-organiser", TAISHAN,
            "/cn/gd/gd-jiangmen/gd-jiangmen-taishan/", Set.of(Role.ORGANISER));

    private static Class<?> type(String name) throws ClassNotFoundException {
        return kernel.resources().resource(TAISHAN, "volunteers").getClass().getClassLoader()
                .loadClass("org.qiaoyun.plugins.volunteers." + name);
    }

    @Test
    void organiserApprovesAVolunteerWhoRegisteredThemselves() throws Exception {
        String name = "自荐者" + System.nanoTime();
        Object volunteer = type("volunteer.Volunteer").getMethod("register", String.class, String.class, String.class, String.class,
                String.class, String.class, String.class, boolean.class)
                .invoke(null, "self-" + System.nanoTime(), name, null, null, "粤语", null, null, false);
        Caller.as(ORGANISER, () -> {
            TenantScope scope = new KernelModuleContext(kernel.modules().find("volunteers").orElseThrow(),
                    kernel.gate(), kernel.store()).tenant(TAISHAN);
            return scope.transaction(em -> {
                em.persist(volunteer);
                return null;
            });
        });
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
    void organiserPlansAShiftAndIsToldAtTheFieldWhatIsWrong() throws Exception {
        signInAndOpen("taishan-organiser", "t/" + TAISHAN + "/volunteers/rosters");
        String activity = "侨史讲解" + System.nanoTime();
        LocalDateTime start = LocalDateTime.now().plusDays(3).withSecond(0).withNano(0);
        _setValue(_get(TextField.class, s -> s.withId("vol-plan-activity")), activity);
        _setValue(_get(TextField.class, s -> s.withId("vol-plan-place")), "台山华侨博物馆");
        _setValue(_get(DateTimePicker.class, s -> s.withId("vol-plan-start")), start);
        _setValue(_get(DateTimePicker.class, s -> s.withId("vol-plan-end")), start.minusHours(1));
        _setValue(_get(IntegerField.class, s -> s.withId("vol-plan-capacity")), 4);
        _click(_get(Button.class, s -> s.withId("vol-plan")));
        DateTimePicker end = _get(DateTimePicker.class, s -> s.withId("vol-plan-end"));
        assertThat(end.isInvalid()).as("an end before the start is refused at the field").isTrue();
        assertThat(end.getErrorMessage()).contains("ends after it starts");

        _setValue(end, start.plusHours(2));
        _click(_get(Button.class, s -> s.withId("vol-plan")));
        NotificationsKt.expectNotifications("已发布：" + activity + " "
                + start.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        @SuppressWarnings("unchecked")
        Grid<Object> shifts = _get(Grid.class, s -> s.withId("vol-shifts"));
        Object planned = null;
        for (int i = 0; i < GridKt._size(shifts); i++) {
            Object shift = GridKt._get(shifts, i);
            if (activity.equals(shift.getClass().getMethod("activity").invoke(shift))) {
                planned = shift;
            }
        }
        assertThat(planned).as("the planned shift is among the shifts to come").isNotNull();

        Anchor export = _get(Anchor.class, s -> s.withId("vol-roster-export"));
        assertThat(export.isEnabled()).as("nothing to export before a shift is chosen").isFalse();
        shifts.select(planned);
        assertThat(export.isEnabled()).isTrue();
        assertThat(_get(Grid.class, s -> s.withId("vol-roster")).getEmptyStateText()).isEqualTo("还没有人报名。");
    }

    @Test
    void aVolunteerCannotOpenTheRosters() {
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers/rosters");
        assertThat(_find(Grid.class, s -> s.withId("vol-pending"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("vol-rosters-denied")).getText()).contains("仅限组织者");
    }
}
