package org.qiaoyun.ui.module;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.module.ModuleNotAllowedException;
import org.qiaoyun.kernel.module.ModuleState;
import org.qiaoyun.kernel.module.TenantModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantReadOnlyException;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * A local admin's module switches: every installed module with what it does, whether the federations
 * above allow it, and an on/off switch that takes effect at once (the menu changes with it).
 */
@Route(value = "admin/modules", layout = MainLayout.class)
@Dependent
public class ModuleSwitchesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private final Div list = new Div();

    @Inject
    public ModuleSwitchesView(Kernel kernel) {
        this.kernel = kernel;
        setId("module-switches-view");
        add(new H2(getTranslation("modules.title")), new Paragraph(getTranslation("modules.intro")), list);
        list.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        CallerIdentity caller = SignedIn.caller(kernel).orElse(null);
        if (caller == null) {
            return; // the access guard sends the user to sign in
        }
        Tenant home = kernel.tenants().require(caller.homeTenant());
        boolean english = Messages.isEnglish(getLocale());
        list.removeAll();
        var modules = kernel.switchboard().modulesOf(home.code());
        if (modules.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("modules.none"));
            empty.setId("modules-none");
            list.add(empty);
            return;
        }
        for (TenantModule module : modules) {
            Div row = new Div();
            row.setId("module-" + module.id());
            row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
            row.add(new H3(english ? module.nameEn() : module.nameZh()));
            row.add(new Paragraph(english ? module.descriptionEn() : module.descriptionZh()));
            Checkbox enabled = new Checkbox(getTranslation("modules.enabled"), module.enabled());
            enabled.setId("switch-" + module.id());
            Span status = new Span(statusText(module));
            status.setId("status-" + module.id());
            status.getStyle().set("margin-left", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)");
            // switching off is always possible; switching on needs the parents' allowance and a running module
            enabled.setEnabled(module.enabled() || (module.allowed() && module.state() == ModuleState.STARTED));
            enabled.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    switchModule(home.code(), module, e.getValue(), enabled);
                }
            });
            row.add(enabled, status);
            list.add(row);
        }
    }

    private String statusText(TenantModule module) {
        if (module.state() != ModuleState.STARTED) {
            return getTranslation("modules.failed");
        }
        return module.allowed() ? getTranslation("modules.allowed") : getTranslation("modules.notAllowed");
    }

    private void switchModule(String tenant, TenantModule module, boolean on, Checkbox box) {
        try {
            kernel.switchboard().switchModule(tenant, module.id(), on);
            Notification.show(getTranslation(on ? "modules.switchedOn" : "modules.switchedOff",
                    Messages.isEnglish(getLocale()) ? module.nameEn() : module.nameZh()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            MainLayout shell = findAncestor(MainLayout.class);
            if (shell != null) {
                shell.refresh(SignedIn.caller(kernel).orElseThrow());
            }
        } catch (ModuleNotAllowedException | TenantReadOnlyException e) {
            box.setValue(!on);
            Notification.show(getTranslation("modules.refused")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title");
    }
}
