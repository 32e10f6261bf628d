package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

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
    void aVolunteerCannotOpenTheRosters() {
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers/rosters");
        assertThat(_find(Grid.class, s -> s.withId("vol-pending"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("vol-rosters-denied")).getText()).contains("仅限组织者");
    }
}
