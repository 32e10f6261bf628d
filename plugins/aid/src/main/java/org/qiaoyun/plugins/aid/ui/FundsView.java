package org.qiaoyun.plugins.aid.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * The federation's funds with their balances and what they hold together; a row opens the fund's ledger.
 * Admins open a fund here (the button is theirs only; the service checks the role again).
 */
public class FundsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<Fund> funds = new Grid<>();
    final Span total = new Span();
    private final transient TenantScope tenant;
    private Words t;

    public FundsView(TenantScope tenant) {
        this.tenant = tenant;
        setId("aid-funds-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        t = AidWords.of(getLocale());
        removeAll();
        Button open = new Button(t.get("funds.open"), e -> FundDialog.open(tenant, t, this::opened));
        open.setId("aid-fund-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean admin = tenant.callerHas("admin");
        open.setVisible(admin);
        funds.setId("aid-funds");
        funds.removeAllColumns();
        funds.addColumn(Fund::name).setHeader(t.get("funds.name")).setAutoWidth(true).setFlexGrow(2);
        funds.addColumn(f -> t.of(f.source())).setHeader(t.get("funds.source"));
        funds.addColumn(Fund::donor).setHeader(t.get("funds.donor"));
        funds.addColumn(f -> Formats.money(f.balance())).setHeader(t.get("funds.balance")).setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setKey("balance");
        funds.setAllRowsVisible(true);
        funds.addItemClickListener(e -> UI.getCurrent().navigate("t/" + tenant.tenantCode() + "/aid/fund/" + e.getItem().id()));
        Button first = new Button(t.get("funds.open"), e -> FundDialog.open(tenant, t, this::opened));
        first.setId("aid-fund-open-first");
        first.setVisible(admin);
        funds.setEmptyStateComponent(new EmptyState(t.get("funds.none"), t.get(admin ? "funds.none.admin" : "funds.none.others"), first));
        total.setId("aid-funds-total");
        add(new HorizontalLayout(new H2(t.get("funds.title")), open), total, funds);
        show();
    }

    private void opened(Fund fund) {
        UI.getCurrent().navigate("t/" + tenant.tenantCode() + "/aid/fund/" + fund.id());
    }

    private void show() {
        List<Fund> all = new Funds(tenant).all();
        funds.setItems(all);
        total.setText(t.get("funds.total", all.size(), Formats.money(all.stream().map(Fund::balance).reduce(Money.ZERO, Money::plus))));
    }
}
