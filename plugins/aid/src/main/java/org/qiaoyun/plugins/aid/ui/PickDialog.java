package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.campaign.Campaign;
import org.qiaoyun.plugins.aid.campaign.Campaigns;
import org.qiaoyun.plugins.aid.campaign.Household;
import org.qiaoyun.plugins.aid.casework.Goods;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * Picks the households the campaign's rule names (its vulnerabilities and areas), each handed the same cash and/or
 * goods and visited by one user of the federation; those in the list already (and for 金秋助学 those granted this
 * school year) are left out, and the dialog says how many.
 */
final class PickDialog {

    private PickDialog() {
    }

    static Dialog open(TenantScope tenant, Words t, Campaign campaign, Runnable picked) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-pick-dialog");
        dialog.setHeaderTitle(t.get("campaign.pick"));
        FormErrors form = new FormErrors(t);
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
        dialog.add(new Paragraph(t.get("campaign.pick.intro")), new FormLayout(cash, goods, quantity, value, visitor));
        Button save = new Button(t.get("campaign.pick"));
        save.setId("aid-pick-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Campaigns.Picked[] done = new Campaigns.Picked[1];
            if (form.save(() -> done[0] = new Campaigns(tenant).pick(campaign.id(), new Household.Handout(
                    cash.getValue() == null ? null : Money.yuan("cash", cash.getValue(), false), goods.getValue(), quantity.getValue(),
                    value.getValue() == null ? null : Money.yuan("goodsValue", value.getValue(), true)), visitor.getValue()))) {
                dialog.close();
                Attempt.told(t.get("campaign.picked", done[0].added(), done[0].skipped()));
                picked.run();
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
