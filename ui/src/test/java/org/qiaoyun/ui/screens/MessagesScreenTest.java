package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.notify.Message;

/**
 * The bell and the messages behind it, and the admins' view of what was sent by email: a person sees their own
 * messages in the screen's language, the bell counts the unread and follows at once; an admin sends a failed
 * email again.
 */
class MessagesScreenTest extends ScreenTest {

    private static Span count() {
        return _get(Span.class, s -> s.withId("shell-bell-count"));
    }

    @Test
    void theBellCountsTheUnreadAndOpeningAMessageReadsIt() {
        asPlatform(() -> {
            kernel.accounts().resetPassword("taishan-viewer", DEMO_PASSWORD); // the identity service tells its person
            kernel.accounts().resetPassword("taishan-viewer", DEMO_PASSWORD);
        });
        signInAndOpen("taishan-viewer", "");
        Span bell = count();
        assertThat(bell.getText()).isEqualTo("2");

        _click(_get(Button.class, s -> s.withId("shell-bell")));
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("messages-view"))).hasSize(1);
        List<Details> messages = _find(Details.class);
        assertThat(messages).hasSize(2);
        assertThat(((Span) messages.get(0).getSummary()).getChildren().findFirst().map(c -> ((Span) c).getText()))
                .contains("您的侨云密码已重设");
        messages.get(0).setOpened(true);
        assertThat(bell.getText()).as("the bell follows at once").isEqualTo("1");

        _click(_get(Button.class, s -> s.withId("messages-all-read")));
        assertThat(bell.isVisible()).as("nothing unread: no count").isFalse();
        assertThat(_get(Button.class, s -> s.withId("messages-all-read")).isEnabled()).isFalse();
    }

    @Test
    void messagesReadInTheScreensLanguageAndNobodyElsesShow() {
        asPlatform(() -> kernel.accounts().resetPassword("kaiping-admin", DEMO_PASSWORD));
        signInAndOpen("taishan-caseworker", "messages");
        assertThat(_find(Details.class)).as("another person's message").isEmpty();

        english();
        signInAndOpen("kaiping-admin", "messages");
        List<Details> messages = _find(Details.class);
        assertThat(messages).isNotEmpty();
        assertThat(((Span) ((Span) messages.get(0).getSummary()).getChildren().findFirst().orElseThrow()).getText())
                .isEqualTo("Your Qiaoyun password was set anew");
    }

    @Test
    void anAdminSendsAFailedEmailAgain() {
        asPlatform(() -> {
            kernel.accounts().changeContact("taishan-organiser", "organiser@example.cn", null, "zh", null);
            kernel.accounts().resetPassword("taishan-organiser", DEMO_PASSWORD);
        });
        // as the sender leaves a message that failed eight times
        kernel.store().transaction(em -> em.createNativeQuery("update notify_message set status = 'DEAD', attempts = 8,"
                + " last_error = '554 mailbox unavailable' where address = 'organiser@example.cn'").executeUpdate());
        signInAndOpen("taishan-admin", "admin/outbox");
        @SuppressWarnings("unchecked")
        Grid<Message> grid = _get(Grid.class, s -> s.withId("outbox-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Message dead = GridKt._get(grid, 0);
        assertThat(dead.lastError()).isEqualTo("554 mailbox unavailable");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("密码重设提醒", "organiser@example.cn", "发送失败");

        _click((Button) GridKt._getCellComponent(grid, 0, "retry"));
        assertThat(GridKt._size(grid)).as("no longer failed").isZero();
        Message.Status now = kernel.store().transaction(em -> em.find(Message.class, dead.id()).status());
        assertThat(now).isEqualTo(Message.Status.PENDING);

        signInAndOpen("taishan-volunteer", "admin/outbox");
        assertNotFound();
    }
}
