package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
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
    void organiserKeepsAttendanceAndCorrectsMinutesOnlyWithAReason() throws Exception {
        // a shift that began ten minutes ago, with a volunteer confirmed on it
        String name = "到场者" + System.nanoTime();
        Object volunteer = type("volunteer.Volunteer").getMethod("register", String.class, String.class, String.class, String.class,
                String.class, String.class, String.class, boolean.class)
                .invoke(null, "present-" + System.nanoTime(), name, null, null, null, null, null, true);
        Object shift = Caller.as(ORGANISER, () -> {
            try {
                TenantScope scope = new KernelModuleContext(kernel.modules().find("volunteers").orElseThrow(),
                        kernel.gate(), kernel.store()).tenant(TAISHAN);
                scope.transaction(em -> {
                    em.persist(volunteer);
                    return null;
                });
                java.time.Instant start = java.time.Instant.now().minus(java.time.Duration.ofMinutes(10));
                java.time.Clock planningTime = java.time.Clock.fixed(start.minus(java.time.Duration.ofDays(1)), java.time.ZoneOffset.UTC);
                Object activities = type("activity.Activities").getConstructor(TenantScope.class, java.time.Clock.class)
                        .newInstance(scope, planningTime);
                Object activity = activities.getClass().getMethod("create", String.class, String.class, String.class, String.class)
                        .invoke(activities, "侨史讲解" + System.nanoTime(), null, "台山华侨博物馆", null);
                Object rosters = type("shift.Rosters").getConstructor(TenantScope.class, java.time.Clock.class)
                        .newInstance(scope, planningTime);
                Object draft = type("shift.Shift$Draft").getConstructors()[0].newInstance(null, start,
                        start.plus(java.time.Duration.ofHours(3)), 3, null, null);
                Object planned = rosters.getClass().getMethod("plan", String.class, type("shift.Shift$Draft"))
                        .invoke(rosters, activity.getClass().getMethod("id").invoke(activity), draft);
                rosters.getClass().getMethod("signUp", String.class, String.class).invoke(rosters,
                        planned.getClass().getMethod("id").invoke(planned), volunteer.getClass().getMethod("id").invoke(volunteer));
                return planned;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });

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
        NotificationsKt.expectNotifications("已更正：" + name);
        Object corrected = GridKt._get(roster, 0);
        assertThat(corrected.getClass().getMethod("minutes").invoke(corrected)).isEqualTo(150);
    }

    @Test
    void aVolunteerCannotOpenTheRosters() {
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers/rosters");
        assertThat(_find(Grid.class, s -> s.withId("vol-pending"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("vol-rosters-denied")).getText()).contains("仅限组织者");
    }
}
