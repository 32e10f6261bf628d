package org.qiaoyun.plugins.legal.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.Permissions;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.screens.Words;

/**
 * The work list: the matters the person reads (as an adviser: those assigned to them; as a centre's head: the
 * centre's), most urgent first, filtered to their own, due soon or overdue, by status, category or name. An
 * overdue matter is flagged; a deadline counted on a year without its notice says it is provisional.
 */
public class WorkListView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    /** The work list shows the most urgent matters, up to this many; the search narrows it. */
    static final int SHOWN = 200;

    final Checkbox mine = new Checkbox();
    final Checkbox dueSoon = new Checkbox();
    final Checkbox overdue = new Checkbox();
    final ComboBox<Status> status = new ComboBox<>();
    final ComboBox<Category> category = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<Consultation> grid = new Grid<>();
    final Paragraph total = new Paragraph();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    private boolean built;

    public WorkListView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("legal-worklist");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = LegalWords.of(getLocale());
        Consultations consultations = new Consultations(tenant, vault);
        mine.setLabel(t.get("list.mine"));
        mine.setId("legal-mine");
        dueSoon.setLabel(t.get("list.dueSoon", Consultations.DUE_SOON_DAYS));
        dueSoon.setId("legal-due-soon");
        overdue.setLabel(t.get("list.overdue"));
        overdue.setId("legal-overdue");
        status.setLabel(t.get("matter.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> LegalWords.name(t, s));
        status.setClearButtonVisible(true);
        category.setLabel(t.get("matter.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> LegalWords.name(t, c));
        category.setClearButtonVisible(true);
        search.setLabel(t.get("list.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        LocalDate today = ChinaTime.today(tenant);
        grid.setId("legal-consultations");
        grid.addColumn(Consultation::personName).setHeader(t.get("matter.person")).setAutoWidth(true);
        grid.addColumn(c -> LegalWords.name(t, c.category())).setHeader(t.get("matter.category")).setAutoWidth(true);
        grid.addColumn(c -> LegalWords.name(t, c.status())).setHeader(t.get("matter.status")).setAutoWidth(true);
        grid.addColumn(c -> c.receivedOn().toString()).setHeader(t.get("matter.received")).setAutoWidth(true);
        grid.addComponentColumn(c -> due(t, c, today)).setHeader(t.get("matter.nextDue")).setAutoWidth(true);
        grid.setEmptyStateText(t.get("list.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(MatterView.route(tenant, e.getItem().id())));
        for (var filter : java.util.List.of(mine, dueSoon, overdue)) {
            filter.addValueChangeListener(e -> show(consultations, t));
        }
        status.addValueChangeListener(e -> show(consultations, t));
        category.addValueChangeListener(e -> show(consultations, t));
        search.addValueChangeListener(e -> show(consultations, t));

        FlexLayout actions = new FlexLayout();
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (Permissions.takesIn(tenant) || consultations.callerIsHead()) {
            Button intake = new Button(t.get("intake.title"), e -> UI.getCurrent().navigate(IntakeView.route(tenant)));
            intake.setId("legal-new-intake");
            intake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(intake);
        }
        if (consultations.callerIsHead()) {
            Button desk = new Button(t.get("desk.title"), e -> UI.getCurrent().navigate(DeskView.route(tenant)));
            desk.setId("legal-open-desk");
            actions.add(desk);
        }
        com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor(download -> {
            download.setFileName("consultations.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            org.qiaoyun.plugins.legal.MatterSheet.write(consultations.export(search()), t.locale(), download.getOutputStream());
        }, t.get("list.export"));
        export.setId("legal-export");
        actions.add(export);
        FlexLayout filters = new FlexLayout(mine, dueSoon, overdue, status, category, search);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        total.setId("legal-total");
        add(new H2(t.get("list.title")), actions, filters, total, grid);
        setFlexGrow(1, grid);
        show(consultations, t);
    }

    private Consultations.WorkSearch search() {
        return new Consultations.WorkSearch(mine.getValue(), dueSoon.getValue(), overdue.getValue(), status.getValue(), category.getValue(),
                null, search.getValue(), null);
    }

    private void show(Consultations consultations, Words t) {
        Page<Consultation> found = consultations.page(search(), 0, SHOWN);
        grid.setItems(found.items());
        total.setText(found.total() > SHOWN ? t.get("list.totalMore", found.total(), SHOWN) : t.get("list.total", found.total()));
    }

    /** The next deadline, flagged when passed, marked when provisional. */
    static Span due(Words t, Consultation c, LocalDate today) {
        if (c.nextDue() == null) {
            return new Span("—");
        }
        Span due = new Span(c.nextDue() + (c.dueProvisional() ? " " + t.get("matter.provisional") : ""));
        if (c.overdue(today)) {
            due.setText(due.getText() + " · " + t.get("matter.overdue"));
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }
}
