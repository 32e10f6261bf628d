package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.identity.Caller;
import org.qiaoyun.kernel.identity.CallerIdentity;
import org.qiaoyun.kernel.identity.Role;
import org.qiaoyun.kernel.module.KernelModuleContext;
import org.qiaoyun.api.TenantScope;

/** A volunteer on a phone (375 px): sees their hours, signs up for a shift and checks in with the code. */
class VolunteerScreensTest extends ScreenTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    /** The module's classes live in its plugin: the test reaches them through the plugin's class loader. */
    private static Class<?> type(String name) throws ClassNotFoundException {
        return kernel.resources().resource(TAISHAN, "volunteers").getClass().getClassLoader()
                .loadClass("org.qiaoyun.plugins.volunteers." + name);
    }

    private static final CallerIdentity ORGANISER = new CallerIdentity("taishan-organiser", TAISHAN,
            "/cn/gd/gd-jiangmen/gd-jiangmen-taishan/", Set.of(Role.ORGANISER));

    /** The organiser's access to the module's data in 台山, as the kernel hands it out. */
    private static TenantScope organiser() {
        return Caller.as(ORGANISER, () -> new KernelModuleContext(kernel.modules().find("volunteers").orElseThrow(),
                kernel.gate(), kernel.store()).tenant(TAISHAN));
    }

    /** Runs organiser work on this (screen) thread, where the volunteer is the bound caller. */
    private static Object asOrganiser(java.util.concurrent.Callable<Object> work) {
        return Caller.as(ORGANISER, () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String property(Object object, String name) throws ReflectiveOperationException {
        return String.valueOf(object.getClass().getMethod(name).invoke(object));
    }

    @Test
    void volunteerSignsUpAndChecksInOnAPhone() throws Exception {
        UI.getCurrent().getInternals().setExtendedClientDetails(UtilsKt.createExtendedClientDetails(
                "375", "812", "375", "700", "375", "700", "0", "0", "0", "false", "Asia/Shanghai", null, "true", "3.0", "w1", "iPhone"));
        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers");
        assertThat(_get(Paragraph.class, s -> s.withId("vol-not-registered")).getText()).isEqualTo("您尚未在本侨联登记为志愿者。");

        TenantScope organiser = organiser();
        Object volunteer = type("volunteer.Volunteer").getMethod("register", String.class, String.class, String.class, String.class,
                String.class, String.class, String.class, boolean.class)
                .invoke(null, "taishan-volunteer", "阿芳", null, null, "台山话", null, null, true);
        asOrganiser(() -> organiser.transaction(em -> {
            em.persist(volunteer);
            return null;
        }));
        Instant start = Instant.now().plus(Duration.ofMinutes(10));
        Object planned = type("shift.Shift").getMethod("plan", String.class, String.class, Instant.class, Instant.class, int.class,
                String.class, Instant.class).invoke(null, "侨乡文化节", "台城", start, start.plus(Duration.ofHours(3)), 5, null, start);
        Object rosters = type("shift.Rosters").getConstructor(TenantScope.class, java.time.Clock.class)
                .newInstance(organiser, java.time.Clock.systemUTC());
        Object shift = asOrganiser(() -> rosters.getClass().getMethod("plan", type("shift.Shift")).invoke(rosters, planned));
        String shiftId = property(shift, "id");

        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers");
        assertThat(_get(Span.class, s -> s.withId("vol-hours")).getText()).startsWith("服务时长：0.0");
        _click(_get(Button.class, s -> s.withId("vol-sign-up-" + shiftId)));
        NotificationsKt.expectNotifications("已报名");

        _setValue(_get(TextField.class, s -> s.withId("vol-code-" + shiftId)), "WRONG1");
        _click(_get(Button.class, s -> s.withId("vol-check-in-" + shiftId)));
        NotificationsKt.expectNotifications("the check-in code is wrong");

        _setValue(_get(TextField.class, s -> s.withId("vol-code-" + shiftId)), property(shift, "checkInCode"));
        _click(_get(Button.class, s -> s.withId("vol-check-in-" + shiftId)));
        NotificationsKt.expectNotifications("已签到");
        assertThat(_find(Button.class, s -> s.withId("vol-check-out-" + shiftId))).hasSize(1);
    }
}
