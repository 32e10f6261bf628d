package org.qiaoyun.ui.shell;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.qiaoyun.kernel.text.Texts;

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

    /** Shows a refusal beside the field it names, in the screen's language (its code's text, not its English message). */
    public static void show(Map<String, ? extends HasValidation> fields, String field, Throwable refusal, Texts texts) {
        show(fields, field, texts.render(refusal, screenLanguage()));
    }

    /** The language of the screen being worked on (Chinese when there is none, as in a background task). */
    public static Locale screenLanguage() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Texts.CHINESE : ui.getLocale();
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
