package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.campaign.Household;
import org.qiaoyun.plugins.aid.campaign.Visits;
import org.qiaoyun.plugins.aid.files.AidFiles;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.AttachmentsPanel;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Records a visit on the phone: the day (today unless changed), handed over or not (and why not), and the photo of
 * the receipt the household signed (签收), kept with the household by the module's file service. Recorded once.
 */
final class VisitDialog {

    private VisitDialog() {
    }

    static Dialog open(TenantScope tenant, Words t, Visits.Card card, Runnable recorded) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-visit-dialog");
        dialog.setHeaderTitle(card.name());
        dialog.setWidth("min(100vw, 32rem)");
        FormErrors form = new FormErrors(t);
        DatePicker day = form.required("date", new DatePicker(t.get("visits.day")));
        day.setId("aid-visit-day");
        day.setValue(AidIndicators.today(tenant));
        day.setMax(AidIndicators.today(tenant));
        RadioButtonGroup<Boolean> handed = form.required("handedOver", new RadioButtonGroup<>(t.get("visits.handed")));
        handed.setId("aid-visit-handed");
        handed.setItems(true, false);
        handed.setItemLabelGenerator(yes -> t.get(yes ? "visits.handed.yes" : "visits.handed.no"));
        TextArea reason = form.field("reason", new TextArea(t.get("visits.reason")));
        reason.setId("aid-visit-reason");
        reason.setMaxLength(Household.REASON_LENGTH);
        reason.setVisible(false);
        handed.addValueChangeListener(e -> reason.setVisible(Boolean.FALSE.equals(e.getValue())));
        AidFiles files = new AidFiles(tenant);
        VerticalLayout body = new VerticalLayout(new Paragraph(t.get("visits.hand", CampaignView.handout(t, card.handout()))), day, handed,
                reason, new Paragraph(t.get("visits.photo")), new AttachmentsPanel(t, files.filesOf(AidFiles.Holder.HOUSEHOLD,
                card.householdId()), AidFiles.Holder.HOUSEHOLD.record(card.householdId()), () -> true));
        body.setPadding(false);
        dialog.add(body);
        Button save = new Button(t.get("visits.save"));
        save.setId("aid-visit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.save(() -> new Visits(tenant).visit(card.campaignId(), card.householdId(), card.version(), day.getValue(),
                    Boolean.TRUE.equals(handed.getValue()), reason.getValue()))) {
                dialog.close();
                Attempt.told(t.get("visits.saved", card.name()));
                recorded.run();
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
