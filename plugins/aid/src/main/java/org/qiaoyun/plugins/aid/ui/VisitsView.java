package org.qiaoyun.plugins.aid.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.campaign.Household;
import org.qiaoyun.plugins.aid.campaign.Visits;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * The visitor's list on a phone (390 px): one card per household given to them in a campaign under way, with the
 * person's name, address and what to hand over (never an ID number: the service gives no more), and a button to
 * record the visit with the signed receipt's photo. Any user of the federation may be given visits.
 */
public class VisitsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient TenantScope tenant;
    private Words t;

    public VisitsView(TenantScope tenant) {
        this.tenant = tenant;
        setId("aid-visits-view");
        setPadding(false);
        setWidthFull();
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        t = AidWords.of(getLocale());
        show();
    }

    private void show() {
        removeAll();
        add(new H2(t.get("visits.title")));
        List<Visits.Card> cards = new Visits(tenant).mine();
        if (cards.isEmpty()) {
            add(new EmptyState(t.get("visits.none"), t.get("visits.none.why")));
        }
        cards.forEach(card -> add(card(card)));
    }

    private Div card(Visits.Card card) {
        Div box = new Div();
        box.setId("aid-visit-" + card.householdId());
        box.addClassName("aid-visit-card");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("width", "100%").set("box-sizing", "border-box")
                .set("overflow-wrap", "anywhere");
        Span campaign = new Span(card.campaignName());
        campaign.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span address = new Span(card.address() == null ? "" : card.address());
        address.getStyle().set("display", "block");
        Span what = new Span(t.get("visits.hand", CampaignView.handout(t, card.handout())));
        what.getStyle().set("display", "block").set("font-weight", "600");
        box.add(campaign, new H3(card.name()), address, what);
        if (card.outcome() == Household.Outcome.PENDING) {
            Button record = new Button(t.get("visits.record"), e -> VisitDialog.open(tenant, t, card, this::show));
            record.setId("aid-visit-record-" + card.householdId());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setWidthFull();
            box.add(record);
        } else {
            Span done = new Span(t.get("campaign.outcome." + card.outcome().name()) + " · " + Formats.date(card.visitedOn(), t.locale()));
            done.setId("aid-visit-done-" + card.householdId());
            box.add(done);
        }
        return box;
    }
}
