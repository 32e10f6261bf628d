package org.qiaoyun.plugins.aid.periodic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.CaseStatus;

/**
 * Periodic aid (定期救助, e.g. a monthly living allowance): a case's approved money paid month by month, the same
 * amount from one fund for a number of months from a first month. A decider sets it on an approved case, within
 * what the case has approved and not yet paid; each month (a period) is then paid once, through the fund's
 * ledger, never twice; a payment the fund cannot make leaves the period due, and the schedule keeps why, for the
 * work list to show. A schedule is stopped with a reason (the person moved away, died, or their situation
 * changed): the months not paid are then due no more.
 */
@Entity
@Table(name = "aid_schedule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Schedule {

    /** Whether the months still to come are paid. */
    public enum Status { ACTIVE, STOPPED }

    /** The longest a schedule runs: three years of months. */
    public static final int LONGEST = 36;

    /** The longest reason for stopping kept (its column's length). */
    public static final int REASON_LENGTH = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "fund_id", length = 36, nullable = false)
    private String fundId;

    @Column(name = "monthly_fen", nullable = false, updatable = false)
    private long monthlyFen;

    @Column(name = "first_month", nullable = false, updatable = false)
    private LocalDate firstMonth;

    @Column(name = "months", nullable = false, updatable = false)
    private int months;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "set_by", length = 63, nullable = false, updatable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false, updatable = false)
    private OffsetDateTime setAt;

    @Column(name = "stop_reason", length = 500)
    private String stopReason;

    @Column(name = "stopped_by", length = 63)
    private String stoppedBy;

    @Column(name = "stopped_at")
    private OffsetDateTime stoppedAt;

    /** Why the last payment tried was refused (a {@link Text#stored() kept text}), and for which month; cleared by a payment. */
    @Column(name = "refusal", length = 500)
    private String refusal;

    @Column(name = "refused_month")
    private LocalDate refusedMonth;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Schedule() {
    }

    /**
     * Sets a schedule on an approved case: {@code monthly} each month for {@code months} months from {@code first},
     * from fund {@code fundId}, all of it within what the case has approved and not yet paid.
     */
    public static Schedule set(AidCase aidCase, String fundId, Money monthly, YearMonth first, int months, String by, Instant at) {
        if (aidCase.status() != CaseStatus.APPROVED && aidCase.status() != CaseStatus.DISBURSED) {
            throw new ConflictException(null, Text.of("aid.schedule.case-not-approved"));
        }
        if (monthly == null || !monthly.isPositive()) {
            throw new InvalidInputException("monthlyAmount", Text.of("aid.schedule.monthly-positive"));
        }
        if (first == null) {
            throw new InvalidInputException("firstMonth", Text.of("aid.schedule.first-month-required"));
        }
        if (months < 1 || months > LONGEST) {
            throw new InvalidInputException("months", Text.of("aid.schedule.months-range", LONGEST));
        }
        long remaining = aidCase.approved().fen() - aidCase.disbursed().fen();
        if (monthly.fen() * months > remaining) {
            throw new InvalidInputException("months", Text.of("aid.schedule.above-approved", new Money(monthly.fen() * months).toString(),
                    new Money(remaining).toString()));
        }
        Schedule s = new Schedule();
        s.id = UUID.randomUUID().toString();
        s.caseId = aidCase.id();
        s.fundId = fundId;
        s.monthlyFen = monthly.fen();
        s.firstMonth = first.atDay(1);
        s.months = months;
        s.status = Status.ACTIVE;
        s.setBy = by;
        s.setAt = at.atOffset(ZoneOffset.UTC);
        return s;
    }

    /** Every month of the schedule, the first first. */
    public List<YearMonth> periods() {
        YearMonth first = firstMonth();
        return IntStream.range(0, months).mapToObj(first::plusMonths).toList();
    }

    /** The months to pay by {@code now}: those of the schedule up to {@code now} not {@code paid}; none once stopped. */
    public List<YearMonth> due(YearMonth now, Set<YearMonth> paid) {
        if (status != Status.ACTIVE) {
            return List.of();
        }
        return periods().stream().filter(p -> !p.isAfter(now) && !paid.contains(p)).toList();
    }

    /** Refuses a payment of {@code period} that is not due by {@code now}, or paid already. */
    public void requirePayable(YearMonth period, YearMonth now, boolean paidAlready) {
        if (status != Status.ACTIVE) {
            throw new ConflictException(null, Text.of("aid.schedule.stopped", stopReason));
        }
        if (period == null || !periods().contains(period)) {
            throw new InvalidInputException("month", Text.of("aid.schedule.not-a-period", String.valueOf(period), firstMonth(),
                    firstMonth().plusMonths(months - 1L)));
        }
        if (period.isAfter(now)) {
            throw new InvalidInputException("month", Text.of("aid.schedule.not-yet", period));
        }
        if (paidAlready) {
            throw new ConflictException(null, Text.of("aid.schedule.paid-already", period));
        }
    }

    /** A month was paid: a refusal kept before is over. */
    void paid() {
        refusal = null;
        refusedMonth = null;
    }

    /** A payment of {@code period} was refused ({@code why}): the period stays due, and the work list says why. */
    void refused(YearMonth period, Text why) {
        refusal = why.stored();
        refusedMonth = period.atDay(1);
    }

    /** Stops the payments still to come, saying why. */
    public void stop(String reason, String by, Instant at) {
        if (status != Status.ACTIVE) {
            throw new ConflictException(null, Text.of("aid.schedule.stopped", stopReason));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("aid.schedule.stop-reason"));
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInputException("reason", Text.of("aid.schedule.stop-reason-long", REASON_LENGTH));
        }
        status = Status.STOPPED;
        stopReason = reason.strip();
        stoppedBy = by;
        stoppedAt = at.atOffset(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String fundId() {
        return fundId;
    }

    public Money monthly() {
        return new Money(monthlyFen);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(firstMonth);
    }

    public int months() {
        return months;
    }

    public Status status() {
        return status;
    }

    public String setBy() {
        return setBy;
    }

    public String stopReason() {
        return stopReason;
    }

    public String stoppedBy() {
        return stoppedBy;
    }

    /** Why the last payment tried was refused, for the month it was tried; empty when none was or a payment came since. */
    public java.util.Optional<Text> refusal() {
        return Text.fromStored(refusal);
    }

    public YearMonth refusedMonth() {
        return refusedMonth == null ? null : YearMonth.from(refusedMonth);
    }

    public long version() {
        return version;
    }
}
