package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;

class HomeViewTest extends ScreenTest {

    @Test
    void saysSoWhenNoModuleIsOnAndPointsAnAdminToTheSwitches() {
        signInAndOpen("fj-admin", "");
        assertThat(_get(Paragraph.class, s -> s.withId("home-no-modules")).getText()).isEqualTo("本侨联尚未启用任何模块。");
        assertThat(_get(Anchor.class, s -> s.withText("前往模块管理启用模块")).getHref()).isEqualTo("admin/modules");
    }

    @Test
    void showsACardForEachModuleInUse() {
        asPlatform(() -> kernel.switchboard().switchModule("gd-jiangmen-kaiping", "greeting", true));
        try {
            signInAndOpen("kaiping-admin", "");
            assertThat(_find(Div.class, s -> s.withId("card-greeting"))).hasSize(1);
            assertThat(_find(Paragraph.class, s -> s.withId("home-no-modules"))).isEmpty();
        } finally {
            asPlatform(() -> kernel.switchboard().switchModule("gd-jiangmen-kaiping", "greeting", false));
        }
    }
}
