package org.qiaoyun.plugins.volunteers.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * What a volunteer's record asks for, in one form: the tenant's sign-up page (a user registering
 * themselves) and the organisers' register (with the person's platform account) both use it.
 */
final class VolunteerForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    final TextField username = new TextField();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField skills = new TextField();
    final TextField languages = new TextField();
    final TextField district = new TextField();
    final TextField availability = new TextField();
    final ComboBox<DocumentKind> documentKind = new ComboBox<>();
    final TextField residentId = new TextField();
    final TextField issuingCountry = new TextField();
    final DatePicker birthDate = new DatePicker();
    final TextField guardianName = new TextField();
    final TextField guardianPhone = new TextField();

    /**
     * @param prefix  the prefix of the fields' ids
     * @param account whether the form asks for the platform account (organisers registering someone)
     */
    VolunteerForm(String prefix, boolean account, boolean english) {
        field(username, prefix + "username", VolunteerWords.say(english, "form.platform-account"));
        field(name, prefix + "name", VolunteerWords.say(english, "register.name"));
        field(phone, prefix + "phone", VolunteerWords.say(english, "form.phone"));
        field(skills, prefix + "skills", VolunteerWords.say(english, "form.skills-e-g-first-aid-photography"));
        field(languages, prefix + "languages", VolunteerWords.say(english, "form.languages-and-dialects"));
        field(district, prefix + "district", VolunteerWords.say(english, "form.district"));
        field(availability, prefix + "availability", VolunteerWords.say(english, "form.when-they-can-serve-e-g"));
        java.util.Locale locale = english ? Text.ENGLISH : Text.CHINESE;
        ClassLoader loader = VolunteerForm.class.getClassLoader();
        documentKind.setId(prefix + "document-kind");
        documentKind.setLabel(Text.of("platform.document.field.kind").in(locale, loader));
        documentKind.setItems(DocumentKind.values());
        documentKind.setItemLabelGenerator(kind -> Text.of(kind.textCode()).in(locale, loader));
        documentKind.setValue(DocumentKind.RESIDENT_ID);
        add(documentKind);
        field(residentId, prefix + "resident-id", VolunteerWords.say(english, "form.resident-id-number-kept-encrypted"));
        field(issuingCountry, prefix + "issuing-country", Text.of("platform.document.field.country").in(locale, loader));
        issuingCountry.setVisible(false);
        documentKind.addValueChangeListener(e -> issuingCountry.setVisible(e.getValue() == DocumentKind.FOREIGN_PASSPORT));
        birthDate.setId(prefix + "birth-date");
        birthDate.setLabel(VolunteerWords.say(english, "form.birth-date-without-an-id-number"));
        add(birthDate);
        field(guardianName, prefix + "guardian-name", VolunteerWords.say(english, "form.guardian-under-18"));
        field(guardianPhone, prefix + "guardian-phone", VolunteerWords.say(english, "form.guardian-s-phone"));
        username.setVisible(account);
    }

    private void field(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(label);
        add(field);
    }

    /** The form filled with a volunteer's details to change them; account and personal data stay as registered. */
    VolunteerForm editing(Volunteer volunteer) {
        name.setValue(volunteer.name());
        phone.setValue(orEmpty(volunteer.phone()));
        skills.setValue(orEmpty(volunteer.skills()));
        languages.setValue(orEmpty(volunteer.languages()));
        district.setValue(orEmpty(volunteer.district()));
        availability.setValue(orEmpty(volunteer.availability()));
        username.setVisible(false);
        residentId.setVisible(false);
        documentKind.setVisible(false);
        issuingCountry.setVisible(false);
        birthDate.setVisible(false);
        guardianName.setVisible(false);
        guardianPhone.setVisible(false);
        return this;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The form's values; the account is the given one where the form does not ask for it. */
    Registry.Form values(String account) {
        return new Registry.Form(username.isVisible() ? username.getValue() : account, name.getValue(), phone.getValue(),
                skills.getValue(), languages.getValue(), district.getValue(), availability.getValue(), residentId.getValue(),
                birthDate.getValue(), guardianName.getValue(), guardianPhone.getValue(), documentKind.getValue(),
                issuingCountry.isVisible() ? issuingCountry.getValue() : null);
    }

    /** The fields the domain's refusals may name. */
    Map<String, HasValidation> fields() {
        return Map.of("username", username, "name", name, "residentId", residentId, "documentNumber", residentId,
                "documentKind", documentKind, "issuingCountry", issuingCountry, "birthDate", birthDate,
                "guardianName", guardianName, "guardianPhone", guardianPhone);
    }
}
