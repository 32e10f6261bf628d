package org.qiaoyun.plugins.aid.periodic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/**
 * One month of a schedule, paid: the ledger line that paid it, who and when. A month is paid once: the database
 * holds {@code (tenant_id, schedule_id, period_month)} unique, beside the schedule's row lock.
 */
@Entity
@Table(name = "aid_schedule_payment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class SchedulePayment {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "schedule_id", length = 36, nullable = false, updatable = false)
    private String scheduleId;

    @Column(name = "period_month", nullable = false, updatable = false)
    private LocalDate period;

    @Column(name = "fund_entry_id", length = 36, nullable = false, updatable = false)
    private String fundEntryId;

    @Column(name = "by_user", length = 63, nullable = false, updatable = false)
    private String by;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    protected SchedulePayment() {
    }

    SchedulePayment(String scheduleId, YearMonth period, String fundEntryId, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.scheduleId = scheduleId;
        this.period = period.atDay(1);
        this.fundEntryId = fundEntryId;
        this.by = by;
        this.at = at.atOffset(ZoneOffset.UTC);
    }

    public String scheduleId() {
        return scheduleId;
    }

    public YearMonth period() {
        return YearMonth.from(period);
    }

    public String fundEntryId() {
        return fundEntryId;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at.toInstant();
    }
}
