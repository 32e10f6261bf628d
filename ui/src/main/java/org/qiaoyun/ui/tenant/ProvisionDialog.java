package org.qiaoyun.ui.tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.DuplicateTenantException;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantRuleViolation;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Provisions a federation below the chosen one: code, level (only those that fit under the parent),
 * names, division code, and the modules its own descendants may use. Errors appear at their field;
 * the save button is disabled while a save runs, so a double click makes one tenant.
 */
class ProvisionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField code = new TextField();
    final ComboBox<TenantLevel> level = new ComboBox<>();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final TextField divisionCode = new TextField();
    final CheckboxGroup<String> descendantModules = new CheckboxGroup<>();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ProvisionDialog(Kernel kernel, Tenant parent, Consumer<Tenant> provisioned) {
        setHeaderTitle(getTranslation("tenants.provision.title", parent.names().zh()));
        setId("provision-dialog");
        code.setId("provision-code");
        level.setId("provision-level");
        nameZh.setId("provision-name-zh");
        nameEn.setId("provision-name-en");
        code.setLabel(getTranslation("tenants.code"));
        code.setHelperText(getTranslation("tenants.code.help"));
        code.setRequired(true);
        code.setValue(parent.isRoot() ? "" : parent.code() + "-");
        level.setLabel(getTranslation("tenants.level"));
        level.setItems(List.of(TenantLevel.values()).stream().filter(parent.level()::mayHold).toList());
        level.setItemLabelGenerator(l -> getTranslation("level." + l.wireName()));
        level.setRequired(true);
        nameZh.setLabel(getTranslation("tenants.nameZh"));
        nameZh.setRequired(true);
        nameEn.setLabel(getTranslation("tenants.nameEn"));
        nameEn.setRequired(true);
        divisionCode.setLabel(getTranslation("tenants.divisionCode"));
        divisionCode.setHelperText(getTranslation("tenants.divisionCode.help"));
        descendantModules.setLabel(getTranslation("tenants.descendantModules"));
        List<String> installed = kernel.modules().installed().stream().map(InstalledModule::id).toList();
        descendantModules.setItems(installed);
        descendantModules.setValue(Set.copyOf(installed));
        fields.put("code", code);
        fields.put("level", level);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("divisionCode", divisionCode);

        FormLayout form = new FormLayout(code, level, nameZh, nameEn, divisionCode, descendantModules);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("provision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                Tenant child = save(kernel, parent, installed);
                if (child != null) {
                    close();
                    provisioned.accept(child);
                }
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private Tenant save(Kernel kernel, Tenant parent, List<String> installed) {
        FormErrors.clear(fields);
        if (level.getValue() == null) {
            FormErrors.showAt(fields, "level", getTranslation("tenants.level.required"));
            return null;
        }
        try {
            Tenant child = kernel.provisioning().provision(new ProvisioningRequest(code.getValue().strip(), parent.code(),
                    level.getValue().wireName(), nameZh.getValue(), nameEn.getValue(), divisionCode.getValue()));
            Set<String> chosen = descendantModules.getValue();
            if (!chosen.containsAll(installed)) {
                kernel.provisioning().restrictDescendantModules(child.code(), chosen);
            }
            return child;
        } catch (TenantRuleViolation e) {
            FormErrors.showAt(fields, e.field(), kernel.texts().render(e, Words.screenLanguage()));
        } catch (DuplicateTenantException e) {
            FormErrors.showAt(fields, "code", getTranslation("tenants.code.taken"));
        }
        return null;
    }
}
