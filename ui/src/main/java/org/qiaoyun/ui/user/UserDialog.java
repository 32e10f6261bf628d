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
        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, password);
        } else {
            username.setValue(existing.username());
            username.setReadOnly(true);
            roles.setValue(existing.roles());
            form.add(username);
        }
        form.add(roles);
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            FormErrors.clear(fields);
            try {
                Account account = existing == null
                        ? kernel.accounts().create(tenant.code(), username.getValue().strip(), password.getValue(), roles.getValue())
                        : kernel.accounts().changeRoles(existing.username(), roles.getValue(), existing.version());
                close();
                saved.accept(account);
            } catch (IdentityRuleViolation invalid) {
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
