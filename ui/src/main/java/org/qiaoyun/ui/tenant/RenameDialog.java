package org.qiaoyun.ui.tenant;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.OptimisticLockException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantNames;
import org.qiaoyun.kernel.tenant.TenantRuleViolation;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Renames a federation. The version read when the dialog opened goes with the save: if another admin
 * changed the federation meanwhile, this save is refused as stale instead of overwriting theirs.
 */
class RenameDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Button save = new Button();

    RenameDialog(Kernel kernel, Tenant tenant, Consumer<Tenant> renamed) {
        setId("rename-dialog");
        setHeaderTitle(getTranslation("tenants.rename"));
        nameZh.setLabel(getTranslation("tenants.nameZh"));
        nameZh.setValue(tenant.names().zh());
        nameZh.setRequired(true);
        nameEn.setLabel(getTranslation("tenants.nameEn"));
        nameEn.setValue(tenant.names().en());
        nameEn.setRequired(true);
        add(new FormLayout(nameZh, nameEn));
        Map<String, HasValidation> fields = Map.of("nameZh", nameZh, "nameEn", nameEn);
        save.setText(getTranslation("action.save"));
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            FormErrors.clear(fields);
            try {
                Tenant changed = kernel.provisioning().update(tenant.code(),
                        new TenantNames(nameZh.getValue(), nameEn.getValue()), null, tenant.version());
                close();
                renamed.accept(changed);
            } catch (TenantRuleViolation invalid) {
                FormErrors.showAt(fields, invalid.field(), kernel.texts().render(invalid, Words.screenLanguage()));
            } catch (OptimisticLockException stale) {
                Notification.show(getTranslation("error.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
