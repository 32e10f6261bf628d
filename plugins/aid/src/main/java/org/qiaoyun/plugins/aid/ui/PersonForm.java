package org.qiaoyun.plugins.aid.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.screens.Words;

/**
 * The details of a person's record as a form: registering adds the ID number and the consent to it;
 * changing a record uses it alone (the ID number and the consent stay as registered).
 */
final class PersonForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    final TextField name;
    final ComboBox<Category> category;
    final CheckboxGroup<VulnerabilityTag> tags;
    final TextField phone;
    final TextField address;
    final TextArea household;
    final TextField guardianName;
    final TextField guardianPhone;
    /** The fields the domain's refusals may name; registering adds its own. */
    final Map<String, HasValidation> fields = new HashMap<>();

    PersonForm(Words t) {
        name = new TextField(t.get("people.name"));
        name.setId("aid-person-name");
        category = new ComboBox<>(t.get("people.category"), Category.values());
        category.setId("aid-person-category");
        category.setItemLabelGenerator(t::of);
        tags = new CheckboxGroup<>(t.get("people.tags"), VulnerabilityTag.values());
        tags.setId("aid-person-tags");
        tags.setItemLabelGenerator(t::of);
        phone = new TextField(t.get("people.phone"));
        phone.setId("aid-person-phone");
        address = new TextField(t.get("people.address"));
        address.setId("aid-person-address");
        household = new TextArea(t.get("people.household"));
        guardianName = new TextField(t.get("people.guardianName"));
        guardianPhone = new TextField(t.get("people.guardianPhone"));
        fields.put("name", name);
        fields.put("category", category);
        fields.put("guardianName", guardianName);
        fields.put("guardianPhone", guardianPhone);
        add(name, category, tags, phone, address, household, guardianName, guardianPhone);
    }

    /** The form filled with a person's record, to change it. */
    PersonForm showing(Beneficiary person) {
        name.setValue(person.name());
        category.setValue(person.category());
        tags.setValue(person.tags());
        phone.setValue(orEmpty(person.phone()));
        address.setValue(orEmpty(person.address()));
        household.setValue(orEmpty(person.household()));
        guardianName.setValue(orEmpty(person.guardianName()));
        guardianPhone.setValue(orEmpty(person.guardianPhone()));
        return this;
    }

    Beneficiary.Details details() {
        return new Beneficiary.Details(name.getValue(), phone.getValue(), address.getValue(), category.getValue(), tags.getValue(),
                household.getValue(), guardianName.getValue(), guardianPhone.getValue());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
