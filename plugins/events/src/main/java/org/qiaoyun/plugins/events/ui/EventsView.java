package org.qiaoyun.plugins.events.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.Permissions;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Status;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * The organisers' list of events: searched by title or place and status, sorted by any column, a page at a time from
 * the database (the grid asks by offset); an empty state says what to do first. Organisers and admins plan a new
 * event from here; a row opens the event.
 */
public class EventsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<CulturalEvent> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Status> status = new Select<>();
    final EmptyState empty;
    Button plan;
    private final transient TenantScope tenant;
    private final transient Events events;
    private final Words t;

    public EventsView(TenantScope tenant) {
        this.tenant = tenant;
        this.events = new Events(tenant);
        this.t = EventWords.of(Words.screenLanguage());
        setId("events-list");
        add(new H2(t.get("list.title")));
        search.setPlaceholder(t.get("list.search"));
        search.setId("events-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setItems(Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t.get("list.any-status"));
        status.setItemLabelGenerator(s -> s == null ? t.get("list.any-status") : EventWords.name(t, s));
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, status);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (Permissions.organises(tenant)) {
            plan = new Button(t.get("list.plan"), e -> new EventForm(t, null, details -> {
                CulturalEvent planned = events.plan(details);
                Attempt.told(t.get("form.saved"));
                UI.getCurrent().navigate(EventView.route(tenant, planned.id()));
            }).open());
            plan.setId("events-plan");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(plan);
        }
        grid.setId("events-grid");
        grid.addColumn(e -> Formats.time(e.startsAt())).setHeader(t.get("event.startsAt")).setKey("startsAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(CulturalEvent::title).setHeader(t.get("event.title")).setKey("title").setSortable(true).setFlexGrow(2);
        grid.addColumn(e -> EventWords.name(t, e.kind())).setHeader(t.get("event.kind")).setKey("kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.place() == null ? t.get("event.online") : e.place()).setHeader(t.get("event.place")).setAutoWidth(true);
        grid.addColumn(CulturalEvent::capacity).setHeader(t.get("event.capacity")).setKey("capacity").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> EventWords.name(t, e.status())).setHeader(t.get("event.status")).setKey("status").setSortable(true).setAutoWidth(true);
        grid.setItems(query -> {
            List<QuerySortOrder> order = query.getSortOrders();
            String sort = order.isEmpty() ? "startsAt" : order.get(0).getSorted();
            boolean descending = !order.isEmpty() && order.get(0).getDirection() == SortDirection.DESCENDING;
            return events.rows(new Events.Search(search.getValue(), status.getValue(), null, sort, descending), query.getOffset(),
                    query.getLimit()).stream();
        });
        grid.addItemClickListener(e -> UI.getCurrent().navigate(EventView.route(tenant, e.getItem().id())));
        empty = new EmptyState(t.get("list.empty"), Permissions.organises(tenant) ? t.get("list.empty-first") : null);
        add(bar, grid, empty);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        org.qiaoyun.plugins.events.registration.Registrations.forgetPast(tenant);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = events.count(new Events.Search(search.getValue(), status.getValue(), null, null, false)) == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }
}
