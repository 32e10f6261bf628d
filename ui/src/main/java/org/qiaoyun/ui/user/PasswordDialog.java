package org.qiaoyun.ui.user;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;

import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.identity.IdentityRuleViolation;
import org.qiaoyun.kernel.identity.PasswordPolicy;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/** Sets a new password for a user, under the password policy; this also lifts a lockout. */
class PasswordDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    PasswordDialog(Kernel kernel, Account account, Consumer<Account> saved) {
        setId("password-dialog");
        setHeaderTitle(getTranslation("users.resetPassword") + ": " + account.username());
        password.setLabel(getTranslation("users.newPassword"));
        password.setHelperText(getTranslation("users.password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequired(true);
        add(password);
        save.setText(getTranslation("action.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            password.setInvalid(false);
            try {
                Account changed = kernel.accounts().resetPassword(account.username(), password.getValue());
                close();
                saved.accept(changed);
            } catch (IdentityRuleViolation invalid) {
                FormErrors.showAt(Map.of("password", password), invalid.field(), kernel.texts().render(invalid, Words.screenLanguage()));
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
