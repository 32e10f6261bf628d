package org.qiaoyun.screens;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;

/**
 * Runs what a person asked for and tells them how it went: a refusal (the module's, the platform's, the
 * kernel's: an archived federation, a module switched off) or a change someone else saved first becomes
 * an error notification in their language; anything else is a fault and propagates.
 */
public final class Attempt {

    /** How long a notification stays, in milliseconds. */
    static final int SHOWN_FOR = 5000;

    private Attempt() {
    }

    /** Runs {@code action}; false (and the person told why) when it was refused. */
    public static boolean run(Words words, Runnable action) {
        try {
            action.run();
            return true;
        } catch (jakarta.persistence.OptimisticLockException stale) {
            refused(words.of(Text.of("platform.stale")));
            return false;
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal)) {
                throw e;
            }
            refused(words.of(e));
            return false;
        }
    }

    /** Runs {@code action} and, when it went through, says {@code done}. */
    public static boolean run(Words words, Runnable action, String done) {
        boolean ok = run(words, action);
        if (ok) {
            told(done);
        }
        return ok;
    }

    /** A notice that something went through. */
    public static void told(String what) {
        Notification.show(what, SHOWN_FOR, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A notice that something was refused. */
    public static void refused(String why) {
        Notification.show(why, SHOWN_FOR, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
