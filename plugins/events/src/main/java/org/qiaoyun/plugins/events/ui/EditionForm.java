package org.qiaoyun.plugins.events.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.plugins.events.newsletter.Edition;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * A newsletter edition's title, number and date in a dialog, new or changed. It knows nothing of persistence:
 * {@code save} receives the details and may refuse; a refusal shows beside the field it names.
 */
public class EditionForm extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField title;
    final IntegerField number;
    final DatePicker issuedOn;
    final Button save;

    public EditionForm(Words t, Edition start, Consumer<Edition.Details> saving) {
        setId("newsletter-edition-form");
        setHeaderTitle(t.get(start == null ? "newsletter.new" : "newsletter.change"));
        FormErrors form = new FormErrors(t);
        title = form.required("title", new TextField(t.get("newsletter.title")));
        title.setId("newsletter-form-title");
        title.setMaxLength(Edition.TITLE);
        number = form.required("number", new IntegerField(t.get("newsletter.number")));
        number.setId("newsletter-form-number");
        issuedOn = form.required("issuedOn", new DatePicker(t.get("newsletter.issuedOn")));
        issuedOn.setId("newsletter-form-date");
        if (start != null) {
            title.setValue(start.title());
            number.setValue(start.number());
            issuedOn.setValue(start.issuedOn());
        }
        add(new FormLayout(title, number, issuedOn));
        save = new Button(t.get("form.save"), e -> {
            if (form.save(() -> saving.accept(new Edition.Details(title.getValue(), number.getValue(), issuedOn.getValue())))) {
                close();
            }
        });
        save.setId("newsletter-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t.get("form.keep"), e -> close()), save);
    }
}
