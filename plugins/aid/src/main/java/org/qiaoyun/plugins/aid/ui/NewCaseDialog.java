package org.qiaoyun.plugins.aid.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.casework.Goods;
import org.qiaoyun.screens.Words;

/**
 * Drafts a case for a registered person: who, which aid, how much, why; and the goods, for aid in kind (then
 * the cash may be zero). Errors show at their field.
 */
final class NewCaseDialog {

    private NewCaseDialog() {
    }

    static Dialog open(TenantScope tenant, IdVault vault, Words t, Consumer<AidCase> drafted) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-new-case-dialog");
        dialog.setHeaderTitle(t.get("cases.new"));
        ComboBox<Beneficiary> person = new ComboBox<>(t.get("cases.beneficiary"));
        person.setId("aid-case-beneficiary");
        Beneficiaries people = new Beneficiaries(tenant, vault);
        person.setItems(q -> people.search(q.getFilter().orElse(null), null, q.getOffset(), q.getLimit()).stream());
        person.setItemLabelGenerator(b -> b.name() + " " + org.qiaoyun.screens.DocumentFields.shown(t, b.documentKind(),
                b.issuingCountry(), b.maskedId()));
        ComboBox<AidType> type = new ComboBox<>(t.get("cases.type"), AidType.values());
        type.setId("aid-case-type");
        type.setItemLabelGenerator(t::of);
        BigDecimalField amount = new BigDecimalField(t.get("cases.requested"));
        amount.setId("aid-case-amount");
        TextArea summary = new TextArea(t.get("cases.summary"));
        summary.setId("aid-case-summary");
        Checkbox inKind = new Checkbox(t.get("cases.inKind"));
        inKind.setId("aid-case-in-kind");
        TextField goods = new TextField(t.get("cases.goods"));
        goods.setId("aid-case-goods");
        goods.setMaxLength(Goods.DESCRIPTION_LENGTH);
        goods.setPlaceholder(t.get("cases.goods.hint"));
        BigDecimalField goodsValue = new BigDecimalField(t.get("cases.goodsValue"));
        goodsValue.setId("aid-case-goods-value");
        goods.setVisible(false);
        goodsValue.setVisible(false);
        inKind.addValueChangeListener(e -> {
            goods.setVisible(e.getValue());
            goodsValue.setVisible(e.getValue());
            amount.setHelperText(e.getValue() ? t.get("cases.requested.inKind") : null);
        });
        dialog.add(new FormLayout(person, type, amount, inKind, goods, goodsValue, summary));
        Button save = new Button(t.get("save"));
        save.setId("aid-case-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (person.getValue() == null) {
                    throw new InvalidInputException("beneficiaryId", t.get("cases.beneficiary.required"));
                }
                Goods given = inKind.getValue() ? Goods.of(goods.getValue(), goodsValue.getValue() == null ? null
                        : Money.yuan("goodsValue", goodsValue.getValue(), true)) : null;
                Money cash = given != null && amount.getValue() == null ? Money.ZERO
                        : Money.yuan("requestedAmount", amount.getValue(), given == null);
                AidCase created = new Casework(tenant).draft(person.getValue().id(), type.getValue(), cash, given, summary.getValue());
                dialog.close();
                drafted.accept(created);
            } catch (InvalidInputException invalid) {
                com.vaadin.flow.component.HasValidation field = switch (invalid.field() == null ? "" : invalid.field()) {
                    case "beneficiaryId" -> person;
                    case "type" -> type;
                    case "goods" -> goods;
                    case "goodsValue" -> goodsValue;
                    default -> amount;
                };
                field.setErrorMessage(t.of(invalid));
                field.setInvalid(true);
            } finally {
                save.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
