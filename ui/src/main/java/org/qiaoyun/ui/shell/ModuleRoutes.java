package org.qiaoyun.ui.shell;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.qiaoyun.api.ModuleView;
import org.qiaoyun.kernel.identity.Caller;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/**
 * Puts the modules' screens into Vaadin and guards them.
 *
 * <p>When the Vaadin service starts, every view of every started module is registered at
 * {@code t/:tenant/<moduleId>/<path>}. A UI-wide before-enter check asks the kernel's gate on every
 * navigation, so a module switched off is refused at the next click, without a restart. Each Vaadin
 * request binds the caller and the tenant last navigated to, as REST requests do.
 */
@ApplicationScoped
public class ModuleRoutes {

    private static final Logger LOG = Logger.getLogger(ModuleRoutes.class.getName());

    /** HTTP session attribute holding the tenant the user last entered through a module route. */
    static final String TENANT_ATTRIBUTE = "qiaoyun.tenant";

    @Inject
    Kernel kernel;

    void onServiceInit(@Observes ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        for (InstalledModule module : kernel.modules().installed()) {
            for (ModuleView view : module.views()) {
                String route = routeOf(module.id(), view);
                routes.setRoute(route, view.view().asSubclass(Component.class));
                LOG.info(() -> "module " + module.id() + " view at /" + route);
            }
        }
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::guard));
        event.addVaadinRequestInterceptor(new Binding());
    }

    /** The route of a module view, with the tenant as the first parameter. */
    public static String routeOf(String moduleId, ModuleView view) {
        return "t/:tenant/" + moduleId + (view.path().isEmpty() ? "" : "/" + view.path());
    }

    private void guard(BeforeEnterEvent event) {
        String[] segments = event.getLocation().getPath().split("/");
        if (segments.length < 3 || !segments[0].equals("t")) {
            return; // not a module route
        }
        String tenant = segments[1];
        String moduleId = segments[2];
        var availability = kernel.gate().check(tenant, moduleId);
        if (!availability.isOpen()) {
            event.rerouteToError(new NotFoundException(), "module " + moduleId + " is not available in " + tenant
                    + ": " + availability.reason());
            return;
        }
        CurrentTenant.bind(tenant);
        VaadinSession session = event.getUI().getSession();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(TENANT_ATTRIBUTE, tenant);
        }
    }

    /** Binds caller and tenant for each Vaadin request and unbinds them when it ends. */
    private static final class Binding implements VaadinRequestInterceptor {

        private static final long serialVersionUID = 1L;

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            var principal = request.getUserPrincipal();
            Caller.bind(principal == null ? "anonymous" : principal.getName());
            WrappedSession session = request.getWrappedSession(false);
            Object tenant = session == null ? null : session.getAttribute(TENANT_ATTRIBUTE);
            if (tenant != null) {
                CurrentTenant.bind(tenant.toString());
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
            // the error is shown by Vaadin's error handler; bindings are cleared in requestEnd
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            Caller.clear();
            CurrentTenant.clear();
        }
    }
}
