package org.qiaoyun.ui.home;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.api.ModuleView;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.module.TenantModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.ui.shell.Messages;
import org.qiaoyun.ui.shell.MainLayout;
import org.qiaoyun.ui.shell.ModuleRoutes;
import org.qiaoyun.ui.shell.SignedIn;

/**
 * Where a signed-in user lands: their federation, their roles, and a card for each module enabled
 * there. With no module on yet it says so, and tells an admin where to switch one on.
 */
@Route(value = "", layout = MainLayout.class)
@Dependent
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;

    @Inject
    public HomeView(Kernel kernel) {
        this.kernel = kernel;
        setId("home-view");
    }

    /** Built on entering, after the access guard let the caller in. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedIn.caller(kernel).ifPresent(this::show);
    }

    private void show(CallerIdentity caller) {
        removeAll();
        Tenant home = kernel.tenants().require(caller.homeTenant());
        boolean english = Messages.isEnglish(getLocale());
        add(new H2(getTranslation("home.welcome", english ? home.names().en() : home.names().zh())));
        add(new Paragraph(getTranslation("home.roles", caller.roles().stream()
                .map(r -> getTranslation("role." + r.wireName())).sorted().toList().toString()
                .replace("[", "").replace("]", ""))));

        List<TenantModule> active = kernel.switchboard().modulesOf(home.code()).stream().filter(TenantModule::active).toList();
        add(new H3(getTranslation("home.modules")));
        if (active.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.noModules"));
            empty.setId("home-no-modules");
            add(empty);
            if (caller.has(Role.ADMIN)) {
                add(new Anchor("admin/modules", getTranslation("home.switchOn")));
            }
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        for (TenantModule module : active) {
            Div card = new Div();
            card.setId("card-" + module.id());
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-m)").set("width", "16em").set("max-width", "100%");
            List<ModuleView> views = kernel.modules().find(module.id()).orElseThrow().views().stream()
                    .filter(ModuleView::inMenu).toList();
            String name = english ? module.nameEn() : module.nameZh();
            card.add(views.isEmpty() ? new H3(name)
                    : new H3(new Anchor(ModuleRoutes.locationOf(home.code(), module.id(), views.get(0)), name)));
            card.add(new Paragraph(english ? module.descriptionEn() : module.descriptionZh()));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
