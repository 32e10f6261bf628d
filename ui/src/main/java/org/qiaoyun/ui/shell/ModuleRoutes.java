package org.qiaoyun.ui.shell;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.qiaoyun.api.ModuleView;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/**
 * Puts the modules' screens into Vaadin and the shell's guard in front of every screen.
 *
 * <p>When the Vaadin service starts, every view of every started module is registered at
 * {@code t/:tenant/<moduleId>/<path>} inside the {@link MainLayout}. Every navigation passes the
 * {@link AccessGuard}; every Vaadin request binds the signed-in caller and the tenant last entered, as
 * REST requests do, and unbinds them at its end.
 */
@ApplicationScoped
public class ModuleRoutes {

    private static final Logger LOG = Logger.getLogger(ModuleRoutes.class.getName());

    /** HTTP session attribute holding the tenant the user last entered through a module route. */
    static final String TENANT_ATTRIBUTE = "qiaoyun.tenant";

    @Inject
    Kernel kernel;

    void onServiceInit(@Observes ServiceInitEvent event) {
        register(kernel, RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext())));
        AccessGuard guard = new AccessGuard(kernel);
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(SignedIn.locale());
            init.getUI().addBeforeEnterListener(guard);
        });
        event.addVaadinRequestInterceptor(new Binding(kernel));
    }

    /** Registers the views of every started module. */
    public static void register(Kernel kernel, RouteConfiguration routes) {
        for (InstalledModule module : kernel.modules().installed()) {
            for (ModuleView view : module.views()) {
                String route = routeOf(module.id(), view);
                routes.setRoute(route, view.view().asSubclass(Component.class), MainLayout.class);
                LOG.info(() -> "module " + module.id() + " view at /" + route);
            }
        }
    }

    /** The route template of a module view, with the tenant as the first parameter. */
    public static String routeOf(String moduleId, ModuleView view) {
        return "t/:tenant/" + moduleId + (view.path().isEmpty() ? "" : "/" + view.path());
    }

    /** The concrete location of a module view in a tenant. */
    public static String locationOf(String tenant, String moduleId, ModuleView view) {
        return "t/" + tenant + "/" + moduleId + (view.path().isEmpty() ? "" : "/" + view.path());
    }

    /** Binds caller and tenant for each Vaadin request and unbinds them when it ends. */
    private static final class Binding implements VaadinRequestInterceptor {

        private static final long serialVersionUID = 1L;

        private final transient Kernel kernel;

        Binding(Kernel kernel) {
            this.kernel = kernel;
        }

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            WrappedSession session = request.getWrappedSession(false);
            if (session == null) {
                return;
            }
            Object username = session.getAttribute(org.qiaoyun.kernel.signin.PlatformAuthentication.SESSION_USER);
            if (username != null) {
                kernel.accounts().identity(username.toString()).ifPresent(Caller::bind);
            }
            Object tenant = session.getAttribute(TENANT_ATTRIBUTE);
            if (tenant != null) {
                CurrentTenant.bind(tenant.toString());
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
            // Vaadin's error handler shows the error; the bindings are cleared in requestEnd
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            Caller.clear();
            CurrentTenant.clear();
        }
    }
}
