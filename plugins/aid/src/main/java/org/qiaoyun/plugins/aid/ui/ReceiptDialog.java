package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.Words;

/**
 * Records money received into a fund (a donation, a budget allocation). A ledger line is never changed, so
 * the amount is confirmed before it is written; a wrong receipt is put right by a reversal.
 */
final class ReceiptDialog {

    private ReceiptDialog() {
    }

    static Dialog open(TenantScope tenant, Words t, Fund fund, Runnable recorded) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-receipt-dialog");
        dialog.setHeaderTitle(t.get("receipt.title", fund.name()));
        FormErrors form = new FormErrors(t);
        BigDecimalField amount = form.required("amount", new BigDecimalField(t.get("receipt.amount")));
        amount.setId("aid-receipt-amount");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        TextField note = form.field("note", new TextField(t.get("receipt.note")));
        note.setId("aid-receipt-note");
        note.setMaxLength(500);
        note.setPlaceholder(t.get("receipt.note.hint"));
        dialog.add(new FormLayout(amount, note));
        Button save = new Button(t.get("receipt.record"));
        save.setId("aid-receipt-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Money[] money = new Money[1];
            // the amount is read (and refused at its field) before the question is asked
            if (!form.save(() -> money[0] = Money.yuan("amount", amount.getValue(), true))) {
                return;
            }
            Confirm.ask(t, t.get("receipt.confirm", Formats.money(money[0]), fund.name()), t.get("receipt.confirm.consequence"),
                    t.get("receipt.record"), () -> {
                        if (form.save(() -> new Funds(tenant).receive(fund.id(), money[0], note.getValue()))) {
                            dialog.close();
                            Attempt.told(t.get("receipt.recorded", Formats.money(money[0]), fund.name()));
                            recorded.run();
                        }
                    });
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
