package org.qiaoyun.plugins.aid.ui;

import java.util.List;

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
 * name, shown with the masked document number) with the area the public list is to show. Opened for a household of
 * the list, it changes what that household is handed and who visits it.
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
        HandoutFields handout = new HandoutFields(t, form, new Campaigns(tenant).visitors());
        dialog.add(new Paragraph(t.get(onePerson ? "campaign.add.intro" : "campaign.pick.intro")), new FormLayout(person, area));
        dialog.add(handout.layout);
        Button save = new Button(t.get(onePerson ? "campaign.add" : "campaign.pick"));
        save.setId("aid-pick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            String[] told = new String[1];
            if (form.save(() -> {
                Campaigns campaigns = new Campaigns(tenant);
                if (onePerson) {
                    campaigns.add(campaign.id(), person.getValue().id(), area.getValue(), handout.handout(), handout.visitor());
                    told[0] = t.get("campaign.added", person.getValue().name());
                } else {
                    Campaigns.Picked done = campaigns.pick(campaign.id(), handout.handout(), handout.visitor());
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

    /** Changes what one household of a draft is handed and who visits it, from the version the screen read. */
    static Dialog change(TenantScope tenant, Words t, String campaignId, Household household, String name, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-pick-dialog");
        dialog.setHeaderTitle(t.get("campaign.household.change.title", name));
        FormErrors form = new FormErrors(t);
        HandoutFields handout = new HandoutFields(t, form, new Campaigns(tenant).visitors());
        handout.show(household.handout(), household.visitor());
        dialog.add(handout.layout);
        Button save = new Button(t.get("save"));
        save.setId("aid-pick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.save(() -> new Campaigns(tenant).change(campaignId, household.id(), household.version(), handout.handout(),
                    handout.visitor()))) {
                dialog.close();
                Attempt.told(t.get("campaign.household.changed", name));
                changed.run();
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    /** What a household is handed (cash, goods with quantity and value) and who visits it, chosen among the federation's users. */
    private static final class HandoutFields {

        final FormLayout layout;
        private final BigDecimalField cash;
        private final TextField goods;
        private final IntegerField quantity;
        private final BigDecimalField value;
        private final ComboBox<String> visitor;

        HandoutFields(Words t, FormErrors form, List<String> visitors) {
            cash = form.field("cash", new BigDecimalField(t.get("campaign.cash")));
            cash.setId("aid-pick-cash");
            goods = form.field("goods", new TextField(t.get("campaign.goods.what")));
            goods.setId("aid-pick-goods");
            goods.setMaxLength(Goods.DESCRIPTION_LENGTH);
            quantity = form.field("quantity", new IntegerField(t.get("campaign.goods.quantity")));
            quantity.setId("aid-pick-quantity");
            value = form.field("goodsValue", new BigDecimalField(t.get("campaign.goods.value")));
            value.setId("aid-pick-goods-value");
            visitor = form.field("visitor", new ComboBox<>(t.get("campaign.visitor"), visitors));
            visitor.setId("aid-pick-visitor");
            visitor.setClearButtonVisible(true);
            visitor.setHelperText(t.get("campaign.visitor.hint"));
            layout = new FormLayout(cash, goods, quantity, value, visitor);
        }

        void show(Household.Handout handout, String who) {
            cash.setValue(handout.cash().isPositive() ? handout.cash().toYuan() : null);
            goods.setValue(handout.goods() == null ? "" : handout.goods());
            quantity.setValue(handout.quantity());
            value.setValue(handout.goodsValue() == null ? null : handout.goodsValue().toYuan());
            visitor.setValue(who);
        }

        Household.Handout handout() {
            return new Household.Handout(cash.getValue() == null ? null : Money.yuan("cash", cash.getValue(), false),
                    goods.getValue(), quantity.getValue(), value.getValue() == null ? null : Money.yuan("goodsValue", value.getValue(), true));
        }

        String visitor() {
            return visitor.getValue();
        }
    }
}
