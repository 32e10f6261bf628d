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

    /** An organiser plans a three-hour shift of a new activity in 台城街道; the shift. */
    static Object planShift(TenantScope organiser, String title, Instant start, int places, String skills) throws Exception {
        Object activities = type("activity.Activities").getConstructor(TenantScope.class, java.time.Clock.class)
                .newInstance(organiser, java.time.Clock.systemUTC());
        Object activity = asOrganiser(() -> activities.getClass().getMethod("create", String.class, String.class, String.class,
                String.class).invoke(activities, title, null, "台城", "台城街道"));
        Object draft = type("shift.Shift$Draft").getConstructors()[0].newInstance(null, start, start.plus(Duration.ofHours(3)),
                places, skills, start);
        Object rosters = type("shift.Rosters").getConstructor(TenantScope.class, java.time.Clock.class)
                .newInstance(organiser, java.time.Clock.systemUTC());
        return asOrganiser(() -> rosters.getClass().getMethod("plan", String.class, type("shift.Shift$Draft"))
                .invoke(rosters, property(activity, "id"), draft));
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
        Object shift = planShift(organiser, "侨乡文化节", start, 5, "急救");
        String shiftId = property(shift, "id");

        signInAndOpen("taishan-volunteer", "t/" + TAISHAN + "/volunteers");
        assertThat(_get(Span.class, s -> s.withId("vol-hours")).getText()).startsWith("服务时长：0.0");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("vol-certificate")).getText())
                .isEqualTo("下载志愿服务证明（PDF）");
        TextField skill = _get(TextField.class, s -> s.withId("vol-find-skill"));
        _setValue(skill, "潜水");
        assertThat(_find(Button.class, s -> s.withId("vol-sign-up-" + shiftId))).as("nobody here wants divers").isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("vol-no-shifts")).getText()).isEqualTo("目前没有可报名的班次。");
        _setValue(skill, "急救");
        _click(_get(Button.class, s -> s.withId("vol-sign-up-" + shiftId)));
        NotificationsKt.expectNotifications("已报名");

        _setValue(_get(TextField.class, s -> s.withId("vol-code-" + shiftId)), "WRONG1");
        _click(_get(Button.class, s -> s.withId("vol-check-in-" + shiftId)));
        NotificationsKt.expectNotifications("签到码不正确");

        _setValue(_get(TextField.class, s -> s.withId("vol-code-" + shiftId)), property(shift, "checkInCode"));
        _click(_get(Button.class, s -> s.withId("vol-check-in-" + shiftId)));
        NotificationsKt.expectNotifications("已签到");
        assertThat(_find(Button.class, s -> s.withId("vol-check-out-" + shiftId))).hasSize(1);
    }
}
