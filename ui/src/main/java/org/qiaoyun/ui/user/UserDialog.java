package org.qiaoyun.ui.user;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.identity.DuplicateAccountException;
import org.qiaoyun.kernel.identity.IdentityRuleViolation;
import org.qiaoyun.kernel.identity.PasswordPolicy;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Creates a user (username, password, roles) or, given an existing one, changes its roles. Errors
 * show at their field and the form keeps what was typed.
 */
class UserDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final TextField email = new TextField();
    final TextField mobile = new TextField();
    final com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> language = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    UserDialog(Kernel kernel, Tenant tenant, Account existing, Consumer<Account> saved) {
        setId("user-dialog");
        setHeaderTitle(getTranslation(existing == null ? "users.create" : "users.changeRoles"));
        username.setId("user-username");
        password.setId("user-password");
        roles.setId("user-roles");
        username.setLabel(getTranslation("users.username"));
        username.setRequired(true);
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequired(true);
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(UsersView.roleChoices());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.wireName()));
        fields.put("username", username);
        fields.put("password", password);
        fields.put("roles", roles);
        email.setId("user-email");
        email.setLabel(getTranslation("users.email"));
        mobile.setId("user-mobile");
        mobile.setLabel(getTranslation("users.mobile"));
        language.setId("user-language");
        language.setLabel(getTranslation("users.language"));
        language.setItems("zh", "en");
        language.setItemLabelGenerator(l -> getTranslation("users.language." + l));
        language.setValue("zh");
        fields.put("email", email);
        fields.put("mobile", mobile);
        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, password);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            roles.setValue(existing.roles());
            email.setValue(existing.email() == null ? "" : existing.email());
            mobile.setValue(existing.mobile() == null ? "" : existing.mobile());
            language.setValue(existing.language());
            form.add(username);
        }
        form.add(roles, email, mobile, language);
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            FormErrors.clear(fields);
            try {
                // the contact details are checked first, so that a wrong address refuses the whole form at its field
                org.qiaoyun.kernel.notify.Contact.email("email", email.getValue());
                org.qiaoyun.kernel.notify.Contact.mobile("mobile", mobile.getValue());
                Account account = existing == null
                        ? kernel.accounts().create(tenant.code(), username.getValue().strip(), password.getValue(), roles.getValue())
                        : kernel.accounts().changeRoles(existing.username(), roles.getValue(), existing.version());
                account = kernel.accounts().changeContact(account.username(), email.getValue(), mobile.getValue(), language.getValue(),
                        account.version());
                close();
                saved.accept(account);
            } catch (IdentityRuleViolation invalid) {
                FormErrors.showAt(fields, invalid.field(), kernel.texts().render(invalid, Words.screenLanguage()));
            } catch (org.qiaoyun.api.InvalidInputException invalid) {
                FormErrors.showAt(fields, invalid.field(), kernel.texts().render(invalid, Words.screenLanguage()));
            } catch (DuplicateAccountException taken) {
                FormErrors.showAt(fields, "username", getTranslation("users.username.taken"));
            } catch (OptimisticLockException stale) {
                Notification.show(getTranslation("error.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
