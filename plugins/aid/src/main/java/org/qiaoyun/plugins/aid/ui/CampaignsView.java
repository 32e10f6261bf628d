package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.campaign.Campaign;
import org.qiaoyun.plugins.aid.campaign.Campaigns;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * The federation's campaigns (送温暖, 金秋助学), the newest first: kind, period, status; a row opens the campaign.
 * Caseworkers and admins draft one here (the service checks the role again).
 */
public class CampaignsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<Campaign> campaigns = new Grid<>();
    private final transient TenantScope tenant;

    public CampaignsView(TenantScope tenant) {
        this.tenant = tenant;
        setId("aid-campaigns-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Words t = AidWords.of(getLocale());
        removeAll();
        boolean prepares = tenant.callerHas("caseworker") || tenant.callerHas("admin");
        Button draft = new Button(t.get("campaigns.new"), e -> CampaignDialog.draft(tenant, t, this::open));
        draft.setId("aid-campaign-new");
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.setVisible(prepares);
        campaigns.setId("aid-campaigns");
        campaigns.removeAllColumns();
        campaigns.addColumn(Campaign::name).setHeader(t.get("campaigns.name")).setAutoWidth(true).setFlexGrow(2);
        campaigns.addColumn(c -> t.get("campaign.kind." + c.kind().name())).setHeader(t.get("campaigns.kind")).setAutoWidth(true);
        campaigns.addColumn(c -> Formats.date(c.from(), t.locale()) + " – " + Formats.date(c.to(), t.locale()))
                .setHeader(t.get("campaigns.period")).setAutoWidth(true);
        campaigns.addColumn(c -> t.get("campaign.status." + c.status().name())).setHeader(t.get("campaigns.status")).setAutoWidth(true);
        campaigns.setAllRowsVisible(true);
        campaigns.addItemClickListener(e -> open(e.getItem()));
        campaigns.setEmptyStateComponent(new EmptyState(t.get("campaigns.none"), t.get(prepares ? "campaigns.none.first" : "campaigns.none.others")));
        campaigns.setItems(new Campaigns(tenant).all());
        add(new HorizontalLayout(new H2(t.get("campaigns.title")), draft), campaigns);
        // the caller's own visits, if they were given any, are one click away
        add(new com.vaadin.flow.component.html.Anchor("t/" + tenant.tenantCode() + "/aid/visits", t.get("visits.title")));
    }

    private void open(Campaign campaign) {
        UI.getCurrent().navigate("t/" + tenant.tenantCode() + "/aid/campaign/" + campaign.id());
    }
}
