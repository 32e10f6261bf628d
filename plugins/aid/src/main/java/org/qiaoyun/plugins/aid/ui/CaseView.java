package org.qiaoyun.plugins.aid.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.CaseEvent;
import org.qiaoyun.plugins.aid.casework.CaseStep;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.files.AidFiles;
import org.qiaoyun.screens.AttachmentsPanel;
import org.qiaoyun.screens.Words;

/** One case: its amounts and home visit, a button for each step its status allows, its timeline and its papers. */
public class CaseView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    final FlexLayout actions = new FlexLayout();
    final Grid<CaseEvent> timeline = new Grid<>();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    private String caseId;

    public CaseView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("aid-case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().get("id").orElseThrow();
        show();
    }

    void show() {
        Words t = AidWords.of(getLocale());
        Casework casework = new Casework(tenant);
        AidCase c = casework.get(caseId);
        removeAll();
        String person = new Beneficiaries(tenant, vault).get(c.beneficiaryId()).name();
        Span status = new Span(t.of(c.status()));
        status.setId("aid-case-status");
        status.getElement().getThemeList().add("badge");
        add(new H2(t.of(c.type()) + " · " + person), status);
        add(new Paragraph(t.get("case.amounts", c.requested(), c.approved() == null ? "—" : c.approved(), c.disbursed())));
        if (c.awaitingSecondApproval() != null) {
            add(new Paragraph(t.get("case.awaitingSecond", c.awaitingSecondApproval(), c.firstApprover())));
        }
        if (c.inKind()) {
            Paragraph goods = new Paragraph(t.get("case.goods", c.goods().description(), c.goods().estimatedValue(),
                    c.goods().delivered() ? t.get("case.goods.delivered", org.qiaoyun.screens.Formats.time(c.goods().deliveredAt()),
                            c.goods().deliveredBy()) : t.get("case.goods.waiting")));
            goods.setId("aid-case-goods");
            add(goods);
        }
        if (c.assignment() != null) {
            Paragraph assigned = new Paragraph(c.assignment().dueDate() == null ? t.get("case.assigned", c.assignment().assignee())
                    : t.get(c.overdue(org.qiaoyun.plugins.aid.AidIndicators.today(tenant)) ? "case.assigned.overdue" : "case.assigned.due",
                            c.assignment().assignee(), c.assignment().dueDate().toString()));
            assigned.setId("aid-case-assignment");
            add(assigned);
        }
        if (c.visitDate() != null) {
            add(new Paragraph(t.get("case.visit", c.visitDate(), c.visitor(), c.findings())));
        }
        actions.removeAll();
        actions.setId("aid-case-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        for (CaseStep step : casework.offered(c)) { // only the steps this person may take
            Button button = new Button(t.get("step." + step.wire()), e -> StepDialog.open(tenant, t, c, step, this::show));
            button.setId("aid-step-" + step.wire());
            actions.add(button);
        }
        if (c.status().isOpen() && (tenant.callerHas("caseworker") || tenant.callerHas("admin"))) {
            Button assign = new Button(t.get("assign.title"), e -> AssignDialog.open(tenant, t, c, this::show));
            assign.setId("aid-assign");
            assign.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            actions.add(assign);
        }
        add(actions, new SchedulePanel(tenant, t, c, this::show), new ReferralsPanel(tenant, t, caseId, this::show));
        timeline.setId("aid-case-timeline");
        timeline.removeAllColumns();
        timeline.addColumn(e -> TIME.format(e.at())).setHeader(t.get("case.when")).setAutoWidth(true);
        timeline.addColumn(CaseEvent::by).setHeader(t.get("case.who")).setAutoWidth(true);
        timeline.addColumn(e -> t.get("step." + e.action())).setHeader(t.get("case.what")).setAutoWidth(true);
        timeline.addColumn(e -> t.of(e.to())).setHeader(t.get("cases.status"));
        timeline.addColumn(e -> e.comment(t.locale())).setHeader(t.get("case.comment")).setFlexGrow(2);
        timeline.setItems(casework.timeline(caseId));
        timeline.setAllRowsVisible(true);
        add(timeline);
        AidFiles files = new AidFiles(tenant);
        add(new AttachmentsPanel(t, files.filesOf(AidFiles.Holder.CASE, caseId),
                AidFiles.Holder.CASE.record(caseId), files::mayChange));
    }
}
