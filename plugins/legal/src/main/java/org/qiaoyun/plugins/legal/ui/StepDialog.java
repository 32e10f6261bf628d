package org.qiaoyun.plugins.legal.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.consultation.AssignmentDesk;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Destination;
import org.qiaoyun.plugins.legal.consultation.Letter;
import org.qiaoyun.plugins.legal.consultation.Outcome;
import org.qiaoyun.plugins.legal.consultation.Satisfaction;
import org.qiaoyun.plugins.legal.consultation.Step;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Asks for what one step needs (the conflict decision, the adviser with their load and fit, the answer, the
 * outcome) and takes it with the version of the matter as shown, so that a matter changed meanwhile is not
 * overwritten. A refusal shows beside the field it names.
 */
final class StepDialog {

    private StepDialog() {
    }

    static Dialog open(TenantScope tenant, IdVault vault, Words t, Consultation c, Step step, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setId("legal-step-dialog");
        dialog.setHeaderTitle(LegalWords.step(t, step.wire()));
        FormLayout form = new FormLayout();
        ComboBox<ConflictDecision> decision = new ComboBox<>(t.get("step.decision"), ConflictDecision.values());
        decision.setItemLabelGenerator(d -> LegalWords.name(t, d));
        ComboBox<AssignmentDesk.Candidate> adviser = new ComboBox<>(t.get("step.adviser"));
        adviser.setItemLabelGenerator(candidate -> candidateLabel(t, candidate));
        TextArea answer = new TextArea(t.get("matter.answer"));
        ComboBox<Outcome> outcome = new ComboBox<>(t.get("step.outcome"), Outcome.values());
        outcome.setItemLabelGenerator(o -> LegalWords.name(t, o));
        ComboBox<Destination> destination = new ComboBox<>(t.get("step.destination"), Destination.values());
        destination.setItemLabelGenerator(d -> LegalWords.name(t, d));
        destination.setClearButtonVisible(true);
        TextField referredTo = new TextField(t.get("step.referredTo"));
        ComboBox<Satisfaction> satisfaction = new ComboBox<>(t.get("step.satisfaction"), Satisfaction.values());
        satisfaction.setItemLabelGenerator(s -> LegalWords.name(t, s));
        TextArea summary = new TextArea(t.get("step.summary"));
        TextArea note = new TextArea(t.get("step.note"));
        ComboBox<Letter.Direction> direction = new ComboBox<>(t.get("letter.direction"), Letter.Direction.values());
        direction.setItemLabelGenerator(d -> t.get(d == Letter.Direction.SENT ? "letter.sent" : "letter.received"));
        DatePicker day = new DatePicker(t.get("letter.day"), ChinaTime.today(tenant));
        TextField party = new TextField(t.get("letter.party"));
        DatePicker replyDue = new DatePicker(t.get("letter.replyDue"));
        replyDue.setHelperText(t.get("letter.replyDue.help", Letter.DEFAULT_REPLY_DAYS));
        ComboBox<Letter> answers = new ComboBox<>(t.get("letter.answers"));
        answers.setItemLabelGenerator(l -> l.day() + " " + l.party());
        switch (step) {
            case CHECK_CONFLICTS -> form.add(decision, note);
            case ASSIGN, REASSIGN -> {
                adviser.setItems(new AssignmentDesk(tenant).candidates(c.id()));
                form.add(adviser);
            }
            case ANSWER -> form.add(answer);
            case CLOSE -> form.add(outcome, destination, referredTo, satisfaction, summary);
            case ACKNOWLEDGE, NOTE -> form.add(note);
            case LETTER -> {
                party.setValue(c.respondent() == null ? "" : c.respondent());
                answers.setItems(new Consultations(tenant, vault).letters(c.id()).stream().filter(Letter::awaitingReply).toList());
                direction.addValueChangeListener(e -> {
                    replyDue.setVisible(e.getValue() != Letter.Direction.RECEIVED);
                    answers.setVisible(e.getValue() == Letter.Direction.RECEIVED);
                });
                direction.setValue(Letter.Direction.SENT);
                form.add(direction, day, party, replyDue, answers, summary);
            }
            case SEAL -> form.add(new com.vaadin.flow.component.html.Paragraph(t.get("step.seal.explained")));
        }
        Map<String, HasValidation> fields = new java.util.HashMap<>(Map.of("decision", decision, "adviserId", adviser, "answer", answer,
                "outcome", outcome, "destination", destination, "referredTo", referredTo, "summary", summary, "note", note));
        fields.putAll(Map.of("direction", direction, "day", day, "party", party, "replyDue", replyDue, "answers", answers));
        decision.setId("legal-step-decision");
        adviser.setId("legal-step-adviser");
        answer.setId("legal-step-answer");
        outcome.setId("legal-step-outcome");
        satisfaction.setId("legal-step-satisfaction");
        summary.setId("legal-step-summary");
        note.setId("legal-step-note");
        dialog.add(form);
        Button go = new Button(LegalWords.step(t, step.wire()));
        go.setId("legal-step-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> {
            Consultations consultations = new Consultations(tenant, vault);
            long version = c.version();
            FormErrors.clear(fields);
            try {
                switch (step) {
                    case CHECK_CONFLICTS -> consultations.checkConflicts(c.id(), version, decision.getValue(), note.getValue());
                    case ASSIGN, REASSIGN -> consultations.assign(c.id(), version, adviser.getValue() == null ? null
                            : adviser.getValue().adviser().id());
                    case ACKNOWLEDGE -> consultations.acknowledge(c.id(), version, note.getValue());
                    case ANSWER -> consultations.answer(c.id(), version, answer.getValue());
                    case CLOSE -> consultations.close(c.id(), version, new Consultation.Closing(outcome.getValue(), destination.getValue(),
                            referredTo.getValue(), satisfaction.getValue(), summary.getValue()));
                    case LETTER -> consultations.recordLetter(c.id(), version, new Letter.Details(direction.getValue(), day.getValue(),
                            party.getValue(), summary.getValue(), direction.getValue() == Letter.Direction.SENT ? replyDue.getValue() : null,
                            direction.getValue() == Letter.Direction.RECEIVED && answers.getValue() != null ? answers.getValue().id() : null));
                    case NOTE -> consultations.note(c.id(), version, note.getValue());
                    case SEAL -> consultations.seal(c.id(), version);
                }
            } catch (jakarta.persistence.OptimisticLockException stale) {
                Attempt.refused(t.of(org.qiaoyun.api.Text.of("platform.stale")));
                return;
            } catch (RuntimeException refused) {
                FormErrors.show(t, refused, fields);
                return;
            }
            dialog.close();
            Attempt.told(t.get("step.done", LegalWords.step(t, step.wire())));
            done.run();
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), go);
        dialog.open();
        return dialog;
    }

    /** An adviser as the head chooses among them: load, and what fits this matter. */
    static String candidateLabel(Words t, AssignmentDesk.Candidate c) {
        StringBuilder label = new StringBuilder(c.adviser().name()).append(" · ").append(t.get("desk.load", c.load()));
        if (c.knowsCategory()) {
            label.append(" · ").append(t.get("desk.knowsCategory"));
        }
        if (c.speaksLanguage()) {
            label.append(" · ").append(t.get("desk.speaksLanguage"));
        }
        if (c.onDutyToday()) {
            label.append(" · ").append(t.get("desk.onDuty"));
        }
        if (c.adviser().username().isEmpty()) {
            label.append(" · ").append(t.get("desk.external"));
        }
        return label.toString();
    }
}
