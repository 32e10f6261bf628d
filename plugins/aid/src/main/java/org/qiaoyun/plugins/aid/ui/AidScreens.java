package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.qiaoyun.api.ModuleContext;
import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;

/**
 * What the aid screens share: the module's context (views are built by reflection, not CDI), the
 * tenant of the current request, and how a refused action is told to the user.
 */
public final class AidScreens {

    private static volatile ModuleContext context;
    private static volatile IdVault vault;

    private AidScreens() {
    }

    /** Called once by the module at start. */
    public static void init(ModuleContext moduleContext, IdVault idVault) {
        context = moduleContext;
        vault = idVault;
    }

    static TenantScope tenant() {
        return context.currentTenant().orElseThrow(() -> new IllegalStateException("aid is not available here"));
    }

    static IdVault vault() {
        return vault;
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
