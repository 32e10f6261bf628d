package org.qiaoyun.plugins.aid.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.CaseStep;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.periodic.PeriodicAid;
import org.qiaoyun.plugins.aid.periodic.Schedule;
import org.qiaoyun.plugins.aid.periodic.SchedulePayment;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.ReasonDialog;
import org.qiaoyun.screens.Words;

/**
 * A case's periodic aid on its screen: the schedule (monthly amount, months, fund) with each month paid, due or to
 * come; caseworkers pay a month that is due, deciders set the schedule on an approved case and stop it with a
 * reason. Why the last payment was refused (an empty fund) stands above the months.
 */
final class SchedulePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** One month of the schedule as the panel lists it. */
    record Month(YearMonth period, String state, boolean payable) {
    }

    SchedulePanel(TenantScope tenant, Words t, AidCase aidCase, Runnable changed) {
        setId("aid-schedule");
        setPadding(false);
        PeriodicAid periodic = new PeriodicAid(tenant);
        Schedule schedule = periodic.of(aidCase.id()).orElse(null);
        boolean decides = new Casework(tenant).callerDecides();
        if (schedule == null) {
            // only while some of the approved amount is unpaid: a schedule pays that part (the rule of the payment step)
            if (decides && CaseStep.DISBURSE.offeredBy(aidCase)) {
                Button set = new Button(t.get("schedule.set"), e -> ScheduleDialog.open(tenant, t, aidCase, changed));
                set.setId("aid-schedule-set");
                add(new H3(t.get("schedule.title")), set);
            }
            return;
        }
        List<SchedulePayment> payments = periodic.payments(schedule.id());
        Set<YearMonth> paid = payments.stream().map(SchedulePayment::period).collect(Collectors.toSet());
        YearMonth now = YearMonth.from(org.qiaoyun.plugins.aid.AidIndicators.today(tenant));
        Set<YearMonth> due = Set.copyOf(schedule.due(now, paid));
        Paragraph summary = new Paragraph(t.get("schedule.summary", schedule.monthly(), schedule.firstMonth().toString(), schedule.months(),
                paid.size()) + (schedule.status() == Schedule.Status.STOPPED ? " " + t.get("schedule.stopped", schedule.stopReason()) : ""));
        summary.setId("aid-schedule-summary");
        add(new H3(t.get("schedule.title")), summary);
        schedule.refusal().ifPresent(why -> {
            Paragraph refused = new Paragraph(t.get("schedule.refused", schedule.refusedMonth().toString(), t.of(why)));
            refused.setId("aid-schedule-refusal");
            refused.getStyle().set("color", "var(--lumo-error-text-color)");
            add(refused);
        });
        boolean pays = tenant.callerHas("caseworker") || tenant.callerHas("admin");
        Grid<Month> months = new Grid<>();
        months.setId("aid-schedule-months");
        months.addColumn(m -> m.period().toString()).setHeader(t.get("schedule.month")).setAutoWidth(true);
        months.addColumn(m -> schedule.monthly().toString()).setHeader(t.get("case.amount")).setAutoWidth(true);
        months.addColumn(Month::state).setHeader(t.get("cases.status")).setAutoWidth(true);
        if (pays) {
            months.addComponentColumn(m -> {
                Button pay = new Button(t.get("schedule.pay"), e -> {
                    Attempt.run(t, () -> periodic.pay(aidCase.id(), m.period()), t.get("schedule.paid", m.period().toString()));
                    changed.run(); // paid, or refused with the reason the schedule now keeps: shown either way
                });
                pay.setId("aid-schedule-pay-" + m.period());
                pay.setVisible(m.payable());
                return pay;
            }).setKey("pay").setAutoWidth(true).setFlexGrow(0);
        }
        months.setItems(schedule.periods().stream().map(p -> new Month(p, paid.contains(p) ? t.get("schedule.state.paid")
                : due.contains(p) ? t.get("schedule.state.due") : schedule.status() == Schedule.Status.STOPPED
                ? t.get("schedule.state.stopped") : t.get("schedule.state.coming"), due.contains(p))).toList());
        months.setAllRowsVisible(true);
        add(months);
        if (decides && schedule.status() == Schedule.Status.ACTIVE) {
            Button stop = new Button(t.get("schedule.stop"), e -> new ReasonDialog(t, new ReasonDialog.Wording("aid-schedule-stop",
                    t.get("schedule.stop"), t.get("schedule.stop.consequence"), t.get("schedule.stop.reason"), t.get("cancel"),
                    t.get("schedule.stop"), t.get("schedule.stopped.done")),
                    reason -> periodic.stop(aidCase.id(), schedule.version(), reason), changed).open());
            stop.setId("aid-schedule-stop");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(stop);
        }
    }
}
