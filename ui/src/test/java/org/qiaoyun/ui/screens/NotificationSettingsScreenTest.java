package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;

/**
 * A person's notification settings: every kind named in the screen's language, email on by default, a box unticked is
 * kept (and shows so when the screen opens again), and what keeps the account safe cannot be unticked.
 */
class NotificationSettingsScreenTest extends ScreenTest {

    private static Checkbox email(String kind) {
        return _get(Checkbox.class, s -> s.withId("settings-email-" + kind));
    }

    @Test
    void aPersonChoosesWhatReachesThemByEmail() {
        signInAndOpen("taishan-volunteer", "notification-settings");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("班次取消通知", "密码重设提醒");
        Checkbox cancelled = email("volunteers.shift-cancelled");
        assertThat(cancelled.getValue()).as("email by default").isTrue();
        assertThat(email("kernel.notify.password-reset").isReadOnly()).as("keeps the account safe").isTrue();

        cancelled.setValue(false);
        signInAndOpen("taishan-volunteer", "notification-settings");
        assertThat(email("volunteers.shift-cancelled").getValue()).as("kept").isFalse();
    }

    @Test
    void kindsAreNamedInTheScreensLanguage() {
        english();
        signInAndOpen("taishan-volunteer", "notification-settings");
        assertThat(_find(Span.class)).extracting(Span::getText).contains("Shift called off", "Password set anew");
    }
}
