package org.qiaoyun.plugins.volunteers.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;

/**
 * Changing a volunteer's details (the volunteer on their phone, or an organiser in the register) as they
 * were when the dialog opened: a change by someone else meanwhile is refused, not overwritten.
 */
final class DetailsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    DetailsDialog(Registry registry, Volunteer volunteer, boolean english, Consumer<Volunteer> saved) {
        setId("vol-details-dialog");
        setHeaderTitle(VolunteerWords.say(english, "details.details-of") + volunteer.name());
        VolunteerForm form = new VolunteerForm("vol-details-", false, english).editing(volunteer);
        Button save = new Button(VolunteerWords.say(english, "activities.save"), e -> {
            form.fields().values().forEach(f -> f.setInvalid(false));
            try {
                Volunteer changed = registry.describe(volunteer.id(), volunteer.version(), form.values(null));
                close();
                Notification.show(VolunteerWords.say(english, "activities.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.accept(changed);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, form.fields());
            } catch (ConflictException refused) {
                close();
                Attempt.refused(VolunteerWords.current().of(refused));
            }
        });
        save.setId("vol-details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form);
        getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> close()), save);
    }
}
