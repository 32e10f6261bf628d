package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;

/** The example module's screen, as its author tests it: built with its tenant, a form on the screen kit, in Chinese. */
class NoticesScreenTest extends ScreenTest {

    @Test
    void anAdminPostsANoticeWithItsErrorsAtTheFieldAndAVolunteerReadsIt() {
        if (kernel.accounts().find("kaiping-volunteer").isEmpty()) {
            asPlatform(() -> kernel.accounts().create("gd-jiangmen-kaiping", "kaiping-volunteer", DEMO_PASSWORD,
                    java.util.Set.of(org.qiaoyun.kernel.access.Role.VOLUNTEER)));
        }
        asPlatform(() -> kernel.switchboard().switchModule("gd-jiangmen-kaiping", "notices", true));
        signInAndOpen("kaiping-admin", "t/gd-jiangmen-kaiping/notices");
        assertThat(_find(Component.class, s -> s.withId("notices-view"))).hasSize(1);
        assertThat(_find(Component.class, s -> s.withClasses("empty-state"))).as("an empty list says so").hasSize(1);

        _click(_get(Button.class, s -> s.withId("notices-post")));
        TextField title = _get(TextField.class, s -> s.withId("notices-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("此项必填");

        _setValue(title, "侨法宣传周");
        _click(_get(Button.class, s -> s.withId("notices-post")));
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("侨法宣传周");

        // another person signs in (in the browser, signing out ends the session and its screens)
        signInAndOpen("kaiping-volunteer", "");
        signInAndOpen("kaiping-volunteer", "t/gd-jiangmen-kaiping/notices");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("侨法宣传周");
        assertThat(_find(Button.class, s -> s.withId("notices-post"))).as("volunteers read; admins post").isEmpty();
    }
}
