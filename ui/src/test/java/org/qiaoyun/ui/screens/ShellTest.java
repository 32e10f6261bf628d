package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.Test;
import org.qiaoyun.ui.home.HomeView;

/** The frame: header with the federation's place in the tree, menus by role and by enabled module. */
class ShellTest extends ScreenTest {

    @Test
    void headerShowsTheFederationAndItsPlaceInTheTree() {
        signInAndOpen("taishan-caseworker", "");
        assertThat(_get(Span.class, s -> s.withId("shell-federation")).getText()).isEqualTo("台山市侨联");
        assertThat(_get(Span.class, s -> s.withId("shell-lineage")).getText()).isEqualTo("广东省侨联 › 江门市侨联 › 台山市侨联");
    }

    @Test
    void adminsSeeTheAdministrationMenuOthersDoNot() {
        signInAndOpen("taishan-admin", "");
        assertThat(_find(SideNav.class, s -> s.withId("shell-admin-menu"))).hasSize(1);
        signInAndOpen("taishan-volunteer", "");
        assertThat(_find(SideNav.class, s -> s.withId("shell-admin-menu"))).isEmpty();
    }

    @Test
    void administrationScreensAreRefusedToNonAdmins() {
        signInAndOpen("taishan-organiser", "admin/users");
        assertNotFound();
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("users-view"))).isEmpty();
    }

    @Test
    void menuListsTheModulesEnabledAtHomeAndFollowsTheSwitch() {
        asPlatform(() -> kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true));
        signInAndOpen("taishan-volunteer", "");
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-greeting"))).hasSize(1);
        assertThat(_get(SideNavItem.class, s -> s.withId("menu-greeting")).getPath()).isEqualTo("t/gd-jiangmen-taishan/greeting");

        asPlatform(() -> kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", false));
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class, s -> s.withId("menu-greeting"))).isEmpty();
    }

    @Test
    void moduleScreensOpenAtHomeOnlyAndOnlyWhileEnabled() {
        asPlatform(() -> kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true));
        signInAndOpen("taishan-volunteer", "t/gd-jiangmen-taishan/greeting");
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("greeting-view"))).hasSize(1);

        signInAndOpen("taishan-volunteer", "t/gd-jiangmen-kaiping/greeting");
        assertNotFound(); // another federation's screen looks like one that does not exist
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("greeting-view"))).isEmpty();

        asPlatform(() -> kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", false));
        signInAndOpen("taishan-volunteer", "t/gd-jiangmen-taishan/greeting");
        assertNotFound();
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("greeting-view"))).isEmpty();
    }

    @Test
    void worksAtPhoneWidth() {
        UI.getCurrent().getInternals().setExtendedClientDetails(UtilsKt.createExtendedClientDetails(
                "375", "812", "375", "700", "375", "700", "0", "0", "0", "false", "Asia/Shanghai", null, "true", "3.0", "w1", "iPhone"));
        signInAndOpen("taishan-volunteer", "");
        assertThat(UI.getCurrent().getInternals().getExtendedClientDetails().getWindowInnerWidth()).isEqualTo(375);
        // the drawer folds away on narrow screens; its toggle is in the header
        assertThat(_find(com.vaadin.flow.component.applayout.DrawerToggle.class)).hasSize(1);
        assertThat(_find(SideNav.class, s -> s.withId("shell-menu"))).hasSize(1);
    }

    @Test
    void englishOnRequest() {
        english();
        signInAndOpen("taishan-caseworker", "");
        assertThat(_get(Span.class, s -> s.withId("shell-federation")).getText()).isEqualTo("Taishan Federation of Returned Overseas Chinese");
    }
}
