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

import java.time.YearMonth;

import com.vaadin.flow.router.QueryParameters;

import org.qiaoyun.api.ModuleView;
import org.qiaoyun.kernel.indicator.MonthRange;
import org.qiaoyun.screens.Words;
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
 * Where a signed-in user lands: their federation, their roles, for admins and viewers the dashboard of their
 * federation's figures (a federation below opens in its place with {@code ?tenant=}), for a new county's admin a
 * checklist of first steps, and a card for each module enabled there. With no module on yet it says so, and
 * tells an admin where to switch one on.
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
        SignedIn.caller(kernel).ifPresent(caller -> show(caller, event.getLocation().getQueryParameters()));
    }

    private void show(CallerIdentity caller, QueryParameters query) {
        removeAll();
        Tenant home = kernel.tenants().require(caller.homeTenant());
        boolean english = Messages.isEnglish(getLocale());
        add(new H2(getTranslation("home.welcome", english ? home.names().en() : home.names().zh())));
        add(new Paragraph(getTranslation("home.roles", caller.roles().stream()
                .map(r -> getTranslation("role." + r.wireName())).sorted().toList().toString()
                .replace("[", "").replace("]", ""))));
        if (caller.canReadFiguresOf(home)) {
            Words words = Words.of(HomeView.class, "org.qiaoyun.ui.home.dashboard", getLocale());
            Tenant shown = query.getSingleParameter("tenant").flatMap(kernel.tenants()::find).filter(caller::canReadFiguresOf)
                    .orElse(home);
            if (caller.isAdmin() && shown.code().equals(home.code())) {
                Checklist.of(kernel, home, words).ifPresent(this::add);
            }
            add(new H3(words.get("dashboard.title", english ? shown.names().en() : shown.names().zh())));
            add(new Dashboard(kernel, caller, shown, range(query), words));
            if (!shown.code().equals(home.code())) {
                return; // a federation below: its figures only
            }
        }

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

    /** The months asked for in the address, else the twelve months to this one; a wrong pair falls back too. */
    private MonthRange range(QueryParameters query) {
        YearMonth now = kernel.indicators().currentMonth();
        try {
            return MonthRange.parse(query.getSingleParameter("from").orElse(null), query.getSingleParameter("to").orElse(null), now);
        } catch (org.qiaoyun.api.InvalidInputException e) {
            return MonthRange.yearTo(now);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
