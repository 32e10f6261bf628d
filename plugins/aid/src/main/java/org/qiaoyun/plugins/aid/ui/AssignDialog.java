package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.combobox.ComboBox;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/** Gives a case to a caseworker of the federation (their username), due by a day or not; refusals at their fields. */
final class AssignDialog {

    private AssignDialog() {
    }

    static Dialog open(TenantScope tenant, Words t, AidCase aidCase, Runnable assigned) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-assign-dialog");
        dialog.setHeaderTitle(t.get("assign.title"));
        FormErrors form = new FormErrors(t);
        ComboBox<String> assignee = form.required("assignee", new ComboBox<>(t.get("assign.assignee"), new Casework(tenant).assignees()));
        assignee.setId("aid-assign-assignee");
        assignee.setHelperText(t.get("assign.assignee.hint"));
        assignee.setValue(aidCase.assignment() == null ? tenant.currentUser().orElse(null) : aidCase.assignment().assignee());
        DatePicker due = form.field("dueDate", new DatePicker(t.get("assign.due")));
        due.setId("aid-assign-due");
        due.setClearButtonVisible(true);
        due.setValue(aidCase.assignment() == null ? null : aidCase.assignment().dueDate());
        dialog.add(new FormLayout(assignee, due));
        Button save = new Button(t.get("assign.save"));
        save.setId("aid-assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.save(() -> new Casework(tenant).assign(aidCase.id(), aidCase.version(), assignee.getValue(), due.getValue()))) {
                dialog.close();
                Attempt.told(t.get("assign.saved", assignee.getValue().strip()));
                assigned.run();
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
