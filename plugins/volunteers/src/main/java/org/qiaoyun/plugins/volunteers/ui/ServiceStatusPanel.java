package org.qiaoyun.plugins.volunteers.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.shift.Retirements;
import org.qiaoyun.plugins.volunteers.volunteer.Insurance;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.ReasonDialog;

/**
 * On a volunteer's record in the register, where the volunteer stands in service: active or retired (with
 * the reason), the insurance policy on record; organisers retire (a red button, with a reason, their places
 * to come given up) and re-activate, and record the policy in a dialog whose refusals show at the field.
 */
final class ServiceStatusPanel extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    ServiceStatusPanel(TenantScope tenant, Volunteer volunteer, boolean english, Runnable changed) {
        setId("vol-record-status");
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
        Span status = new Span(volunteer.status() == Volunteer.Status.RETIRED
                ? VolunteerWords.say(english, "register.retired") + volunteer.statusReason()
                : VolunteerWords.say(english, "register.status-" + volunteer.status().name().toLowerCase(java.util.Locale.ROOT)));
        status.setId("vol-record-service-status");
        Span insured = new Span(volunteer.insurance().map(p -> VolunteerWords.current().get("register.insured", p.insurer(),
                p.policyNumber(), p.validFrom().toString(), p.validUntil().toString()))
                .orElse(VolunteerWords.say(english, "register.not-insured")));
        insured.setId("vol-record-insurance");
        add(status, insured);
        Retirements retirements = new Retirements(tenant);
        if (volunteer.status() == Volunteer.Status.RETIRED) {
            Button back = new Button(VolunteerWords.say(english, "register.reactivate"), e -> new ReasonDialog(VolunteerWords.current(),
                    new ReasonDialog.Wording("vol-reactivate", VolunteerWords.say(english, "register.reactivate") + " · " + volunteer.name(),
                            null, VolunteerWords.say(english, "register.reason"), VolunteerWords.say(english, "rosters.keep"),
                            VolunteerWords.say(english, "register.reactivate"), VolunteerWords.say(english, "register.reactivated")),
                    reason -> retirements.reactivate(volunteer.id(), reason, volunteer.version()), changed).open());
            back.setId("vol-record-reactivate");
            add(back);
        } else if (volunteer.status() == Volunteer.Status.APPROVED) {
            Button retire = new Button(VolunteerWords.say(english, "register.retire"), e -> new ReasonDialog(VolunteerWords.current(),
                    new ReasonDialog.Wording("vol-retire", VolunteerWords.say(english, "register.retire") + " · " + volunteer.name(),
                            VolunteerWords.say(english, "register.retire-consequence"), VolunteerWords.say(english, "register.reason"),
                            VolunteerWords.say(english, "rosters.keep"), VolunteerWords.say(english, "register.retire"),
                            VolunteerWords.say(english, "register.retired-done")),
                    reason -> retirements.retire(volunteer.id(), reason, volunteer.version()), changed).open());
            retire.setId("vol-record-retire");
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(retire);
        }
        Button insure = new Button(VolunteerWords.say(english, "register.record-insurance"),
                e -> insuranceDialog(new Registry(tenant), volunteer, english, changed));
        insure.setId("vol-record-insure");
        insure.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(insure);
    }

    private static void insuranceDialog(Registry registry, Volunteer volunteer, boolean english, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-insurance-dialog");
        dialog.setHeaderTitle(VolunteerWords.say(english, "register.record-insurance") + " · " + volunteer.name());
        TextField insurer = new TextField(VolunteerWords.say(english, "register.insurer"));
        insurer.setId("vol-insurance-insurer");
        TextField number = new TextField(VolunteerWords.say(english, "register.policy-number"));
        number.setId("vol-insurance-number");
        DatePicker from = new DatePicker(VolunteerWords.say(english, "register.insured-from"));
        from.setId("vol-insurance-from");
        DatePicker until = new DatePicker(VolunteerWords.say(english, "register.insured-until"));
        until.setId("vol-insurance-until");
        volunteer.insurance().ifPresent(p -> {
            insurer.setValue(p.insurer());
            number.setValue(p.policyNumber());
            from.setValue(p.validFrom());
            until.setValue(p.validUntil());
        });
        Map<String, HasValidation> fields = Map.of("insurer", insurer, "policyNumber", number, "validFrom", from, "validUntil", until);
        Button save = new Button(VolunteerWords.say(english, "activities.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                registry.insure(volunteer.id(), new Insurance(insurer.getValue(), number.getValue(), from.getValue(), until.getValue()),
                        volunteer.version());
                dialog.close();
                Attempt.told(VolunteerWords.say(english, "register.insurance-recorded"));
                changed.run();
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                Attempt.refused(VolunteerWords.current().of(refused));
            }
        });
        save.setId("vol-insurance-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(insurer, number, from, until));
        dialog.getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> dialog.close()), save);
        dialog.open();
    }
}
