package org.qiaoyun.plugins.aid.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.Spreadsheets;
import org.qiaoyun.plugins.aid.casework.Reversals;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.ReasonDialog;
import org.qiaoyun.screens.Words;

/**
 * One fund: where its money comes from, its balance, and its ledger newest first (receipts, payments and
 * the reversals that correct them). Admins record receipts here; everyone who reads funds exports the ledger
 * and the donor report.
 */
public class FundView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    /** The ledger lines a screen shows; the export holds up to 100,000. */
    static final int SHOWN = 500;

    final Grid<FundEntry> ledger = new Grid<>();
    final Span balance = new Span();
    private final transient TenantScope tenant;
    private final transient org.qiaoyun.api.personal.IdVault vault;
    private String fundId;
    private Words t;

    public FundView(TenantScope tenant, org.qiaoyun.api.personal.IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("aid-fund-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        fundId = event.getRouteParameters().get("id").orElseThrow();
        t = AidWords.of(getLocale());
        show();
    }

    void show() {
        Funds funds = new Funds(tenant);
        Fund fund = funds.get(fundId);
        removeAll();
        boolean admin = tenant.callerHas("admin");
        Button receive = new Button(t.get("receipt.record"), e -> ReceiptDialog.open(tenant, t, fund, this::show));
        receive.setId("aid-receipt-open");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        receive.setVisible(admin);
        balance.setId("aid-fund-balance");
        balance.setText(t.get("fund.balance", Formats.money(fund.balance())));
        balance.getElement().getThemeList().add("badge success");
        add(new H2(fund.name()), new Paragraph(t.get("fund.facts", t.of(fund.source()), fund.donor() == null ? "—" : fund.donor(),
                Formats.time(fund.createdAt()))), new HorizontalLayout(balance, receive, export(fund, funds), donorReport(fund)));
        ledger.setId("aid-ledger");
        ledger.removeAllColumns();
        ledger.addColumn(e -> Formats.time(e.at())).setHeader(t.get("case.when")).setAutoWidth(true);
        ledger.addColumn(e -> t.of(e.kind())).setHeader(t.get("funds.kind")).setAutoWidth(true);
        // amounts are shown whole, never cut to "¥1,000…" on a phone (the grid scrolls sideways instead)
        ledger.addColumn(e -> Formats.money(e.amount())).setHeader(t.get("case.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setKey("amount");
        ledger.addColumn(e -> Formats.money(e.balance())).setHeader(t.get("funds.balance")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setKey("balance");
        ledger.addColumn(FundEntry::by).setHeader(t.get("case.who")).setAutoWidth(true);
        ledger.addColumn(FundEntry::note).setHeader(t.get("case.comment")).setFlexGrow(2);
        Button first = new Button(t.get("receipt.record"), e -> ReceiptDialog.open(tenant, t, fund, this::show));
        first.setId("aid-receipt-open-first");
        first.setVisible(admin);
        ledger.setEmptyStateComponent(new EmptyState(t.get("fund.empty"), t.get(admin ? "fund.empty.admin" : "fund.empty.others"), first));
        List<FundEntry> lines = funds.ledger(fundId, 0, SHOWN);
        Map<String, String> reversed = funds.reversals(lines);
        ledger.addComponentColumn(e -> reversal(fund, e, reversed.containsKey(e.id()), admin)).setHeader(t.get("ledger.reverse"))
                .setKey("reverse").setAutoWidth(true);
        ledger.setItems(lines);
        ledger.setAllRowsVisible(true);
        add(ledger);
    }

    /** What a line offers: a reversed line says so; an admin may reverse any other line but a reversal. */
    private Component reversal(Fund fund, FundEntry line, boolean reversed, boolean admin) {
        if (reversed) {
            Span said = new Span(t.get("ledger.reversed"));
            said.getElement().getThemeList().add("badge contrast");
            return said;
        }
        if (!admin || line.kind() == FundEntry.Kind.REVERSAL) {
            return new Span();
        }
        Button reverse = new Button(t.get("ledger.reverse"), e -> new ReasonDialog(t, new ReasonDialog.Wording("aid-reverse",
                t.get("ledger.reverse.header", t.of(line.kind()), Formats.money(line.amount())),
                t.get("ledger.reverse.consequence", Formats.money(line.amount()),
                        t.get(line.isPayment() ? "ledger.reverse.payment" : "ledger.reverse.receipt")),
                t.get("ledger.reverse.reason"), t.get("cancel"), t.get("ledger.reverse"),
                t.get("ledger.reverse.done", Formats.money(line.amount()))),
                reason -> new Reversals(tenant).reverse(fund.id(), line.id(), reason), this::show).open());
        reverse.setId("aid-reverse-" + line.id());
        reverse.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return reverse;
    }

    /** What the fund received and what it paid for, for its donor: a workbook in the screen's language, names masked. */
    private Anchor donorReport(Fund fund) {
        Anchor report = new Anchor(download -> {
            download.setFileName("donor-report.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            org.qiaoyun.plugins.aid.report.DonorReports reports = new org.qiaoyun.plugins.aid.report.DonorReports(tenant, vault);
            reports.write(reports.of(fund.id()), t.locale(), download.getOutputStream());
        }, t.get("fund.donor-report"));
        report.setId("aid-donor-report");
        return report;
    }

    private Anchor export(Fund fund, Funds funds) {
        Anchor export = new Anchor(download -> {
            download.setFileName("ledger.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            List<FundEntry> entries = funds.ledger(fund.id(), 0, 100_000);
            Spreadsheets.write(fund.name(), List.of(t.get("case.when"), t.get("funds.kind"), t.get("case.amount"), t.get("funds.balance"),
                            t.get("case.who"), t.get("case.comment")),
                    entries.stream().map(e -> Arrays.<Object>asList(Formats.time(e.at()), t.of(e.kind()), e.amount().toYuan(),
                            e.balance().toYuan(), e.by(), e.note())).toList(), download.getOutputStream());
        }, t.get("funds.export"));
        export.setId("aid-ledger-export");
        return export;
    }
}
