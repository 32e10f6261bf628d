package org.qiaoyun.plugins.aid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.CaseStep;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.ReasonDialog;
import org.qiaoyun.screens.Words;

/**
 * Asks for what one workflow step needs (a home visit, an amount and a fund, a reason) and takes the
 * step with the version of the case as shown, so a case changed meanwhile is not overwritten.
 */
final class StepDialog {

    private StepDialog() {
    }

    /**
     * Opens what the step needs: a question before withdrawing a draft, a reason before closing a case
     * never paid, else a form of the step's fields.
     */
    static void open(TenantScope tenant, Words t, AidCase aidCase, CaseStep step, Runnable done) {
        Casework casework = new Casework(tenant);
        long version = aidCase.version();
        switch (step) {
            case WITHDRAW -> Confirm.destructive(t, t.get("step.withdraw.question"), t.get("step.withdraw.consequence"),
                    t.get("step.withdraw"), () -> {
                        if (Attempt.run(AidWords.current(), () -> casework.withdraw(aidCase.id(), version, null),
                                t.get("step.done", t.get("step.withdraw")))) {
                            AidIndicators.refresh(tenant);
                            done.run();
                        }
                    });
            case CLOSE_UNPAID -> new ReasonDialog(t, new ReasonDialog.Wording("aid-close-unpaid", t.get("step.close-unpaid"),
                    t.get("step.close-unpaid.consequence", aidCase.approved()), t.get("step.close-unpaid.reason"), t.get("cancel"),
                    t.get("step.close-unpaid"), t.get("step.done", t.get("step.close-unpaid"))),
                    reason -> casework.closeUnpaid(aidCase.id(), version, reason), () -> {
                        AidIndicators.refresh(tenant);
                        done.run();
                    }).open();
            case DELIVER -> Confirm.ask(t, t.get("step.deliver.question"), t.get("step.deliver.consequence",
                    aidCase.goods().description(), aidCase.goods().estimatedValue()), t.get("step.deliver"), () -> {
                        if (Attempt.run(AidWords.current(), () -> casework.deliver(aidCase.id(), version, null),
                                t.get("step.done", t.get("step.deliver")))) {
                            AidIndicators.refresh(tenant);
                            done.run();
                        }
                    });
            default -> form(tenant, t, aidCase, step, done);
        }
    }

    private static Dialog form(TenantScope tenant, Words t, AidCase aidCase, CaseStep step, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-step-dialog");
        dialog.setHeaderTitle(t.get("step." + step.wire()));
        FormLayout form = new FormLayout();
        DatePicker visitDate = new DatePicker(t.get("case.visitDate"), AidIndicators.today(tenant));
        TextField visitor = new TextField(t.get("case.visitor"));
        TextArea findings = new TextArea(t.get("case.findings"));
        visitDate.setId("aid-step-visit-date");
        visitor.setId("aid-step-visitor");
        findings.setId("aid-step-findings");
        BigDecimalField amount = new BigDecimalField(t.get("case.amount"));
        amount.setId("aid-step-amount");
        ComboBox<Fund> fund = new ComboBox<>(t.get("case.fund"));
        fund.setId("aid-step-fund");
        TextArea comment = new TextArea(t.get("case.comment"));
        comment.setId("aid-step-comment");
        switch (step) {
            case VERIFY -> form.add(visitDate, visitor, findings);
            case APPROVE -> {
                amount.setValue(aidCase.awaitingSecondApproval() == null ? aidCase.requested().toYuan() : aidCase.awaitingSecondApproval().toYuan());
                amount.setReadOnly(aidCase.awaitingSecondApproval() != null);
                form.add(amount, comment);
            }
            case DISBURSE -> {
                fund.setItems(new Funds(tenant).all());
                fund.setItemLabelGenerator(f -> f.name() + " (" + f.balance() + ")");
                amount.setValue(aidCase.approved().minus(aidCase.disbursed()).toYuan());
                form.add(fund, amount, comment);
            }
            default -> form.add(comment);
        }
        dialog.add(form);
        Button go = new Button(t.get("step." + step.wire()));
        go.setId("aid-step-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        go.addClickListener(e -> {
            Casework casework = new Casework(tenant);
            long version = aidCase.version();
            boolean ok = Attempt.run(AidWords.current(), () -> {
                switch (step) {
                    case SUBMIT -> casework.submit(aidCase.id(), version, comment.getValue());
                    case VERIFY -> casework.verify(aidCase.id(), version, visitDate.getValue(), visitor.getValue(), findings.getValue());
                    case APPROVE -> casework.approve(aidCase.id(), version, amount.getValue() == null ? Money.ZERO
                            : Money.yuan("amount", amount.getValue(), !aidCase.inKind()), comment.getValue());
                    case REJECT -> casework.reject(aidCase.id(), version, comment.getValue());
                    case DISBURSE -> casework.disburse(aidCase.id(), version, fund.getValue() == null ? null : fund.getValue().id(),
                            Money.yuan("amount", amount.getValue(), true), comment.getValue());
                    case FOLLOW_UP -> casework.followUp(aidCase.id(), version, comment.getValue());
                    case CLOSE -> casework.close(aidCase.id(), version, comment.getValue());
                    case WITHDRAW, CLOSE_UNPAID, DELIVER -> throw new IllegalStateException(step + " is asked by its own dialog");
                }
            });
            go.setEnabled(true);
            if (ok) {
                AidIndicators.refresh(tenant);
                dialog.close();
                Notification.show(t.get("step.done", t.get("step." + step.wire())));
                done.run();
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), go);
        dialog.open();
        return dialog;
    }
}
