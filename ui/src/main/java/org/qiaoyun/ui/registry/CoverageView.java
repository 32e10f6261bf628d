package org.qiaoyun.ui.registry;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Area;
import org.qiaoyun.kernel.registry.AreaCoverage;
import org.qiaoyun.kernel.registry.Areas;
import org.qiaoyun.kernel.registry.CoverageReport;
import org.qiaoyun.kernel.registry.Figures;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantStatus;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.Words;
import org.qiaoyun.ui.shell.MainLayout;

/**
 * 基层组织覆盖: how many of the areas that should have a grassroots federation have one. A federation's admins
 * and viewers see its subtree's figures, split by its children (a row opens that child's report); a county (or a
 * city without counties) also lists its townships and villages, which its admins and the admins above record and
 * change here. Figures only: no person is named.
 */
@Route(value = "coverage", layout = MainLayout.class)
@Dependent
public class CoverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private transient CallerIdentity caller;
    private transient Words words;
    private transient Tenant tenant;

    final ComboBox<Tenant> chooser = new ComboBox<>();
    final FlexLayout headline = new FlexLayout();
    final Grid<CoverageReport.Row> children = new Grid<>();
    final Grid<Area> areas = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<AreaCoverage> standing = new ComboBox<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button remove = new Button();
    private final VerticalLayout areaSection = new VerticalLayout();
    private transient AreaSheetActions sheet;
    private transient ProgressPanel progress;

    @Inject
    public CoverageView(Kernel kernel) {
        this.kernel = kernel;
        setId("coverage-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (caller == null) {
            Optional<RegistryEntry> entry = RegistryEntry.enter(kernel, event);
            if (entry.isEmpty()) {
                return;
            }
            caller = entry.get().caller();
            words = entry.get().words();
            build();
        }
        show(new RegistryEntry(caller, words).federation(kernel, event));
    }

    private void build() {
        setSizeFull();
        chooser.setId("coverage-tenant");
        chooser.setLabel(words.get("coverage.federation"));
        chooser.setItemLabelGenerator(this::name);
        chooser.setWidth("24em");
        chooser.setMaxWidth("100%");
        chooser.setItems(query -> caller.isAdmin()
                ? kernel.tenants().subtree(caller.homePath(), query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream()
                : java.util.stream.Stream.of(kernel.tenants().require(caller.homeTenant())).skip(query.getOffset()).limit(query.getLimit()));
        chooser.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(CoverageView.class, new com.vaadin.flow.router.QueryParameters(
                        java.util.Map.of("tenant", java.util.List.of(e.getValue().code()))));
            }
        });

        headline.setId("coverage-headline");
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.getStyle().set("gap", "var(--lumo-space-l)");

        children.setId("coverage-children");
        children.addColumn(row -> name(row.tenant())).setHeader(words.get("coverage.federation")).setFlexGrow(2);
        children.addColumn(row -> row.figures().areas()).setHeader(words.get("coverage.areas"));
        children.addColumn(row -> row.figures().people()).setHeader(words.get("coverage.people"));
        children.addColumn(row -> row.figures().due()).setHeader(words.get("coverage.due"));
        children.addColumn(row -> row.figures().covered()).setHeader(words.get("coverage.covered"));
        children.addColumn(row -> row.figures().gap()).setHeader(words.get("coverage.gap"));
        children.addColumn(row -> rate(row.figures())).setHeader(words.get("coverage.rate"));
        children.addColumn(row -> ProgressPanel.metText(words, row.progress())).setHeader(words.get("coverage.targetMet"));
        children.setEmptyStateText(words.get("coverage.noChildren"));
        children.setAllRowsVisible(true);
        children.addItemClickListener(e -> UI.getCurrent().navigate(CoverageView.class, new com.vaadin.flow.router.QueryParameters(
                java.util.Map.of("tenant", java.util.List.of(e.getItem().tenant().code())))));

        search.setId("areas-search");
        search.setPlaceholder(words.get("areas.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> areas.getDataProvider().refreshAll());
        standing.setId("areas-standing");
        standing.setPlaceholder(words.get("areas.allStandings"));
        standing.setItems(AreaCoverage.values());
        standing.setItemLabelGenerator(value -> words.get("standing." + value.wireName()));
        standing.setClearButtonVisible(true);
        standing.addValueChangeListener(e -> areas.getDataProvider().refreshAll());

        areas.setId("areas-grid");
        areas.addColumn(Area::divisionCode).setHeader(words.get("areas.code"));
        areas.addColumn(Area::name).setHeader(words.get("areas.name")).setFlexGrow(2);
        areas.addColumn(a -> words.get("kind." + a.kind().wireName())).setHeader(words.get("areas.kind"));
        areas.addColumn(Area::people).setHeader(words.get("areas.people"));
        areas.addColumn(a -> a.surveyYear() == null ? "" : String.valueOf(a.surveyYear())).setHeader(words.get("areas.surveyYear"));
        areas.addColumn(a -> a.organisationName() == null ? words.get("form." + a.organisation().wireName())
                : a.organisationName() + "（" + words.get("form." + a.organisation().wireName()) + "）").setHeader(words.get("areas.organisation")).setFlexGrow(2);
        areas.addComponentColumn(a -> badge(a.coverage())).setHeader(words.get("areas.standing"));
        areas.setDataProvider(DataProvider.fromCallbacks(
                query -> kernel.areas().page(tenant.code(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) kernel.areas().count(tenant.code(), filter())));
        areas.setEmptyStateText(words.get("areas.none"));
        areas.addSelectionListener(e -> updateActions());

        add.setText(words.get("areas.add"));
        add.setId("action-add-area");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new AreaDialog(kernel, words, tenant.code(), null, this::saved).open());
        edit.setText(words.get("areas.edit"));
        edit.setId("action-edit-area");
        edit.addClickListener(e -> selected().ifPresent(a -> new AreaDialog(kernel, words, tenant.code(), a, this::saved).open()));
        remove.setText(words.get("areas.remove"));
        remove.setId("action-remove-area");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> selected().ifPresent(this::confirmRemove));

        HorizontalLayout filters = new HorizontalLayout(search, standing);
        sheet = new AreaSheetActions(kernel, words, () -> tenant, () -> show(tenant));
        FlexLayout actions = new FlexLayout(add, edit, remove, sheet);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        areaSection.setId("areas-section");
        areaSection.setPadding(false);
        areaSection.add(new H3(words.get("areas.title")), new Paragraph(words.get("areas.rule")), filters, actions, areas);
        areaSection.setFlexGrow(1, areas);
        Button profile = new Button(words.get("coverage.profile"), e -> UI.getCurrent().navigate(ProfileView.class,
                new com.vaadin.flow.router.QueryParameters(java.util.Map.of("tenant", java.util.List.of(tenant.code())))));
        profile.setId("action-profile");
        profile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button homes = new Button(words.get("coverage.homes"), e -> UI.getCurrent().navigate(HomesView.class,
                new com.vaadin.flow.router.QueryParameters(java.util.Map.of("tenant", java.util.List.of(tenant.code())))));
        homes.setId("action-homes");
        homes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button associations = new Button(words.get("coverage.associations"), e -> UI.getCurrent().navigate(AssociationsView.class,
                new com.vaadin.flow.router.QueryParameters(java.util.Map.of("tenant", java.util.List.of(tenant.code())))));
        associations.setId("action-associations");
        associations.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button nominations = new Button(words.get("coverage.nominations"), e -> UI.getCurrent().navigate(NominationsView.class));
        nominations.setId("action-nominations");
        nominations.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button points = new Button(words.get("coverage.points"), e -> UI.getCurrent().navigate(ContactPointsView.class));
        points.setId("action-contact-points");
        points.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        com.vaadin.flow.component.html.Anchor report = new com.vaadin.flow.component.html.Anchor(event -> {
            event.setFileName("coverage-" + tenant.code() + ".xlsx");
            event.setContentType(AreaSheetActions.XLSX);
            event.getOutputStream().write(org.qiaoyun.kernel.registry.CoverageSheet.write(kernel.coverage().of(tenant.code()),
                    words.locale(), kernel.clock().instant()));
        }, words.get("coverage.export"));
        report.setId("action-export-coverage");
        progress = new ProgressPanel(kernel, words, () -> show(tenant));
        FlexLayout top = new FlexLayout(chooser, profile, homes, associations, points, nominations, report); // wraps on a phone instead of overflowing
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setAlignItems(Alignment.BASELINE);
        top.getStyle().set("gap", "var(--lumo-space-s)");
        // the progress last: a county's areas stay right below its figures
        add(new H2(words.get("coverage.title")), top, headline, children, areaSection, progress);
    }

    private void show(Tenant chosen) {
        tenant = chosen;
        chooser.setValue(chosen);
        CoverageReport.Coverage report = kernel.coverage().of(chosen.code());
        headline.removeAll();
        Figures total = report.total();
        headline.add(figure("headline-due", words.get("coverage.due"), String.valueOf(total.due())),
                figure("headline-covered", words.get("coverage.covered"), String.valueOf(total.covered())),
                figure("headline-gap", words.get("coverage.gap"), String.valueOf(total.gap())),
                figure("headline-rate", words.get("coverage.rate"), rate(total)),
                figure("headline-people", words.get("coverage.people"), String.valueOf(total.people())));
        progress.show(chosen, caller, report.progress());
        children.setItems(report.rows().stream().filter(row -> !row.tenant().code().equals(chosen.code())).toList());
        children.setVisible(report.rows().stream().anyMatch(row -> !row.tenant().code().equals(chosen.code())));
        // a county keeps its townships and villages; so does a city without counties (东莞, 中山)
        boolean keepsAreas = chosen.level() == TenantLevel.COUNTY || chosen.level() == TenantLevel.CITY
                && report.rows().stream().noneMatch(row -> row.tenant().level() == TenantLevel.COUNTY);
        areaSection.setVisible(keepsAreas);
        if (keepsAreas) {
            areas.getDataProvider().refreshAll();
        }
        updateActions();
    }

    private Optional<Area> selected() {
        return areas.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean writable = tenant != null && caller.canAdminister(tenant) && tenant.status() == TenantStatus.ACTIVE;
        add.setVisible(writable);
        sheet.writable(writable);
        edit.setVisible(writable);
        remove.setVisible(writable);
        edit.setEnabled(selected().isPresent());
        remove.setEnabled(selected().isPresent());
    }

    private void confirmRemove(Area area) {
        Confirm.destructive(words, words.get("areas.remove.question", area.name()), words.get("areas.remove.consequence"),
                words.get("areas.remove"), () -> {
                    if (Attempt.run(words, () -> kernel.areas().remove(tenant.code(), area.id(), area.version()),
                            words.get("areas.removed", area.name()))) {
                        show(tenant);
                    }
                }).open();
    }

    private void saved(Area area) {
        Attempt.told(words.get("areas.saved", area.name()));
        areas.deselectAll();
        show(tenant);
    }

    private Areas.Search filter() {
        return new Areas.Search(search.getValue(), standing.getValue());
    }

    private String name(Tenant t) {
        return words.english() ? t.names().en() : t.names().zh();
    }

    private String rate(Figures figures) {
        return Rates.of(words, figures.rate());
    }

    private Span badge(AreaCoverage coverage) {
        Span badge = new Span(words.get("standing." + coverage.wireName()));
        badge.getElement().getThemeList().add("badge " + switch (coverage) {
            case COVERED -> "success";
            case GAP -> "error";
            case SERVED -> "contrast";
            case OPEN -> "";
        });
        return badge;
    }

    private static VerticalLayout figure(String id, String label, String value) {
        Span number = new Span(value);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        VerticalLayout box = new VerticalLayout(number, new Span(label));
        box.setId(id);
        box.setPadding(false);
        box.setSpacing(false);
        box.setWidth("auto");
        return box;
    }

    @Override
    public String getPageTitle() {
        return words == null ? "" : words.get("coverage.title");
    }
}
