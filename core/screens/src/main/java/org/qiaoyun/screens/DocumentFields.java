package org.qiaoyun.screens;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.DocumentKind;

/**
 * The fields of a person's identity document in a form: its kind (a resident ID card first), its number,
 * the issuing state of a foreign passport, and the birth date and sex where the number carries none.
 * Every module that registers people by document uses these, so that they ask alike; the checks are the
 * domain's ({@code IdentityDocument}), shown beside these fields by the names its refusals use.
 */
public final class DocumentFields {

    /** The kinds whose number carries the birth date and the sex (GB 11643). */
    private static final Set<DocumentKind> CARRY_BIRTH_AND_SEX = Set.of(DocumentKind.RESIDENT_ID, DocumentKind.HMT_RESIDENCE_PERMIT);

    public final ComboBox<DocumentKind> kind;
    public final TextField number;
    public final TextField country;
    public final DatePicker birthDate;
    public final ComboBox<Boolean> gender;

    /**
     * @param words    the screen's words (the labels are the platform's texts)
     * @param idPrefix the prefix of the fields' ids, e.g. {@code aid}: {@code aid-resident-id} is the number
     */
    public DocumentFields(Words words, String idPrefix) {
        kind = new ComboBox<>(words.of(Text.of("platform.document.field.kind")), List.of(DocumentKind.values()));
        kind.setItemLabelGenerator(k -> name(words, k));
        kind.setValue(DocumentKind.RESIDENT_ID);
        kind.setId(idPrefix + "-document-kind");
        number = new TextField(words.of(Text.of("platform.document.field.number")));
        number.setId(idPrefix + "-resident-id");
        country = new TextField(words.of(Text.of("platform.document.field.country")));
        country.setId(idPrefix + "-issuing-country");
        country.setMaxLength(3);
        birthDate = new DatePicker(words.of(Text.of("platform.document.field.birth-date")));
        birthDate.setId(idPrefix + "-birth-date");
        gender = new ComboBox<>(words.of(Text.of("platform.document.field.gender")), List.of(true, false));
        gender.setItemLabelGenerator(male -> words.of(Text.of(male ? "platform.document.field.male" : "platform.document.field.female")));
        gender.setId(idPrefix + "-gender");
        kind.addValueChangeListener(e -> showFor(e.getValue()));
        showFor(DocumentKind.RESIDENT_ID);
    }

    private void showFor(DocumentKind chosen) {
        country.setVisible(chosen == DocumentKind.FOREIGN_PASSPORT);
        boolean typed = chosen != null && !CARRY_BIRTH_AND_SEX.contains(chosen);
        birthDate.setVisible(typed);
        gender.setVisible(typed);
    }

    /** The fields in the order a form shows them. */
    public Component[] components() {
        return new Component[] {kind, number, country, birthDate, gender};
    }

    /** The fields by the names the domain's refusals use. */
    public Map<String, HasValidation> byField() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("documentKind", kind);
        fields.put("residentId", number);
        fields.put("documentNumber", number);
        fields.put("issuingCountry", country);
        fields.put("birthDate", birthDate);
        fields.put("gender", gender);
        return fields;
    }

    /** The birth date typed, where the kind asks for one. */
    public LocalDate typedBirthDate() {
        return birthDate.isVisible() ? birthDate.getValue() : null;
    }

    /** The sex chosen, where the kind asks for it. */
    public Boolean typedMale() {
        return gender.isVisible() ? gender.getValue() : null;
    }

    /** The issuing state typed, for a foreign passport. */
    public String typedCountry() {
        return country.isVisible() ? country.getValue() : null;
    }

    /** A kind's name in the screen's language. */
    public static String name(Words words, DocumentKind kind) {
        return kind == null ? "" : words.of(Text.of(kind.textCode()));
    }

    /** A document as lists show it: its kind, the issuing state of a passport, the masked number. */
    public static String shown(Words words, DocumentKind kind, String country, String masked) {
        if (masked == null) {
            return ""; // no number kept: erased at its holder's request
        }
        return name(words, kind) + (country == null ? "" : " " + country) + " " + masked;
    }
}
