package org.qiaoyun.ui.rights;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * Corrects one record at the person's request (PIPL art. 46): a field for each thing its module corrects, filled with
 * what is kept now; only what was changed is sent. A value the module refuses is shown at its field; a record changed
 * by someone else since it was found is refused as a whole, and the screen finds it again.
 */
class CorrectionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final Map<String, TextField> fields = new LinkedHashMap<>();

    /**
     * @param save sends the changed values; true when they were saved (a refusal was told by the screen)
     * @param done what the screen does once the record changed
     */
    CorrectionDialog(Kernel kernel, PersonalData.Kept record, Locale language, Predicate<Map<String, String>> save, Runnable done) {
        setId("correction-dialog");
        setHeaderTitle(getTranslation("rights.correct-title", kernel.texts().render(record.kind(), language)));
        FormLayout form = new FormLayout();
        for (PersonalData.Correctable correctable : record.correctable()) {
            TextField field = new TextField(kernel.texts().render(correctable.label(), language));
            field.setId("correction-" + correctable.name());
            field.setValue(correctable.value() == null ? "" : correctable.value());
            fields.put(correctable.name(), field);
            form.add(field);
        }
        add(form);
        Button saveButton = new Button(getTranslation("rights.correct-save"), e -> {
            Map<String, String> changed = new LinkedHashMap<>();
            record.correctable().forEach(c -> {
                String now = fields.get(c.name()).getValue();
                if (!Objects.equals(blankless(now), blankless(c.value()))) {
                    changed.put(c.name(), now);
                }
            });
            fields.values().forEach(f -> f.setInvalid(false));
            if (changed.isEmpty()) {
                close();
                return;
            }
            try {
                if (save.test(changed)) {
                    close();
                    done.run();
                }
            } catch (InvalidInputException refused) {
                TextField at = fields.get(refused.field());
                if (at == null) {
                    throw refused;
                }
                at.setErrorMessage(kernel.texts().render(refused, language));
                at.setInvalid(true);
            }
        });
        saveButton.setId("correction-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("rights.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
