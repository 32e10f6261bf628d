package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.aid.periodic.PeriodicAid;
import org.qiaoyun.plugins.aid.periodic.Schedule;
import org.qiaoyun.plugins.aid.periodic.SchedulePayment;

/** {@code .../cases/{id}/schedule}: a case's periodic aid, its months paid, paying a month and stopping it. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final PeriodicAid periodic;
    private final String caseId;
    private final Locale language;

    ScheduleResource(TenantScope scope, String caseId, Locale language) {
        this.periodic = new PeriodicAid(scope);
        this.caseId = caseId;
        this.language = language;
    }

    /** A schedule as the API shows it: the months paid, and why the last payment tried was refused, in the reader's language. */
    public record ScheduleJson(String id, String caseId, String fundId, BigDecimal monthlyAmount, String firstMonth, int months,
                               String status, String setBy, String stopReason, String stoppedBy, List<String> paid,
                               String refusedMonth, String refusal, long version) {

        static ScheduleJson of(Schedule s, List<SchedulePayment> payments, Locale language) {
            return new ScheduleJson(s.id(), s.caseId(), s.fundId(), s.monthly().toYuan(), s.firstMonth().toString(), s.months(),
                    Inputs.lower(s.status()), s.setBy(), s.stopReason(), s.stoppedBy(),
                    payments.stream().map(p -> p.period().toString()).toList(),
                    s.refusedMonth() == null ? null : s.refusedMonth().toString(),
                    s.refusal().map(t -> t.in(language, ScheduleResource.class.getClassLoader())).orElse(null), s.version());
        }
    }

    /** A month paid: which, the ledger line that paid it, who and when. */
    public record PaymentJson(String month, String ledgerEntryId, String by, Instant at) {
        static PaymentJson of(SchedulePayment p) {
            return new PaymentJson(p.period().toString(), p.fundEntryId(), p.by(), p.at());
        }
    }

    /** {@code POST cases/{id}/schedule}. */
    public static class NewSchedule {
        public String fundId;
        public BigDecimal monthlyAmount;
        public String firstMonth;
        public Integer months;
    }

    /** {@code POST cases/{id}/schedule/payments}. */
    public static class Payment {
        public String month;
    }

    /** {@code POST cases/{id}/schedule/stop}. */
    public static class Stop {
        public Long version;
        public String reason;
    }

    @GET
    public ScheduleJson schedule() {
        Schedule s = periodic.of(caseId).orElseThrow(() -> new UnknownObjectException(Text.of("aid.schedule.none")));
        return ScheduleJson.of(s, periodic.payments(s.id()), language);
    }

    @POST
    public Response set(NewSchedule body) {
        Inputs.body(body);
        Schedule s = periodic.set(caseId, body.fundId, Money.yuan("monthlyAmount", body.monthlyAmount, true),
                month(body.firstMonth, "firstMonth"), body.months == null ? 0 : body.months);
        return Response.status(Response.Status.CREATED).entity(ScheduleJson.of(s, List.of(), language)).build();
    }

    @POST
    @Path("payments")
    public Response pay(Payment body) {
        Inputs.body(body);
        // not inside a recount's transaction: a refused payment keeps its reason on the schedule in a transaction of its own
        SchedulePayment paid = periodic.pay(caseId, month(body.month, "month"));
        return Response.status(Response.Status.CREATED).entity(PaymentJson.of(paid)).build();
    }

    @POST
    @Path("stop")
    public ScheduleJson stop(Stop body) {
        Inputs.body(body);
        Schedule s = periodic.stop(caseId, body.version, body.reason);
        return ScheduleJson.of(s, periodic.payments(s.id()), language);
    }

    /** A month as {@code 2026-12}; anything else is refused at {@code field}. */
    static YearMonth month(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, Text.of("aid.schedule.month-format"));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("aid.schedule.month-format"));
        }
    }
}
