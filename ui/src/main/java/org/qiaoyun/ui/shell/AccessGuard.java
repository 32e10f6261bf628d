package org.qiaoyun.ui.shell;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;

import org.qiaoyun.api.ModuleView;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.module.Availability;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/**
 * Stands before every screen. Nobody but the login screen is reached without signing in; the
 * administration screens ({@code admin/...}) are for admins; a module's screens open only in the
 * caller's home tenant, and only while the kernel's gate says the module is on there. What is refused
 * is shown as not found, so the screens reveal nothing the API would not.
 *
 * <p>The guard decides on what the router will open, never on the raw path: the target's own route and
 * the location decoded and normalised ({@link RoutePath}), so that {@code /%61dmin/users} is an admin
 * screen like {@code /admin/users}. It is the first wall, not the only one: the kernel's services check
 * the caller again.
 */
public class AccessGuard implements BeforeEnterListener {

    private static final long serialVersionUID = 1L;

    /** Session attribute: where a person was going when they were asked to sign in. */
    static final String AFTER_SIGN_IN = "qiaoyun.after-sign-in";

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
            // a link shared in a WeChat group opens once its reader has signed in
            VaadinSession session = event.getUI().getSession();
            if (session != null) {
                session.setAttribute(AFTER_SIGN_IN, event.getLocation().getPathWithQueryParameters());
            }
            event.forwardTo(LoginView.class);
            return;
        }
        Caller.bind(caller.get()); // for the view being built in this request
        if (mustEnrol(event) && event.getNavigationTarget() != org.qiaoyun.ui.account.AccountView.class) {
            event.rerouteTo(org.qiaoyun.ui.account.AccountView.class); // a second factor first, then anything else
            return;
        }
        Optional<List<String>> segments = RoutePath.segments(event.getLocation().getPath());
        if (segments.isEmpty()) {
            refuse(event, "the address cannot be read");
            return;
        }
        Optional<InstalledModule> module = moduleOf(event.getNavigationTarget());
        boolean moduleScreen = module.isPresent() || startsWith(segments.get(), "t");
        if ((isAdminScreen(event.getNavigationTarget()) || startsWith(segments.get(), "admin")) && !caller.get().isAdmin()) {
            refuse(event, "admin screens are for admins");
            return;
        }
        if (moduleScreen) {
            String tenant = event.getRouteParameters().get("tenant")
                    .orElse(segments.get().size() > 1 ? segments.get().get(1) : "");
            String moduleId = module.map(InstalledModule::id).orElse(segments.get().size() > 2 ? segments.get().get(2) : "");
            Optional<ModuleView> view = module.flatMap(m -> m.views().stream().filter(v -> v.view() == event.getNavigationTarget()).findFirst());
            if (view.isPresent() && !view.get().usableBy(caller.get().roleNames())) {
                refuse(event, "the screen is for the roles " + view.get().roles());
                return;
            }
            enterModule(event, caller.get(), tenant, moduleId);
        }
    }

    /**
     * Where to go after signing in: the address the person asked for before (once), else home. Only
     * addresses the router made are kept, so nothing leads off the platform.
     */
    static String afterSignIn(VaadinSession session) {
        Object next = session == null ? null : session.getAttribute(AFTER_SIGN_IN);
        if (session != null) {
            session.setAttribute(AFTER_SIGN_IN, null);
        }
        return next instanceof String location && !location.startsWith("/") && !location.contains("://")
                && !location.startsWith("login") ? location : "";
    }

    private static boolean mustEnrol(BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        return session != null && session.getSession() != null
                && Boolean.TRUE.equals(session.getSession().getAttribute(org.qiaoyun.kernel.signin.PlatformAuthentication.MUST_ENROL));
    }

    /** Whether the target is one of the shell's administration screens, by its own route. */
    static boolean isAdminScreen(Class<?> target) {
        Route route = target.getAnnotation(Route.class);
        return route != null && "admin".equals(RoutePath.segments(route.value()).map(s -> s.isEmpty() ? "" : s.get(0)).orElse(""));
    }

    private Optional<InstalledModule> moduleOf(Class<?> target) {
        for (InstalledModule module : kernel.modules().installed()) {
            for (ModuleView view : module.views()) {
                if (view.view() == target) {
                    return Optional.of(module);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(List<String> segments, String first) {
        return !segments.isEmpty() && segments.get(0).equals(first);
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
