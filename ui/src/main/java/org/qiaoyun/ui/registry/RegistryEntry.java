package org.qiaoyun.ui.registry;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * How a registry screen is entered: by a signed-in admin or viewer (anybody else finds no such screen; the
 * kernel's services check again), in the screen's words, about the federation named by {@code ?tenant=} when the
 * person may see it, else their own.
 */
record RegistryEntry(CallerIdentity caller, Words words) {

    static final String BUNDLE = "org.qiaoyun.ui.registry.registry";

    /** The person entering, or empty when nobody is signed in (the guard asks them to) or they may not read the registry. */
    static Optional<RegistryEntry> enter(Kernel kernel, BeforeEnterEvent event) {
        CallerIdentity signedIn = SignedIn.caller(kernel).orElse(null);
        if (signedIn == null) {
            return Optional.empty();
        }
        if (!signedIn.has(Role.ADMIN) && !signedIn.has(Role.VIEWER)) {
            event.rerouteToError(new NotFoundException("the registry is read by admins and viewers"), "");
            return Optional.empty();
        }
        return Optional.of(new RegistryEntry(signedIn, Words.of(RegistryEntry.class, BUNDLE, UI.getCurrent().getLocale())));
    }

    /** The federation the address names, if the person may see it; their own otherwise. */
    Tenant federation(Kernel kernel, BeforeEnterEvent event) {
        String code = event.getLocation().getQueryParameters().getSingleParameter("tenant").orElse(caller.homeTenant());
        return kernel.tenants().find(code).filter(caller::canSee).orElseGet(() -> kernel.tenants().require(caller.homeTenant()));
    }

    /** A federation's name in the screen's language. */
    String name(Tenant tenant) {
        return words.english() ? tenant.names().en() : tenant.names().zh();
    }
}
