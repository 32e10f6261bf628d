package org.qiaoyun.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.DependencyFilter;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.MenuAccessControl;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;

import org.qiaoyun.api.ModuleView;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/**
 * Builds a module's screens with what they work with. Vaadin asks its instantiator for every route
 * target; for a module view this one asks the kernel, which checks the gate and calls the module's
 * factory with the tenant of the route ({@link ModuleView#build}). Everything else (the shell's own
 * screens, layouts, CDI beans) goes to the instantiator it wraps, vaadin-cdi's in the server.
 */
public class ModuleViewInstantiator implements Instantiator {

    private static final long serialVersionUID = 1L;

    private final Instantiator delegate;
    private final transient Kernel kernel;

    public ModuleViewInstantiator(Instantiator delegate, Kernel kernel) {
        this.delegate = delegate;
        this.kernel = kernel;
    }

    @Override
    public <T extends HasElement> T createRouteTarget(Class<T> type, NavigationEvent event) {
        Optional<List<String>> segments = RoutePath.segments(event.getLocation().getPath());
        // module routes are t/<tenant>/<module>/...: the guard has already let this person in there
        if (segments.isPresent() && segments.get().size() > 2 && segments.get().get(0).equals("t")) {
            String tenant = segments.get().get(1);
            String moduleId = segments.get().get(2);
            Optional<ModuleView> view = viewOf(moduleId, type);
            if (view.isPresent()) {
                return type.cast(kernel.resources().view(tenant, moduleId, view.get()));
            }
        }
        return delegate.createRouteTarget(type, event);
    }

    /**
     * Some callers (a test harness wrapping this instantiator) ask for a route target without the
     * navigation: a module view is then built for the tenant the guard bound for this navigation.
     */
    @Override
    public <T> T getOrCreate(Class<T> type) {
        for (InstalledModule module : kernel.modules().installed()) {
            Optional<ModuleView> view = viewOf(module.id(), type);
            if (view.isPresent()) {
                String tenant = CurrentTenant.code().orElseThrow(() -> new NotFoundException("no federation entered"));
                return type.cast(kernel.resources().view(tenant, module.id(), view.get()));
            }
        }
        return delegate.getOrCreate(type);
    }

    private Optional<ModuleView> viewOf(String moduleId, Class<?> type) {
        return kernel.modules().find(moduleId).stream().flatMap(module -> module.views().stream())
                .filter(v -> v.view() == type).findFirst();
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return delegate.getServiceInitListeners();
    }

    @Override
    public Stream<IndexHtmlRequestListener> getIndexHtmlRequestListeners(Stream<IndexHtmlRequestListener> listeners) {
        return delegate.getIndexHtmlRequestListeners(listeners);
    }

    @Override
    public Stream<DependencyFilter> getDependencyFilters(Stream<DependencyFilter> filters) {
        return delegate.getDependencyFilters(filters);
    }

    @Override
    public Class<?> getApplicationClass(Object instance) {
        return delegate.getApplicationClass(instance);
    }

    @Override
    public Class<?> getApplicationClass(Class<?> type) {
        return delegate.getApplicationClass(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> type) {
        return delegate.createComponent(type);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return delegate.getI18NProvider();
    }

    @Override
    public MenuAccessControl getMenuAccessControl() {
        return delegate.getMenuAccessControl();
    }
}
