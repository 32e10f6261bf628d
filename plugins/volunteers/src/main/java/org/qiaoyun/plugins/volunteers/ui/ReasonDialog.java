package org.qiaoyun.plugins.volunteers.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;

/**
 * An organiser's step that needs a reason (cancelling a shift or an activity, turning a sign-up down): it
 * says what goes with the step and stays open while the reason is missing, so nothing happens without
 * one. A conflict (the step no longer applies) closes it with the refusal.
 */
final class ReasonDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** What the dialog says; ids are {@code <prefix>-dialog}, {@code <prefix>-reason}, {@code <prefix>-confirm}. */
    record Wording(String idPrefix, String header, String consequence, String reasonLabel, String keep, String confirm,
                   String done) {
    }

    ReasonDialog(Wording words, Consumer<String> step, Runnable after) {
        setId(words.idPrefix() + "-dialog");
        setHeaderTitle(words.header());
        TextField reason = new TextField(words.reasonLabel());
        reason.setId(words.idPrefix() + "-reason");
        reason.setWidthFull();
        if (words.consequence() != null) {
            add(new Paragraph(words.consequence()));
        }
        add(reason);
        Button confirm = new Button(words.confirm(), e -> {
            try {
                step.accept(reason.getValue());
                close();
                Notification.show(words.done()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                after.run();
            } catch (InvalidInputException refused) {
                Fields.show(refused, Map.of("reason", reason));
            } catch (ConflictException refused) {
                close();
                Notification.show(Refusals.say(refused)).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId(words.idPrefix() + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(words.keep(), e -> close()), confirm);
    }
}
