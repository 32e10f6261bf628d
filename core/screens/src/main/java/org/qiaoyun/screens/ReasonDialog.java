package org.qiaoyun.screens;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Refusal;

/**
 * A step that needs a reason people will read later (cancelling a shift or an activity, turning a
 * sign-up down, rejecting a case): it says what goes with the step, marks the reason required and stays
 * open while it is missing or refused at its field, so nothing happens without one. A refusal of the
 * step as a whole (it no longer applies) closes it with the refusal; a step that went through is told.
 */
public final class ReasonDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The longest reason kept (the columns that hold reasons are this long). */
    public static final int LONGEST = 500;

    /**
     * What the dialog says; its ids are {@code <idPrefix>-dialog}, {@code <idPrefix>-reason} and
     * {@code <idPrefix>-confirm}. {@code consequence} may be null.
     */
    public record Wording(String idPrefix, String header, String consequence, String reasonLabel, String keep, String confirm,
                          String done) {
    }

    /** Builds the dialog; open it with {@link #open()}. {@code step} receives the reason and may refuse. */
    public ReasonDialog(Words words, Wording wording, Consumer<String> step, Runnable after) {
        setId(wording.idPrefix() + "-dialog");
        setHeaderTitle(wording.header());
        TextField reason = new TextField(wording.reasonLabel());
        reason.setId(wording.idPrefix() + "-reason");
        reason.setMaxLength(LONGEST);
        reason.setWidthFull();
        if (wording.consequence() != null) {
            add(new Paragraph(wording.consequence()));
        }
        add(reason);
        FormErrors form = new FormErrors(words);
        form.required("reason", reason);
        Button confirm = new Button(wording.confirm(), e -> {
            form.clear();
            if (form.missingRequired()) {
                return;
            }
            try {
                step.accept(reason.getValue().strip());
            } catch (RuntimeException refused) {
                if (!(refused instanceof Refusal said)) {
                    throw refused;
                }
                if ("reason".equals(said.field())) {
                    form.show(refused);
                } else {
                    close();
                    FormErrors.showAt(Map.of(), null, words.of(refused));
                }
                return;
            }
            close();
            Attempt.told(wording.done());
            after.run();
        });
        confirm.setId(wording.idPrefix() + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(wording.keep(), e -> close()), confirm);
    }
}
