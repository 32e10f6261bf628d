package org.qiaoyun.plugins.aid.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.Words;

/** The tenant's funds with their balances; choosing one shows its ledger, newest first. */
public class FundsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    final Grid<Fund> funds = new Grid<>();
    final Grid<FundEntry> ledger = new Grid<>();
    private final transient TenantScope tenant;
    private boolean built;

    public FundsView(TenantScope tenant) {
        this.tenant = tenant;
        setId("aid-funds-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = AidWords.of(getLocale());
        Funds all = new Funds(tenant);
        funds.setId("aid-funds");
        funds.addColumn(Fund::name).setHeader(t.get("funds.name")).setAutoWidth(true);
        funds.addColumn(f -> t.of(f.source())).setHeader(t.get("funds.source"));
        funds.addColumn(Fund::donor).setHeader(t.get("funds.donor"));
        funds.addColumn(f -> f.balance().toString()).setHeader(t.get("funds.balance"));
        funds.setItems(all.all());
        funds.setAllRowsVisible(true);
        funds.setEmptyStateText(t.get("funds.none"));
        ledger.setId("aid-ledger");
        ledger.addColumn(e -> TIME.format(e.at())).setHeader(t.get("case.when")).setAutoWidth(true);
        ledger.addColumn(e -> t.of(e.kind())).setHeader(t.get("funds.kind"));
        ledger.addColumn(e -> e.amount().toString()).setHeader(t.get("case.amount"));
        ledger.addColumn(e -> e.balance().toString()).setHeader(t.get("funds.balance"));
        ledger.addColumn(FundEntry::by).setHeader(t.get("case.who"));
        ledger.addColumn(FundEntry::note).setHeader(t.get("case.comment")).setFlexGrow(2);
        ledger.setEmptyStateText(t.get("funds.chooseOne"));
        funds.asSingleSelect().addValueChangeListener(e -> ledger.setItems(e.getValue() == null ? java.util.List.of()
                : all.ledger(e.getValue().id(), 0, 500)));
        Button refresh = new Button(t.get("funds.refresh"), e -> funds.setItems(all.all()));
        com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor(download -> {
            Fund chosen = funds.asSingleSelect().getValue();
            download.setFileName("ledger.xlsx");
            download.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            org.qiaoyun.plugins.aid.Spreadsheets.write(chosen == null ? t.get("funds.ledger") : chosen.name(),
                    java.util.List.of(t.get("case.when"), t.get("funds.kind"), t.get("case.amount"), t.get("funds.balance"),
                            t.get("case.who"), t.get("case.comment")),
                    chosen == null ? java.util.List.of() : all.ledger(chosen.id(), 0, 100_000).stream()
                            .map(e -> java.util.Arrays.<Object>asList(TIME.format(e.at()), t.of(e.kind()), e.amount().toYuan(),
                                    e.balance().toYuan(), e.by(), e.note())).toList(),
                    download.getOutputStream());
        }, t.get("funds.export"));
        export.setId("aid-ledger-export");
        add(new H2(t.get("funds.title")), refresh, funds, new H3(t.get("funds.ledger")), export, ledger);
    }
}
