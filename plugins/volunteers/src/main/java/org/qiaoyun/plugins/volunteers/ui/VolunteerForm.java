package org.qiaoyun.plugins.volunteers.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.plugins.volunteers.volunteer.Registry;

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
        username.setVisible(account);
    }

    private void field(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(label);
        add(field);
    }

    /** The form's values; the account is the given one where the form does not ask for it. */
    Registry.Form values(String account) {
        return new Registry.Form(username.isVisible() ? username.getValue() : account, name.getValue(), phone.getValue(),
                skills.getValue(), languages.getValue(), district.getValue(), availability.getValue());
    }

    /** The fields the domain's refusals may name. */
    Map<String, HasValidation> fields() {
        return Map.of("username", username, "name", name);
    }
}
