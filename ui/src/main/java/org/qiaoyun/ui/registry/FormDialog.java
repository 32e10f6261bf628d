package org.qiaoyun.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * A registry screen's small form in a dialog: a title, cancel, and a save that shows every refusal at its field,
 * closes only when the action went through, says so, and lets the screen refresh.
 */
final class FormDialog {

    private FormDialog() {
    }

    /** An empty dialog with its title and a cancel button; the caller adds the form, then calls {@link #open}. */
    static Dialog of(Words words, String id, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(words.get(titleKey));
        dialog.getFooter().add(new Button(words.get("areas.cancel"), e -> dialog.close()));
        return dialog;
    }

    /** Adds the save button (id {@code saveId}) running {@code action} through {@code errors}, and opens the dialog. */
    static void open(Dialog dialog, Words words, FormErrors errors, String saveId, Runnable action, Runnable afterwards) {
        Button save = new Button(words.get("areas.save"), e -> {
            if (errors.save(action)) {
                dialog.close();
                Attempt.told(words.get("homes.saved"));
                afterwards.run();
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(save);
        dialog.open();
    }
}
