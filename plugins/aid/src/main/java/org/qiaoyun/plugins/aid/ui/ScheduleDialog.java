package org.qiaoyun.plugins.aid.ui;

import java.time.YearMonth;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.plugins.aid.periodic.PeriodicAid;
import org.qiaoyun.plugins.aid.periodic.Schedule;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/** Sets periodic aid on an approved case: the fund, the monthly amount, the first month and how many months; refusals at their fields. */
final class ScheduleDialog {

    private ScheduleDialog() {
    }

    static Dialog open(TenantScope tenant, Words t, AidCase aidCase, Runnable set) {
        Dialog dialog = new Dialog();
        dialog.setId("aid-schedule-dialog");
        dialog.setHeaderTitle(t.get("schedule.set"));
        FormErrors form = new FormErrors(t);
        ComboBox<Fund> fund = form.required("fundId", new ComboBox<>(t.get("case.fund")));
        fund.setId("aid-schedule-fund");
        fund.setItems(new Funds(tenant).all());
        fund.setItemLabelGenerator(f -> f.name() + " (" + f.balance() + ")");
        BigDecimalField monthly = form.required("monthlyAmount", new BigDecimalField(t.get("schedule.monthly")));
        monthly.setId("aid-schedule-monthly");
        monthly.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
        DatePicker first = form.required("firstMonth", new DatePicker(t.get("schedule.first")));
        first.setId("aid-schedule-first");
        first.setHelperText(t.get("schedule.first.hint"));
        IntegerField months = form.required("months", new IntegerField(t.get("schedule.months")));
        months.setId("aid-schedule-months");
        months.setMin(1);
        months.setMax(Schedule.LONGEST);
        months.setHelperText(t.get("schedule.months.hint", new Money(aidCase.approved().fen() - aidCase.disbursed().fen())));
        dialog.add(new FormLayout(fund, monthly, first, months));
        Button save = new Button(t.get("schedule.set"));
        save.setId("aid-schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.save(() -> new PeriodicAid(tenant).set(aidCase.id(), fund.getValue() == null ? null : fund.getValue().id(),
                    Money.yuan("monthlyAmount", monthly.getValue(), true), first.getValue() == null ? null : YearMonth.from(first.getValue()),
                    months.getValue() == null ? 0 : months.getValue()))) {
                dialog.close();
                Attempt.told(t.get("schedule.saved"));
                set.run();
            }
        });
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
