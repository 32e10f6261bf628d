package org.qiaoyun.plugins.legal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/** A year's holiday notice as a federation's admin entered it (a year published after the module was built). */
@Entity
@Table(name = "legal_calendar_year")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class CalendarYear {

    @Id
    @Column(name = "calendar_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "days_off", length = 2000, nullable = false)
    private String daysOff;

    @Column(name = "make_up_days", length = 500, nullable = false)
    private String makeUpDays;

    @Column(name = "entered_by", length = 63, nullable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CalendarYear() {
    }

    CalendarYear(HolidayNotice notice, String by, Instant at) {
        this.year = notice.year();
        keep(notice, by, at);
    }

    void keep(HolidayNotice notice, String by, Instant at) {
        daysOff = join(notice.daysOff());
        makeUpDays = join(notice.makeUpDays());
        enteredBy = by;
        enteredAt = at.atOffset(ZoneOffset.UTC);
    }

    private static String join(Collection<LocalDate> days) {
        return days.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    public HolidayNotice notice() {
        return HolidayNotice.of(year, ShippedNotices.days(daysOff), ShippedNotices.days(makeUpDays));
    }

    public int year() {
        return year;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public long version() {
        return version;
    }
}
