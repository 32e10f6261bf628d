package org.qiaoyun.ui.shell;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import com.vaadin.cdi.CdiInstantiator;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;

import org.qiaoyun.kernel.platform.Kernel;

/**
 * Gives the Vaadin service an instantiator that builds module screens through their modules'
 * factories ({@link ModuleViewInstantiator}) and everything else as vaadin-cdi would. vaadin-cdi looks
 * its instantiator factory up as a {@code @VaadinServiceEnabled} bean; this alternative is chosen over
 * vaadin-cdi's own.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
@Alternative
@Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION)
public class ModuleViewInstantiatorFactory implements InstantiatorFactory {

    @Inject
    BeanManager beans;

    @Inject
    Kernel kernel;

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new ModuleViewInstantiator(new CdiInstantiator(beans, service), kernel);
    }
}
