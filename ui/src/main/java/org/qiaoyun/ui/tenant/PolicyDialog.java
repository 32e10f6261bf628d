package org.qiaoyun.ui.tenant;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.ui.shell.Messages;

/**
 * Sets which modules the federations below the chosen one may switch on. "All modules" also
 * allows modules installed later; otherwise exactly the ticked ones.
 */
class PolicyDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final Checkbox all = new Checkbox();
    final CheckboxGroup<String> modules = new CheckboxGroup<>();
    final Button save = new Button();

    PolicyDialog(Kernel kernel, Tenant tenant, Consumer<Tenant> changed) {
        setId("policy-dialog");
        setHeaderTitle(getTranslation("tenants.policy"));
        boolean english = Messages.isEnglish(getLocale());
        List<InstalledModule> installed = List.copyOf(kernel.modules().installed());
        modules.setItems(installed.stream().map(InstalledModule::id).toList());
        modules.setItemLabelGenerator(id -> installed.stream().filter(m -> m.id().equals(id)).findFirst()
                .map(InstalledModule::descriptor).map(d -> label(d, id, english)).orElse(id));
        all.setLabel(getTranslation("tenants.policy.all"));
        all.setValue(tenant.descendantModules() == null);
        modules.setValue(tenant.descendantModules() == null ? Set.of() : tenant.descendantModules());
        modules.setEnabled(!all.getValue());
        all.addValueChangeListener(e -> modules.setEnabled(!e.getValue()));
        add(new Paragraph(getTranslation("tenants.policy.intro", english ? tenant.names().en() : tenant.names().zh())), all, modules);

        save.setText(getTranslation("action.save"));
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            Tenant saved = kernel.provisioning().restrictDescendantModules(tenant.code(), all.getValue() ? null : modules.getValue());
            close();
            changed.accept(saved);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static String label(ModuleDescriptor descriptor, String id, boolean english) {
        return descriptor == null ? id : (english ? descriptor.nameEn() : descriptor.nameZh()) + " (" + id + ")";
    }
}
