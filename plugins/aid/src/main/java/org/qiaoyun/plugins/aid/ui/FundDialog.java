package org.qiaoyun.plugins.aid.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/** Opens a fund: its name, where its money comes from, the donor. It starts empty; money comes in as receipts. */
final class FundDialog {

    private FundDialog() {
    }

    static Dialog open(TenantScope tenant, Words t, Consumer<Fund> opened) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-fund-dialog");
        dialog.setHeaderTitle(t.get("funds.open"));
        FormErrors form = new FormErrors(t);
        TextField name = form.required("name", new TextField(t.get("funds.name")));
        name.setId("aid-fund-name");
        name.setMaxLength(200);
        ComboBox<FundSource> source = form.required("source", new ComboBox<>(t.get("funds.source"), FundSource.values()));
        source.setId("aid-fund-source");
        source.setItemLabelGenerator(t::of);
        TextField donor = form.field("donor", new TextField(t.get("funds.donor")));
        donor.setId("aid-fund-donor");
        donor.setMaxLength(200);
        dialog.add(new Paragraph(t.get("funds.open.intro")), new FormLayout(name, source, donor));
        Button save = new Button(t.get("funds.open"));
        save.setId("aid-fund-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Fund[] made = new Fund[1];
            if (form.save(() -> made[0] = new Funds(tenant).open(name.getValue(), source.getValue(), donor.getValue()))) {
                dialog.close();
                Attempt.told(t.get("funds.opened", made[0].name()));
                opened.accept(made[0]);
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
