package org.qiaoyun.plugins.events.ui;

import java.time.LocalDateTime;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.plugins.events.ChinaTime;
import org.qiaoyun.plugins.events.event.Audience;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * The event form in a dialog: the details of a new event, or of one being changed. It knows nothing of
 * persistence: {@code save} receives the details and may refuse; a refusal shows beside the field it names,
 * every missing field at once. Times are Beijing time.
 */
public class EventForm extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField title;
    final Select<Kind> kind = new Select<>();
    final TextArea description;
    final TextField place;
    final Checkbox online;
    final DateTimePicker startsAt;
    final DateTimePicker endsAt;
    final Select<Audience> audience = new Select<>();
    final IntegerField capacity;
    final DateTimePicker closesAt;
    final Checkbox needsConfirmation;
    final TextField feeNote;
    final TextField partners;
    final Button save;

    public EventForm(Words t, CulturalEvent.Details start, Consumer<CulturalEvent.Details> saving) {
        setId("events-form");
        setHeaderTitle(t.get(start == null ? "form.new" : "form.change"));
        FormErrors form = new FormErrors(t);
        title = form.required("title", new TextField(t.get("event.title")));
        title.setId("events-form-title");
        title.setMaxLength(CulturalEvent.TITLE);
        form.required("kind", kind);
        kind.setLabel(t.get("event.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> EventWords.name(t, k));
        description = form.field("description", new TextArea(t.get("event.description")));
        description.setMaxLength(CulturalEvent.DESCRIPTION);
        place = form.field("place", new TextField(t.get("event.place")));
        place.setId("events-form-place");
        place.setMaxLength(CulturalEvent.PLACE);
        online = new Checkbox(t.get("event.online"));
        startsAt = form.required("startsAt", new DateTimePicker(t.get("event.startsAt")));
        startsAt.setId("events-form-start");
        endsAt = form.required("endsAt", new DateTimePicker(t.get("event.endsAt")));
        endsAt.setId("events-form-end");
        audience.setLabel(t.get("event.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> EventWords.name(t, a));
        audience.setValue(Audience.EVERYONE);
        capacity = form.required("capacity", new IntegerField(t.get("event.capacity")));
        capacity.setId("events-form-capacity");
        closesAt = form.field("signUpClosesAt", new DateTimePicker(t.get("event.closesAt")));
        needsConfirmation = new Checkbox(t.get("event.needsConfirmation"));
        feeNote = form.field("feeNote", new TextField(t.get("event.feeNote")));
        feeNote.setMaxLength(CulturalEvent.FEE_NOTE);
        partners = form.field("partners", new TextField(t.get("event.partners")));
        partners.setMaxLength(CulturalEvent.PARTNERS);
        if (start != null) {
            title.setValue(start.title());
            kind.setValue(start.kind());
            description.setValue(start.description() == null ? "" : start.description());
            place.setValue(start.place() == null ? "" : start.place());
            online.setValue(start.online());
            startsAt.setValue(local(start.startsAt()));
            endsAt.setValue(local(start.endsAt()));
            audience.setValue(start.audience());
            capacity.setValue(start.capacity());
            closesAt.setValue(local(start.signUpClosesAt()));
            needsConfirmation.setValue(start.needsConfirmation());
            feeNote.setValue(start.feeNote() == null ? "" : start.feeNote());
            partners.setValue(start.partners() == null ? "" : start.partners());
        }
        FormLayout fields = new FormLayout(title, kind, place, online, startsAt, endsAt, audience, capacity, closesAt, needsConfirmation,
                feeNote, partners, description);
        fields.setColspan(description, 2);
        add(fields);
        save = new Button(t.get("form.save"), e -> {
            if (form.save(() -> saving.accept(details(opens(start))))) {
                close();
            }
        });
        save.setId("events-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t.get("form.keep"), e -> close()), save);
    }

    private static java.time.Instant opens(CulturalEvent.Details start) {
        return start == null ? null : start.signUpOpensAt();
    }

    CulturalEvent.Details details(java.time.Instant opensAt) {
        return new CulturalEvent.Details(title.getValue(), kind.getValue(), description.getValue(), place.getValue(), online.getValue(),
                instant(startsAt.getValue()), instant(endsAt.getValue()), audience.getValue(), capacity.getValue(), opensAt,
                instant(closesAt.getValue()), needsConfirmation.getValue(), feeNote.getValue(), partners.getValue());
    }

    private static LocalDateTime local(java.time.Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ChinaTime.ZONE);
    }

    private static java.time.Instant instant(LocalDateTime at) {
        return at == null ? null : at.atZone(ChinaTime.ZONE).toInstant();
    }
}
