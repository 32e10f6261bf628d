package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.module.Availability;

class ModuleSwitchesViewTest extends ScreenTest {

    @Test
    void localAdminSwitchesAModuleOnAndItIsInTheMenuAtOnce() {
        signInAndOpen("kaiping-admin", "admin/modules");
        Checkbox greeting = _get(Checkbox.class, s -> s.withId("switch-greeting"));
        assertThat(greeting.getValue()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("status-greeting")).getText()).isEqualTo("上级允许");

        _setValue(greeting, true);
        NotificationsKt.expectNotifications("已启用：问候");
        assertThat(kernel.gate().check("gd-jiangmen-kaiping", "greeting")).isEqualTo(Availability.OPEN);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-greeting"))).hasSize(1);

        _setValue(_get(Checkbox.class, s -> s.withId("switch-greeting")), false);
        assertThat(kernel.gate().check("gd-jiangmen-kaiping", "greeting")).isEqualTo(Availability.NOT_ENABLED);
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-greeting"))).isEmpty();
    }

    @Test
    void moduleThatTheParentsForbidCannotBeSwitchedOn() {
        // Fujian allows its descendants only the four product modules (demo tree): not the greeting fixture
        if (kernel.accounts().find("jinjiang-admin").isEmpty()) {
            asPlatform(() -> kernel.accounts().create("fj-quanzhou-jinjiang", "jinjiang-admin", DEMO_PASSWORD, Set.of(Role.ADMIN)));
        }
        signInAndOpen("jinjiang-admin", "admin/modules");
        assertThat(_get(Span.class, s -> s.withId("status-greeting")).getText()).isEqualTo("上级不允许使用此模块");
        assertThat(_get(Checkbox.class, s -> s.withId("switch-greeting")).isEnabled()).isFalse();
    }

    @Test
    void failedModuleIsShownAsUnavailable() {
        signInAndOpen("kaiping-admin", "admin/modules");
        assertThat(_get(Span.class, s -> s.withId("status-broken")).getText()).isEqualTo("模块未能启动，暂不可用");
        assertThat(_get(Checkbox.class, s -> s.withId("switch-broken")).isEnabled()).isFalse();
    }
}
