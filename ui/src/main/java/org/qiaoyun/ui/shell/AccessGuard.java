package org.qiaoyun.ui.shell;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.VaadinSession;

import org.qiaoyun.kernel.identity.Caller;
import org.qiaoyun.kernel.identity.CallerIdentity;
import org.qiaoyun.kernel.module.Availability;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/**
 * Stands before every screen. Nobody but the login screen is reached without signing in; the
 * administration screens ({@code admin/...}) are for admins; a module's screens open only in the
 * caller's home tenant, and only while the kernel's gate says the module is on there. What is refused
 * is shown as not found, so the screens reveal nothing the API would not.
 */
public class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;

    public AccessGuard(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class) {
            return;
        }
        Optional<CallerIdentity> caller = SignedIn.caller(kernel);
        if (caller.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        Caller.bind(caller.get()); // for the view being built in this request
        String[] segments = event.getLocation().getPath().split("/");
        if (segments.length > 0 && segments[0].equals("admin") && !caller.get().isAdmin()) {
            refuse(event, "admin screens are for admins");
            return;
        }
        if (segments.length >= 3 && segments[0].equals("t")) {
            enterModule(event, caller.get(), segments[1], segments[2]);
        }
    }

    private void enterModule(BeforeEnterEvent event, CallerIdentity caller, String tenant, String moduleId) {
        if (!tenant.equals(caller.homeTenant())) {
            refuse(event, "module screens open in one's own federation only");
            return;
        }
        Availability availability = kernel.gate().check(tenant, moduleId);
        if (!availability.isOpen()) {
            refuse(event, "module " + moduleId + " is not available in " + tenant + ": " + availability.reason());
            return;
        }
        CurrentTenant.bind(tenant);
        VaadinSession session = event.getUI().getSession();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(ModuleRoutes.TENANT_ATTRIBUTE, tenant);
        }
    }

    private static void refuse(BeforeEnterEvent event, String why) {
        event.rerouteToError(new NotFoundException(why), why);
    }
}
