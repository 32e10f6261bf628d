package org.qiaoyun.plugins.volunteers.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

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
    final TextField residentId = new TextField();
    final DatePicker birthDate = new DatePicker();
    final TextField guardianName = new TextField();
    final TextField guardianPhone = new TextField();

    /**
     * @param prefix  the prefix of the fields' ids
     * @param account whether the form asks for the platform account (organisers registering someone)
     */
    VolunteerForm(String prefix, boolean account, boolean english) {
        field(username, prefix + "username", english ? "Platform account" : "平台账号");
        field(name, prefix + "name", english ? "Name" : "姓名");
        field(phone, prefix + "phone", english ? "Phone" : "手机号");
        field(skills, prefix + "skills", english ? "Skills, e.g. first aid, photography" : "技能（如：急救、摄影、法律）");
        field(languages, prefix + "languages", english ? "Languages and dialects" : "语言方言（如：粤语、台山话、English）");
        field(district, prefix + "district", english ? "District" : "所在区域（街道、镇）");
        field(availability, prefix + "availability", english ? "When they can serve, e.g. weekends" : "可服务时间（如：周末）");
        field(residentId, prefix + "resident-id", english ? "Resident ID number (kept encrypted)" : "身份证号（加密保存）");
        birthDate.setId(prefix + "birth-date");
        birthDate.setLabel(english ? "Birth date (without an ID number)" : "出生日期（未填身份证号时）");
        add(birthDate);
        field(guardianName, prefix + "guardian-name", english ? "Guardian (under 18)" : "监护人（未满 18 周岁须填）");
        field(guardianPhone, prefix + "guardian-phone", english ? "Guardian's phone" : "监护人电话");
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
                birthDate.getValue(), guardianName.getValue(), guardianPhone.getValue());
    }

    /** The fields the domain's refusals may name. */
    Map<String, HasValidation> fields() {
        return Map.of("username", username, "name", name, "residentId", residentId, "birthDate", birthDate,
                "guardianName", guardianName, "guardianPhone", guardianPhone);
    }
}
