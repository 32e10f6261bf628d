package org.qiaoyun.plugins.events.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.newsletter.Subscriber;
import org.qiaoyun.plugins.events.registration.Guest;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/** A newsletter reader in a dialog: name, address, the language they read, member or overseas contact, country. */
public class SubscriberForm extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField name;
    final EmailField email;
    final Select<String> language = new Select<>();
    final Select<Subscriber.Kind> kind = new Select<>();
    final TextField country;
    final Button save;

    public SubscriberForm(Words t, Subscriber start, Consumer<Subscriber.Details> saving) {
        setId("newsletter-subscriber-form");
        setHeaderTitle(t.get(start == null ? "subscribers.add" : "subscribers.change"));
        FormErrors form = new FormErrors(t);
        name = form.required("name", new TextField(t.get("subscribers.name")));
        name.setId("subscriber-form-name");
        name.setMaxLength(Subscriber.NAME);
        email = form.required("email", new EmailField(t.get("subscribers.email")));
        email.setId("subscriber-form-email");
        email.setMaxLength(Guest.EMAIL);
        form.field("language", language);
        language.setLabel(t.get("subscribers.language"));
        language.setItems("zh", "en");
        language.setItemLabelGenerator(code -> SubscribersView.language(t, code));
        language.setValue("zh");
        form.field("kind", kind);
        kind.setLabel(t.get("subscribers.kind"));
        kind.setItems(Subscriber.Kind.values());
        kind.setItemLabelGenerator(k -> t.of(Text.of("events.subscriber.kind." + k.name())));
        kind.setValue(Subscriber.Kind.MEMBER);
        country = form.field("country", new TextField(t.get("subscribers.country")));
        country.setMaxLength(Subscriber.COUNTRY);
        if (start != null) {
            name.setValue(start.name());
            email.setValue(start.email());
            language.setValue(start.language());
            kind.setValue(start.kind());
            country.setValue(start.country() == null ? "" : start.country());
        }
        add(new FormLayout(name, email, language, kind, country));
        save = new Button(t.get("form.save"), e -> {
            if (form.save(() -> saving.accept(Subscriber.Details.of(name.getValue(), email.getValue(), language.getValue(),
                    kind.getValue() == null ? null : kind.getValue().name(), country.getValue())))) {
                close();
            }
        });
        save.setId("subscriber-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t.get("form.keep"), e -> close()), save);
    }
}
