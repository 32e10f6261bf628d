package org.qiaoyun.plugins.legal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Letter;
import org.qiaoyun.plugins.legal.consultation.MatterEvent;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.plugins.legal.consultation.Step;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.EmptyState;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * One consultation, for its head and its adviser: who asks and what about, the deadlines, the conflict check
 * while it is to be decided, a button for each step the person may take now (from the workflow's table), and
 * the timeline. Anyone else is told there is no such matter.
 */
public class MatterView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Formats.BEIJING);

    final FlexLayout actions = new FlexLayout();
    final Grid<MatterEvent> timeline = new Grid<>();
    final Grid<Letter> letters = new Grid<>();
    private final transient TenantScope tenant;
    private final transient IdVault vault;
    private String id;

    public MatterView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("legal-matter");
    }

    static String route(TenantScope tenant, String consultationId) {
        return "t/" + tenant.tenantCode() + "/legal/consultation/" + consultationId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("id").orElse(null));
    }

    /** Shows the matter of this id (or that there is none for this person). */
    void open(String consultationId) {
        id = consultationId;
        show();
    }

    void show() {
        Words t = LegalWords.of(getLocale());
        Consultations consultations = new Consultations(tenant, vault);
        removeAll();
        List<Consultation> found = new ArrayList<>();
        if (!Attempt.run(t, () -> found.add(consultations.get(id)))) {
            add(new EmptyState(t.get("matter.none"), null));
            return;
        }
        Consultation c = found.get(0);
        Span status = new Span(LegalWords.name(t, c.status()) + (c.sealed() ? " · " + t.get("matter.sealed") : ""));
        status.setId("legal-matter-status");
        status.getElement().getThemeList().add("badge");
        add(new H2(LegalWords.name(t, c.category()) + " · " + c.personName()), status);
        add(new Paragraph(t.get("matter.who", LegalWords.name(t, c.relation()), c.personPhone() == null ? "—" : c.personPhone(),
                c.maskedId() == null ? "—" : org.qiaoyun.screens.DocumentFields.name(t, c.documentKind()) + " " + c.maskedId()
                        + (c.issuingCountry() == null ? "" : "（" + c.issuingCountry() + "）"), c.language() == null ? "—" : c.language())));
        if (c.parties() != null) {
            add(new Paragraph(t.get("matter.parties", c.parties())));
        }
        add(new Paragraph(t.get("matter.intake", c.receivedOn(), LegalWords.name(t, c.channel()), c.referredBy() == null ? "" : c.referredBy())));
        add(new Paragraph(c.facts()));
        if (c.isPetition()) {
            add(new Paragraph(t.get("matter.petition", c.respondent(), c.request())));
            letters.setId("legal-letters");
            letters.removeAllColumns();
            letters.addColumn(l -> l.day().toString()).setHeader(t.get("letter.day")).setAutoWidth(true);
            letters.addColumn(l -> t.get(l.direction() == Letter.Direction.SENT ? "letter.sent" : "letter.received"))
                    .setHeader(t.get("letter.direction")).setAutoWidth(true);
            letters.addColumn(Letter::party).setHeader(t.get("letter.party")).setAutoWidth(true);
            letters.addColumn(l -> l.replyDue() == null ? "" : l.replyDue() + (l.awaitingReply() ? " · " + t.get("letter.awaiting") : ""))
                    .setHeader(t.get("letter.replyDue")).setAutoWidth(true);
            letters.addColumn(l -> l.summary() == null ? "" : l.summary()).setHeader(t.get("timeline.note")).setFlexGrow(2);
            letters.setItems(consultations.letters(c.id()));
            letters.setAllRowsVisible(true);
            add(new H3(t.get("letter.title")), letters);
        }
        LocalDate today = ChinaTime.today(tenant);
        FlexLayout due = new FlexLayout(new Span(t.get("matter.deadlines", c.acknowledgeDue(), c.answerDue())), WorkListView.due(t, c, today));
        due.getStyle().set("gap", "var(--lumo-space-s)");
        add(due);
        if (c.dueProvisional()) {
            add(new Paragraph(t.get("matter.provisional.explained")));
        }
        if (c.answer() != null) {
            add(new H3(t.get("matter.answer")), new Paragraph(c.answer()));
        }
        if (c.outcome() != null) {
            add(new Paragraph(t.get("matter.outcome", LegalWords.name(t, c.outcome()), c.destination() == null ? ""
                    : LegalWords.name(t, c.destination()) + (c.referredTo() == null ? "" : " " + c.referredTo()),
                    c.satisfaction() == null ? "—" : LegalWords.name(t, c.satisfaction()), c.summary())));
        }
        List<Step> offered = consultations.offered(c);
        if (c.status() == Status.RECEIVED && offered.contains(Step.CHECK_CONFLICTS)) {
            Consultations.Conflicts conflicts = consultations.conflicts(c.id());
            add(new H3(t.get("matter.conflicts", conflicts.count())));
            for (Consultations.ConflictingMatter m : conflicts.shown()) {
                add(new Paragraph(t.get("intake.conflicts.matter", String.join("、", m.names()), LegalWords.name(t, m.category()),
                        LegalWords.name(t, m.status()), m.receivedOn())));
            }
        }
        actions.removeAll();
        actions.setId("legal-matter-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        for (Step step : offered) {
            Button button = new Button(LegalWords.step(t, step.wire()), e -> StepDialog.open(tenant, vault, t, c, step, this::show));
            button.setId("legal-step-" + step.wire());
            actions.add(button);
        }
        add(actions);
        timeline.setId("legal-timeline");
        timeline.removeAllColumns();
        timeline.addColumn(e -> MINUTE.format(e.at())).setHeader(t.get("timeline.when")).setAutoWidth(true);
        timeline.addColumn(e -> "system".equals(e.by()) ? t.get("timeline.platform") : e.by()).setHeader(t.get("timeline.who")).setAutoWidth(true);
        timeline.addColumn(e -> LegalWords.step(t, e.action())).setHeader(t.get("timeline.what")).setAutoWidth(true);
        timeline.addColumn(e -> LegalWords.name(t, e.to())).setHeader(t.get("matter.status")).setAutoWidth(true);
        timeline.addColumn(e -> e.note(t.locale())).setHeader(t.get("timeline.note")).setFlexGrow(2);
        timeline.setItems(consultations.timeline(c.id()));
        timeline.setAllRowsVisible(true);
        add(new H3(t.get("timeline.title")), timeline);
        // whoever reads the matter may add and remove its files (the service checks again at each call)
        add(new org.qiaoyun.screens.AttachmentsPanel(t, consultations.filesOf(c.id()), Consultations.fileRecord(c.id()), () -> true));
    }
}
