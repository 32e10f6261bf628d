package org.qiaoyun.plugins.legal.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.Permissions;

/**
 * The official calendar a federation counts its deadlines on: the notices the module ships, overlaid by the
 * years its admin entered (a later notice, or a correction). What to count again once a year is entered is
 * the caller's business ({@link org.qiaoyun.plugins.legal.consultation.Deadlines#enter}).
 */
public final class Calendars {

    private final TenantScope scope;

    public Calendars(TenantScope scope) {
        this.scope = scope;
    }

    /** The calendar as known in this federation now. */
    public WorkingCalendar calendar() {
        return scope.transaction(Calendars::calendar);
    }

    /** The same, inside a transaction under way. */
    public static WorkingCalendar calendar(EntityManager em) {
        return new WorkingCalendar(notices(em).values());
    }

    /** Every known notice by year: shipped ones, replaced by those entered. */
    public static Map<Integer, HolidayNotice> notices(EntityManager em) {
        Map<Integer, HolidayNotice> byYear = new TreeMap<>();
        ShippedNotices.all().forEach(notice -> byYear.put(notice.year(), notice));
        em.createQuery("select y from CalendarYear y", CalendarYear.class).getResultList()
                .forEach(entered -> byYear.put(entered.year(), entered.notice()));
        return byYear;
    }

    /** Enters (or corrects) a year's notice; a day given twice is refused naming the day. Admins only. */
    public HolidayNotice enter(int year, Collection<LocalDate> daysOff, Collection<LocalDate> makeUpDays, Long seenVersion) {
        Permissions.requireAdmin(scope);
        HolidayNotice notice = HolidayNotice.of(year, daysOff, makeUpDays);
        return scope.transaction(em -> {
            CalendarYear kept = em.find(CalendarYear.class, year);
            String by = Permissions.caller(scope);
            if (kept == null) {
                em.persist(new CalendarYear(notice, by, scope.clock().instant()));
            } else {
                StaleVersionException.unlessCurrent(seenVersion, kept.version());
                kept.keep(notice, by, scope.clock().instant());
            }
            scope.audit("calendar.enter", String.valueOf(year), Text.of("legal.audit.calendar", notice.daysOff().size(),
                    notice.makeUpDays().size()));
            return notice;
        });
    }

    /**
     * Days as an admin gives them (ISO dates), each refused naming {@code field}: none given at all, more than a year
     * has, an empty or unreadable day.
     */
    public static java.util.List<LocalDate> days(java.util.List<String> texts, String field) {
        if (texts == null) {
            throw new org.qiaoyun.api.InvalidInputException(field, Text.of("legal.calendar.days-required"));
        }
        if (texts.size() > 366) {
            throw new org.qiaoyun.api.InvalidInputException(field, Text.of("legal.calendar.days-too-many"));
        }
        return texts.stream().map(text -> {
            LocalDate day = org.qiaoyun.api.Inputs.date(text, field);
            if (day == null) {
                throw new org.qiaoyun.api.InvalidInputException(field, Text.of("legal.calendar.day-missing"));
            }
            return day;
        }).toList();
    }

    /** Every known notice by year, for the screen: shipped ones and those entered here (with their versions). */
    public java.util.List<Known> known() {
        return scope.transaction(em -> {
            Map<Integer, Long> entered = new TreeMap<>();
            em.createQuery("select y from CalendarYear y", CalendarYear.class).getResultList()
                    .forEach(y -> entered.put(y.year(), y.version()));
            return notices(em).values().stream().map(n -> new Known(n, entered.containsKey(n.year()), entered.get(n.year()))).toList();
        });
    }

    /** A year's notice, whether this federation entered it (else it ships with the module), and its version if so. */
    public record Known(HolidayNotice notice, boolean entered, Long version) {
    }
}
