package org.qiaoyun.plugins.legal.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.consultation.AssignmentDesk;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Words;

/**
 * The head's assignment desk: the matters waiting for the conflict check or an adviser, and the advisers with
 * their loads, specialities and languages. A matter opens on its screen, where the head decides and assigns.
 */
public class DeskView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<Consultation> waiting = new Grid<>();
    final Grid<Adviser> advisers = new Grid<>();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    private boolean built;

    public DeskView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("legal-desk");
    }

    static String route(TenantScope tenant) {
        return "t/" + tenant.tenantCode() + "/legal/desk";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = LegalWords.of(getLocale());
        Consultations consultations = new Consultations(tenant, vault);
        add(new H2(t.get("desk.title")));
        if (!consultations.callerIsHead()) {
            add(new EmptyState(t.get("desk.headsOnly"), null));
            return;
        }
        var today = ChinaTime.today(tenant);
        waiting.setId("legal-desk-waiting");
        waiting.addColumn(Consultation::personName).setHeader(t.get("matter.person")).setAutoWidth(true);
        waiting.addColumn(c -> LegalWords.name(t, c.category())).setHeader(t.get("matter.category")).setAutoWidth(true);
        waiting.addColumn(c -> LegalWords.name(t, c.status())).setHeader(t.get("matter.status")).setAutoWidth(true);
        waiting.addColumn(Consultation::language).setHeader(t.get("matter.language")).setAutoWidth(true);
        waiting.addComponentColumn(c -> WorkListView.due(t, c, today)).setHeader(t.get("matter.nextDue")).setAutoWidth(true);
        waiting.setEmptyStateText(t.get("desk.nothingWaiting"));
        waiting.addItemClickListener(e -> UI.getCurrent().navigate(MatterView.route(tenant, e.getItem().id())));
        java.util.List<Consultation> items = new java.util.ArrayList<>();
        for (Status status : java.util.List.of(Status.RECEIVED, Status.CHECKED)) {
            items.addAll(consultations.page(new Consultations.WorkSearch(false, false, false, status, null, null, null, null), 0, 200).items());
        }
        waiting.setItems(items);
        waiting.setAllRowsVisible(true);

        Map<String, Long> loads = new AssignmentDesk(tenant).loads();
        advisers.setId("legal-desk-advisers");
        advisers.addColumn(Adviser::name).setHeader(t.get("adviser.name")).setAutoWidth(true);
        advisers.addColumn(a -> loads.getOrDefault(a.id(), 0L)).setHeader(t.get("adviser.load")).setAutoWidth(true);
        advisers.addColumn(a -> String.join("、", a.specialities().stream().map(s -> LegalWords.name(t, s)).toList()))
                .setHeader(t.get("adviser.specialities")).setFlexGrow(2);
        advisers.addColumn(a -> String.join("、", a.languages())).setHeader(t.get("adviser.languages")).setAutoWidth(true);
        advisers.addColumn(a -> a.username().isPresent() ? a.username().get() : t.get("desk.external")).setHeader(t.get("adviser.account"))
                .setAutoWidth(true);
        advisers.setItems(new Network(tenant).activeAdvisers());
        advisers.setAllRowsVisible(true);
        add(new H3(t.get("desk.waiting")), waiting, new H3(t.get("desk.advisers")), advisers);
    }
}
