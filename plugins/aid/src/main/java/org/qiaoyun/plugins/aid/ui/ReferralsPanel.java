package org.qiaoyun.plugins.aid.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.referral.Referral;
import org.qiaoyun.plugins.aid.referral.Referrals;
import org.qiaoyun.plugins.aid.referral.Scheme;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * A case's referrals to government schemes on its screen: each with its scheme, day, body and outcome; caseworkers
 * and admins refer the person and record an outcome (refusals at their fields).
 */
final class ReferralsPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    ReferralsPanel(TenantScope tenant, Words t, String caseId, Runnable changed) {
        setId("aid-referrals-panel");
        setPadding(false);
        Referrals referrals = new Referrals(tenant);
        boolean changes = tenant.callerHas("caseworker") || tenant.callerHas("admin");
        Grid<Referral> grid = new Grid<>();
        grid.setId("aid-referrals");
        grid.addColumn(r -> r.scheme() == Scheme.OTHER ? r.schemeOther() : scheme(t, r.scheme())).setHeader(t.get("referral.scheme"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.referredOn().toString()).setHeader(t.get("referral.day")).setAutoWidth(true);
        grid.addColumn(Referral::body).setHeader(t.get("referral.body")).setFlexGrow(2);
        grid.addColumn(r -> t.of(Text.of("aid.referral.outcome." + r.outcome().name()))
                + (r.outcomeOn() == null ? "" : " " + r.outcomeOn()) + (r.outcomeNote() == null ? "" : "：" + r.outcomeNote()))
                .setHeader(t.get("referral.outcome")).setFlexGrow(2);
        if (changes) {
            grid.addComponentColumn(r -> {
                Button record = new Button(t.get("referral.record"), e -> outcome(tenant, t, caseId, r, changed));
                record.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                record.setVisible(r.outcome() == Referral.Outcome.PENDING);
                return record;
            }).setKey("record").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(referrals.of(caseId));
        grid.setEmptyStateText(t.get("referral.none"));
        grid.setAllRowsVisible(true);
        add(new H3(t.get("referral.title")), grid);
        if (changes) {
            Button refer = new Button(t.get("referral.new"), e -> refer(tenant, t, caseId, changed));
            refer.setId("aid-refer");
            add(refer);
        }
    }

    private static String scheme(Words t, Scheme scheme) {
        return t.of(Text.of("aid.scheme." + scheme.name()));
    }

    private static void refer(TenantScope tenant, Words t, String caseId, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-refer-dialog");
        dialog.setHeaderTitle(t.get("referral.new"));
        FormErrors form = new FormErrors(t);
        ComboBox<Scheme> scheme = form.required("scheme", new ComboBox<>(t.get("referral.scheme")));
        scheme.setId("aid-refer-scheme");
        scheme.setItems(Scheme.values());
        scheme.setItemLabelGenerator(s -> scheme(t, s));
        TextField other = form.field("schemeOther", new TextField(t.get("referral.other")));
        other.setId("aid-refer-other");
        other.setMaxLength(100);
        other.setVisible(false);
        scheme.addValueChangeListener(e -> other.setVisible(e.getValue() == Scheme.OTHER));
        DatePicker day = form.required("referredOn", new DatePicker(t.get("referral.day")));
        day.setId("aid-refer-day");
        day.setValue(AidIndicators.today(tenant));
        TextField body = form.required("body", new TextField(t.get("referral.body")));
        body.setId("aid-refer-body");
        body.setMaxLength(Referral.BODY_LENGTH);
        body.setPlaceholder(t.get("referral.body.hint"));
        dialog.add(new FormLayout(scheme, other, day, body));
        Button save = new Button(t.get("referral.new"), e -> {
            if (form.save(() -> new Referrals(tenant).refer(caseId, scheme.getValue(), other.getValue(), day.getValue(), body.getValue()))) {
                dialog.close();
                Attempt.told(t.get("referral.saved"));
                changed.run();
            }
        });
        save.setId("aid-refer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static void outcome(TenantScope tenant, Words t, String caseId, Referral referral, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-outcome-dialog");
        dialog.setHeaderTitle(t.get("referral.record") + "：" + (referral.scheme() == Scheme.OTHER ? referral.schemeOther()
                : scheme(t, referral.scheme())));
        FormErrors form = new FormErrors(t);
        ComboBox<Referral.Outcome> outcome = form.required("outcome", new ComboBox<>(t.get("referral.outcome")));
        outcome.setId("aid-outcome-choice");
        outcome.setItems(List.of(Referral.Outcome.GRANTED, Referral.Outcome.REFUSED));
        outcome.setItemLabelGenerator(o -> t.of(Text.of("aid.referral.outcome." + o.name())));
        DatePicker day = form.required("outcomeOn", new DatePicker(t.get("referral.outcome.day")));
        day.setId("aid-outcome-day");
        day.setValue(AidIndicators.today(tenant));
        TextField note = form.field("note", new TextField(t.get("referral.outcome.note")));
        note.setId("aid-outcome-note");
        note.setMaxLength(Referral.NOTE_LENGTH);
        dialog.add(new FormLayout(outcome, day, note));
        Button save = new Button(t.get("referral.record"), e -> {
            if (form.save(() -> new Referrals(tenant).decided(caseId, referral.id(), referral.version(), outcome.getValue(), day.getValue(),
                    note.getValue()))) {
                dialog.close();
                Attempt.told(t.get("referral.recorded"));
                changed.run();
            }
        });
        save.setId("aid-outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
