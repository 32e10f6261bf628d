package org.qiaoyun.ui.account;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;

import org.qiaoyun.kernel.identity.IdentityRuleViolation;
import org.qiaoyun.kernel.identity.PasswordPolicy;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * A person changes their own password from the user menu: the current one first, then the new one
 * twice. Refusals (a wrong current password, the policy) appear at their field in the screen's language.
 */
public class OwnPasswordDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();

    public OwnPasswordDialog(Kernel kernel) {
        setId("own-password-dialog");
        setHeaderTitle(getTranslation("account.password.title"));
        current.setId("own-password-current");
        current.setLabel(getTranslation("account.password.current"));
        next.setId("own-password-new");
        next.setLabel(getTranslation("users.newPassword"));
        next.setHelperText(getTranslation("users.password.help", PasswordPolicy.MIN_LENGTH));
        repeat.setId("own-password-repeat");
        repeat.setLabel(getTranslation("account.password.repeat"));
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setRequired(true);
            field.setWidthFull();
        }
        add(current, next, repeat);
        Button save = new Button(getTranslation("action.save"));
        save.setId("own-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, PasswordField> fields = Map.of("current", current, "password", next);
            FormErrors.clear(fields);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("account.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                kernel.accounts().changeOwnPassword(current.getValue(), next.getValue());
                close();
                Notification.show(getTranslation("account.password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IdentityRuleViolation refused) {
                FormErrors.showAt(fields, refused.field(), kernel.texts().render(refused, Words.screenLanguage()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
