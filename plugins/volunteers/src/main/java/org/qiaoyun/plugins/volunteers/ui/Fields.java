package org.qiaoyun.plugins.volunteers.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;

/** Shows a rule the domain refused at the field it names, or as a notification when no field on the form has that name. */
final class Fields {

    private Fields() {
    }

    static void show(InvalidInputException refused, Map<String, ? extends HasValidation> fields) {
        show(refused.field(), Refusals.say(refused), fields);
    }

    /** A conflict (someone changed the record meanwhile, sign-ups hold the times) shown the same way. */
    static void show(ConflictException refused, Map<String, ? extends HasValidation> fields) {
        show(refused.field(), Refusals.say(refused), fields);
    }

    private static void show(String field, String message, Map<String, ? extends HasValidation> fields) {
        HasValidation target = field == null ? null : fields.get(field);
        if (target == null) {
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } else {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
