package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;

/** How the aid screens tell a person that an action was refused. */
final class AidScreens {

    private AidScreens() {
    }

    /** Runs an action; a rule it breaks becomes a notification (or a field error where the caller shows one). */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (jakarta.persistence.OptimisticLockException e) {
            Notification.show(Texts.of(locale()).of(Text.of("aid.stale"))).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal)) {
                throw e;
            }
            // every refusal (the module's, the platform's, the kernel's: an archived federation, a module switched off)
            Notification.show(Texts.of(locale()).of(e)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Text.CHINESE : ui.getLocale();
    }
}
