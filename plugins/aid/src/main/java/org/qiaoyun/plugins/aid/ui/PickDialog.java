package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.campaign.Campaign;
import org.qiaoyun.plugins.aid.campaign.Campaigns;
import org.qiaoyun.plugins.aid.campaign.Household;
import org.qiaoyun.plugins.aid.casework.Goods;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.DocumentFields;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Picks the households the campaign's rule names (its vulnerabilities and areas), each handed the same cash and/or
 * goods and visited by one user of the federation; those in the list already (and for 金秋助学 those granted this
 * school year) are left out, and the dialog says how many. Opened for one person, it adds that person (found by
 * name, shown with the masked document number) with the area the public list is to show.
 */
final class PickDialog {

    private PickDialog() {
    }

    static Dialog open(TenantScope tenant, IdVault vault, Words t, Campaign campaign, boolean onePerson, Runnable picked) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-pick-dialog");
        dialog.setHeaderTitle(t.get(onePerson ? "campaign.add" : "campaign.pick"));
        FormErrors form = new FormErrors(t);
        ComboBox<Beneficiary> person = new ComboBox<>(t.get("campaign.person"));
        if (onePerson) {
            form.required("beneficiaryId", person);
        }
        person.setId("aid-pick-person");
        Beneficiaries people = new Beneficiaries(tenant, vault);
        person.setItems(q -> people.search(q.getFilter().orElse(null), null, q.getOffset(), q.getLimit()).stream());
        person.setItemLabelGenerator(b -> b.name() + " " + DocumentFields.shown(t, b.documentKind(), b.issuingCountry(), b.maskedId()));
        TextField area = form.field("area", new TextField(t.get("campaign.area")));
        area.setId("aid-pick-area");
        area.setMaxLength(100);
        person.setVisible(onePerson);
        area.setVisible(onePerson);
        BigDecimalField cash = form.field("cash", new BigDecimalField(t.get("campaign.cash")));
        cash.setId("aid-pick-cash");
        TextField goods = form.field("goods", new TextField(t.get("campaign.goods.what")));
        goods.setId("aid-pick-goods");
        goods.setMaxLength(Goods.DESCRIPTION_LENGTH);
        IntegerField quantity = form.field("quantity", new IntegerField(t.get("campaign.goods.quantity")));
        quantity.setId("aid-pick-quantity");
        BigDecimalField value = form.field("goodsValue", new BigDecimalField(t.get("campaign.goods.value")));
        value.setId("aid-pick-goods-value");
        TextField visitor = form.field("visitor", new TextField(t.get("campaign.visitor")));
        visitor.setId("aid-pick-visitor");
        visitor.setHelperText(t.get("campaign.visitor.hint"));
        dialog.add(new Paragraph(t.get(onePerson ? "campaign.add.intro" : "campaign.pick.intro")),
                new FormLayout(person, area, cash, goods, quantity, value, visitor));
        Button save = new Button(t.get(onePerson ? "campaign.add" : "campaign.pick"));
        save.setId("aid-pick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            String[] told = new String[1];
            if (form.save(() -> {
                Household.Handout handout = new Household.Handout(cash.getValue() == null ? null : Money.yuan("cash", cash.getValue(), false),
                        goods.getValue(), quantity.getValue(), value.getValue() == null ? null : Money.yuan("goodsValue", value.getValue(), true));
                Campaigns campaigns = new Campaigns(tenant);
                if (onePerson) {
                    campaigns.add(campaign.id(), person.getValue().id(), area.getValue(), handout, visitor.getValue());
                    told[0] = t.get("campaign.added", person.getValue().name());
                } else {
                    Campaigns.Picked done = campaigns.pick(campaign.id(), handout, visitor.getValue());
                    told[0] = t.get("campaign.picked", done.added(), done.skipped());
                }
            })) {
                dialog.close();
                Attempt.told(told[0]);
                picked.run();
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
