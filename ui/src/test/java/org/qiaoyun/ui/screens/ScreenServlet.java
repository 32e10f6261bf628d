package org.qiaoyun.ui.screens;

import java.lang.reflect.Constructor;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinServletContext;

import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.ModuleViewInstantiator;

/**
 * Vaadin without a server, for screen tests: builds the shell's views the way CDI does in the server,
 * handing each constructor the services it asks for (the kernel, the authenticator), module views
 * through their modules' factories, and speaks through the platform's {@link Messages}.
 */
class ScreenServlet extends MockVaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<Class<?>, Object> services;

    ScreenServlet(Routes routes, Map<Class<?>, Object> services) {
        super(routes, MockedUI::new);
        this.services = services;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MockService service = new MockService(this, configuration, getUiFactory()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected Instantiator createInstantiator() {
                // module screens are built by their modules' factories, as in the server
                return new ModuleViewInstantiator(new DefaultInstantiator(this) {
                    private static final long serialVersionUID = 1L;
                    private final I18NProvider messages = new Messages();

                    @Override
                    public <T> T getOrCreate(Class<T> type) {
                        for (Constructor<?> constructor : type.getConstructors()) {
                            Class<?>[] parameters = constructor.getParameterTypes();
                            if (parameters.length > 0 && java.util.Arrays.stream(parameters).allMatch(services::containsKey)) {
                                try {
                                    Object[] arguments = java.util.Arrays.stream(parameters).map(services::get).toArray();
                                    return type.cast(constructor.newInstance(arguments));
                                } catch (ReflectiveOperationException e) {
                                    throw new IllegalStateException("cannot build " + type.getName(), e.getCause() == null ? e : e.getCause());
                                }
                            }
                        }
                        return super.getOrCreate(type);
                    }

                    @Override
                    public I18NProvider getI18NProvider() {
                        return messages;
                    }
                }, (Kernel) services.get(Kernel.class));
            }
        };
        service.init();
        getRoutes().register((VaadinServletContext) service.getContext());
        return service;
    }
}
