package org.qiaoyun.plugins.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.Permissions;
import org.qiaoyun.plugins.events.newsletter.Edition;
import org.qiaoyun.plugins.events.newsletter.Editions;
import org.qiaoyun.plugins.events.newsletter.NewsletterLinks;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * The home-town newsletter's editions (侨刊乡讯), newest number first, a page at a time from the database; organisers
 * and admins start a new edition here and reach the readers' list; a row opens the edition's editor. The public
 * archive is linked for everyone.
 */
public class NewsletterView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    final Grid<Edition> grid = new Grid<>();
    final EmptyState empty;
    Button plan;
    private final transient Editions editions;

    public NewsletterView(TenantScope tenant, NewsletterLinks links) {
        this.editions = new Editions(tenant, links);
        Words t = EventWords.of(Words.screenLanguage());
        setId("newsletter-list");
        add(new H2(t.get("newsletter.title-list")));
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (Permissions.organises(tenant)) {
            plan = new Button(t.get("newsletter.new"), e -> new EditionForm(t, null, details -> {
                Edition planned = editions.plan(details);
                Attempt.told(t.get("form.saved"));
                UI.getCurrent().navigate(EditionView.route(tenant, planned.id()));
            }).open());
            plan.setId("newsletter-plan");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button readers = new Button(t.get("subscribers.title"), e -> UI.getCurrent().navigate(SubscribersView.route(tenant)));
            readers.setId("newsletter-subscribers");
            bar.add(plan, readers);
        }
        bar.add(new Anchor("p/" + tenant.tenantCode() + "/events/newsletter/", t.get("newsletter.archive")));
        grid.setId("newsletter-grid");
        grid.addColumn(Edition::number).setHeader(t.get("newsletter.number")).setAutoWidth(true);
        grid.addColumn(Edition::title).setHeader(t.get("newsletter.title")).setFlexGrow(2);
        grid.addColumn(e -> Formats.isoDate(e.issuedOn())).setHeader(t.get("newsletter.issuedOn")).setAutoWidth(true);
        grid.addColumn(e -> t.of(Text.of("events.edition.status." + e.status().name()))).setHeader(t.get("newsletter.status")).setAutoWidth(true);
        grid.addColumn(e -> e.status() == Edition.Status.SENT ? Integer.toString(e.recipients()) : "").setHeader(t.get("newsletter.recipients"))
                .setAutoWidth(true);
        grid.setItems(query -> editions.rows(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EditionView.route(tenant, e.getItem().id())));
        empty = new EmptyState(t.get("newsletter.empty"), Permissions.organises(tenant) ? t.get("newsletter.empty-first") : null);
        boolean none = editions.count() == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        add(bar, grid, empty);
    }

    /** Where the newsletter's screen is. */
    public static String route(TenantScope tenant) {
        return "t/" + tenant.tenantCode() + "/events/newsletter";
    }
}
