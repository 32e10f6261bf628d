package org.qiaoyun.plugins.aid.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.campaign.Campaign;
import org.qiaoyun.plugins.aid.campaign.CampaignKind;
import org.qiaoyun.plugins.aid.campaign.Campaigns;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Drafts a campaign: its name, kind, period, the fund its budget is drawn from with the amount, and its rule (the
 * vulnerabilities and areas households are picked by). A budget from several funds is set through the API.
 */
final class NewCampaignDialog {

    private NewCampaignDialog() {
    }

    static Dialog open(TenantScope tenant, Words t, Consumer<Campaign> drafted) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-campaign-dialog");
        dialog.setHeaderTitle(t.get("campaigns.new"));
        FormErrors form = new FormErrors(t);
        TextField name = form.required("name", new TextField(t.get("campaigns.name")));
        name.setId("aid-campaign-name");
        name.setMaxLength(Campaign.NAME_LENGTH);
        ComboBox<CampaignKind> kind = form.required("kind", new ComboBox<>(t.get("campaigns.kind"), CampaignKind.values()));
        kind.setId("aid-campaign-kind");
        kind.setItemLabelGenerator(k -> t.get("campaign.kind." + k.name()));
        DatePicker from = form.required("from", new DatePicker(t.get("campaigns.from")));
        from.setId("aid-campaign-from");
        DatePicker to = form.required("to", new DatePicker(t.get("campaigns.to")));
        to.setId("aid-campaign-to");
        ComboBox<Fund> fund = form.required("funds", new ComboBox<>(t.get("campaigns.fund")));
        fund.setId("aid-campaign-fund");
        fund.setItems(new Funds(tenant).all());
        fund.setItemLabelGenerator(Fund::name);
        BigDecimalField budget = form.required("budget", new BigDecimalField(t.get("campaigns.budget")));
        budget.setId("aid-campaign-budget");
        MultiSelectComboBox<VulnerabilityTag> tags = new MultiSelectComboBox<>(t.get("campaigns.tags"), VulnerabilityTag.values());
        tags.setId("aid-campaign-tags");
        tags.setItemLabelGenerator(t::of);
        TextField areas = form.field("areas", new TextField(t.get("campaigns.areas")));
        areas.setId("aid-campaign-areas");
        areas.setHelperText(t.get("campaigns.areas.hint"));
        dialog.add(new FormLayout(name, kind, from, to, fund, budget, tags, areas));
        Button save = new Button(t.get("save"));
        save.setId("aid-campaign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Campaign[] made = new Campaign[1];
            if (form.save(() -> made[0] = new Campaigns(tenant).draft(name.getValue(), kind.getValue(), from.getValue(), to.getValue(),
                    tags.getValue(), areas(areas.getValue()), List.of(new Campaigns.Budget(fund.getValue() == null ? null : fund.getValue().id(),
                            Money.yuan("budget", budget.getValue(), true)))))) {
                dialog.close();
                Attempt.told(t.get("campaigns.drafted", made[0].name()));
                drafted.accept(made[0]);
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    /** Areas typed as one line, separated by commas (Chinese or Latin) or spaces. */
    static List<String> areas(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,，、\\s]+")).filter(a -> !a.isBlank()).toList();
    }
}
