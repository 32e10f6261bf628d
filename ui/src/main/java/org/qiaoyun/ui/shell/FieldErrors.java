package org.qiaoyun.ui.shell;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Shows a rule broken on save beside the field it names (the domain names the field in its
 * exceptions); a rule without a field becomes a notification. What was typed stays in the form.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(Map<String, ? extends HasValidation> fields, String field, String message) {
        HasValidation target = field == null ? null : fields.get(field);
        if (target == null) {
            Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
