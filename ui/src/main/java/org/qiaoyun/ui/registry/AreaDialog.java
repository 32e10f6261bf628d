package org.qiaoyun.ui.registry;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Area;
import org.qiaoyun.kernel.registry.AreaInput;
import org.qiaoyun.kernel.registry.OrganisationForm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Records a township or village, or changes one: the name, the people counted and their survey, the organisation
 * it has. The division code is entered once (it decides township or village) and fixed afterwards. Every field
 * the service refuses shows its reason beside it.
 */
class AreaDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField code = new TextField();
    final TextField name = new TextField();
    final IntegerField people = new IntegerField();
    final IntegerField surveyYear = new IntegerField();
    final TextField surveySource = new TextField();
    final ComboBox<OrganisationForm> organisation = new ComboBox<>();
    final TextField organisationName = new TextField();
    final IntegerField organisedIn = new IntegerField();
    final Button save = new Button();

    AreaDialog(Kernel kernel, Words words, String tenantCode, Area area, Consumer<Area> saved) {
        setId("area-dialog");
        setHeaderTitle(words.get(area == null ? "areas.add" : "areas.edit"));
        FormErrors form = new FormErrors(words);
        form.required("divisionCode", code).setLabel(words.get("areas.code"));
        code.setId("area-code");
        name.setId("area-name");
        people.setId("area-people");
        organisation.setId("area-organisation");
        organisationName.setId("area-organisation-name");
        code.setHelperText(words.get("areas.code.help"));
        code.setMaxLength(12);
        code.setAllowedCharPattern("[0-9]");
        form.required("name", name).setLabel(words.get("areas.name"));
        name.setMaxLength(100);
        form.required("people", people).setLabel(words.get("areas.people"));
        people.setMin(0);
        people.setHelperText(words.get("areas.people.help"));
        form.field("surveyYear", surveyYear).setLabel(words.get("areas.surveyYear"));
        form.field("surveySource", surveySource).setLabel(words.get("areas.surveySource"));
        surveySource.setMaxLength(200);
        form.field("organisation", organisation).setLabel(words.get("areas.organisation"));
        organisation.setItems(OrganisationForm.values());
        organisation.setItemLabelGenerator(value -> words.get("form." + value.wireName()));
        form.field("organisationName", organisationName).setLabel(words.get("areas.organisationName"));
        organisationName.setMaxLength(100);
        form.field("organisedIn", organisedIn).setLabel(words.get("areas.organisedIn"));
        organisedIn.setHelperText(words.get("areas.organisedIn.help"));
        organisation.addValueChangeListener(e -> {
            boolean some = e.getValue() != null && e.getValue() != OrganisationForm.NONE;
            organisationName.setEnabled(some);
            organisedIn.setEnabled(some);
        });

        if (area == null) {
            organisation.setValue(OrganisationForm.NONE);
        } else {
            code.setValue(area.divisionCode());
            code.setReadOnly(true);
            name.setValue(area.name());
            people.setValue(area.people());
            if (area.surveyYear() != null) {
                surveyYear.setValue(area.surveyYear());
            }
            surveySource.setValue(area.surveySource() == null ? "" : area.surveySource());
            organisation.setValue(area.organisation());
            organisationName.setValue(area.organisationName() == null ? "" : area.organisationName());
            organisedIn.setValue(area.organisedIn());
        }

        save.setText(words.get("areas.save"));
        save.setId("area-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Area[] result = new Area[1];
            if (form.save(() -> {
                AreaInput input = new AreaInput(code.getValue(), name.getValue(), people.getValue(), surveyYear.getValue(),
                        surveySource.getValue(), organisation.getValue(), organisationName.getValue(), organisedIn.getValue());
                result[0] = area == null ? kernel.areas().record(tenantCode, input)
                        : kernel.areas().change(tenantCode, area.id(), area.version(), input);
            })) {
                close();
                saved.accept(result[0]);
            }
        });
        Button cancel = new Button(words.get("areas.cancel"), e -> close());
        add(new FormLayout(code, name, people, surveyYear, surveySource, organisation, organisationName, organisedIn));
        getFooter().add(cancel, save);
    }
}
