package org.qiaoyun.plugins.aid.ui;

import java.util.Arrays;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * A caseworker's work list: counts of cases by status and sums on top, then the cases newest first, a page
 * at a time, filtered to their own, by status, aid type, the beneficiary's name or vulnerability. A row
 * opens the case.
 */
public class CasesView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Checkbox mine = new Checkbox();
    final Checkbox overdue = new Checkbox();
    final ComboBox<CaseStatus> status = new ComboBox<>();
    final ComboBox<AidType> type = new ComboBox<>();
    final com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField();
    final ComboBox<org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag> tag = new ComboBox<>();
    final Grid<AidCase> grid = new Grid<>();
    final FlexLayout counts = new FlexLayout();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    /** The names of the people whose cases the grid has shown. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private boolean built;

    public CasesView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("aid-cases-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = AidWords.of(getLocale());
        Casework casework = new Casework(tenant);
        mine.setLabel(t.get("cases.mine"));
        mine.setId("aid-mine");
        overdue.setLabel(t.get("cases.overdue"));
        overdue.setId("aid-overdue");
        status.setLabel(t.get("cases.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(t::of);
        status.setClearButtonVisible(true);
        type.setLabel(t.get("cases.type"));
        type.setItems(AidType.values());
        type.setItemLabelGenerator(t::of);
        type.setClearButtonVisible(true);
        search.setLabel(t.get("people.search"));
        search.setId("aid-case-search");
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        tag.setLabel(t.get("people.tag"));
        tag.setItems(org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag.values());
        tag.setItemLabelGenerator(t::of);
        tag.setClearButtonVisible(true);

        grid.setId("aid-cases");
        grid.addColumn(c -> names.getOrDefault(c.beneficiaryId(), "")).setHeader(t.get("cases.beneficiary")).setAutoWidth(true);
        grid.addColumn(c -> t.of(c.type())).setHeader(t.get("cases.type")).setAutoWidth(true);
        grid.addColumn(c -> c.requested().toString()).setHeader(t.get("cases.requested")).setAutoWidth(true).setKey("requested");
        grid.addColumn(c -> t.of(c.status())).setHeader(t.get("cases.status"));
        grid.addColumn(c -> c.assignment() == null ? c.createdBy() : c.assignment().assignee()).setHeader(t.get("cases.createdBy"));
        java.time.LocalDate today = org.qiaoyun.plugins.aid.AidIndicators.today(tenant);
        grid.addColumn(c -> c.assignment() == null || c.assignment().dueDate() == null ? ""
                : c.assignment().dueDate() + (c.overdue(today) ? " " + t.get("cases.overdue.mark") : "")).setHeader(t.get("cases.due"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.createdAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString())
                .setHeader(t.get("cases.created"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                q -> {
                    java.util.List<AidCase> page = casework.list(filter(), q.getOffset(), q.getLimit());
                    // whom each case is for: the names of this page's people, read (and audited) with it
                    names.putAll(new Beneficiaries(tenant, vault).names(page.stream().map(AidCase::beneficiaryId).toList()));
                    return page.stream();
                },
                q -> (int) casework.count(filter())));
        grid.setEmptyStateText(t.get("cases.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("t/" + tenant.tenantCode() + "/aid/case/" + e.getItem().id()));
        mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        overdue.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        tag.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        counts.setId("aid-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-m)");
        Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).forEach(s -> {
            Span count = new Span(t.of(s) + ": " + casework.count(new Casework.Search(false, s, null, null)));
            count.getElement().getThemeList().add("badge");
            counts.add(count);
        });
        Casework.Sums sums = casework.openSums();
        long balance = new org.qiaoyun.plugins.aid.fund.Funds(tenant).all().stream().mapToLong(f -> f.balance().fen()).sum();
        Span money = new Span(t.get("cases.sums", sums.requested(), sums.approved(), sums.disbursed(),
                new org.qiaoyun.api.Money(balance)));
        money.setId("aid-sums");
        money.getElement().getThemeList().add("badge contrast");
        counts.add(money);

        Button create = new Button(t.get("cases.new"), e -> NewCaseDialog.open(tenant, vault, t, created ->
                UI.getCurrent().navigate("t/" + tenant.tenantCode() + "/aid/case/" + created.id())));
        create.setId("aid-new-case");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor(download -> {
            download.setFileName("cases.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            org.qiaoyun.plugins.aid.Spreadsheets.write(t.get("cases.title"),
                    java.util.List.of(t.get("cases.beneficiary"), t.get("cases.type"), t.get("cases.requested"), t.get("cases.status"),
                            t.get("cases.createdBy"), t.get("cases.created")),
                    exportRows(t), download.getOutputStream());
        }, t.get("cases.export"));
        export.setId("aid-cases-export");
        FlexLayout filters = new FlexLayout(mine, overdue, status, type, search, tag, create, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        add(new H2(t.get("cases.title")), counts);
        addPaymentsDue(t);
        add(filters, grid);
        setFlexGrow(1, grid);
    }

    /**
     * The months of periodic aid due by this month (earlier ones left unpaid among them), above the cases: whom for,
     * which month, how much, and why a payment was refused. A row opens its case, where the month is paid.
     */
    private void addPaymentsDue(Words t) {
        java.util.List<org.qiaoyun.plugins.aid.periodic.PeriodicAid.Due> due = new org.qiaoyun.plugins.aid.periodic.PeriodicAid(tenant).due();
        if (due.isEmpty()) {
            return;
        }
        java.util.Map<String, String> people = new Beneficiaries(tenant, vault).names(
                due.stream().map(org.qiaoyun.plugins.aid.periodic.PeriodicAid.Due::beneficiaryId).toList());
        Grid<org.qiaoyun.plugins.aid.periodic.PeriodicAid.Due> months = new Grid<>();
        months.setId("aid-payments-due");
        months.addColumn(d -> people.getOrDefault(d.beneficiaryId(), "")).setHeader(t.get("cases.beneficiary")).setAutoWidth(true);
        months.addColumn(d -> d.period().toString()).setHeader(t.get("schedule.month")).setAutoWidth(true);
        months.addColumn(d -> d.schedule().monthly().toString()).setHeader(t.get("case.amount")).setAutoWidth(true);
        months.addColumn(d -> d.refusal().map(t::of).orElse("")).setHeader(t.get("schedule.refusal")).setFlexGrow(2);
        months.setItems(due);
        months.setAllRowsVisible(true);
        months.addItemClickListener(e -> UI.getCurrent().navigate("t/" + tenant.tenantCode() + "/aid/case/" + e.getItem().schedule().caseId()));
        add(new com.vaadin.flow.component.html.H3(t.get("schedule.due", due.size())), months);
    }

    /** The work list as people keep it: whom each case is for, amounts in yuan, times in Beijing. */
    private java.util.List<java.util.List<Object>> exportRows(Words t) {
        java.util.List<AidCase> cases = new Casework(tenant).list(filter(), 0, 100_000);
        java.util.Map<String, String> names = new Beneficiaries(tenant, vault).names(cases.stream().map(AidCase::beneficiaryId).toList());
        return cases.stream().map(c -> java.util.List.<Object>of(names.getOrDefault(c.beneficiaryId(), ""), t.of(c.type()),
                c.requested().toYuan(), t.of(c.status()), c.createdBy(), Formats.time(c.createdAt()))).toList();
    }

    private Casework.Search filter() {
        return new Casework.Search(mine.getValue(), status.getValue(), type.getValue(), null, search.getValue(), tag.getValue(),
                overdue.getValue());
    }
}
