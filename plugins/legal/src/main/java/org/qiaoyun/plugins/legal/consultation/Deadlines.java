package org.qiaoyun.plugins.legal.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.calendar.Calendars;
import org.qiaoyun.plugins.legal.calendar.Deadline;
import org.qiaoyun.plugins.legal.calendar.HolidayNotice;
import org.qiaoyun.plugins.legal.calendar.WorkingCalendar;

/**
 * A consultation's deadlines in working days, counted from the day it came in on the official calendar:
 * acknowledged within {@value #ACKNOWLEDGE} working days, answered within {@value #ANSWER}. The issue asks for
 * these per federation; until the platform keeps module settings per tenant they are the module's constants
 * (a kernel change the README names).
 */
public final class Deadlines {

    /** Working days to acknowledge a consultation (contact the person). */
    public static final int ACKNOWLEDGE = 2;
    /** Working days to answer it. */
    public static final int ANSWER = 10;

    private final TenantScope scope;

    public Deadlines(TenantScope scope) {
        this.scope = scope;
    }

    /** Both deadlines of a matter received on {@code receivedOn}. */
    public record Pair(Deadline acknowledge, Deadline answer) {
    }

    public static Pair count(WorkingCalendar calendar, LocalDate receivedOn) {
        return new Pair(calendar.after(receivedOn, ACKNOWLEDGE), calendar.after(receivedOn, ANSWER));
    }

    /**
     * Enters a year's holiday notice and counts again the deadlines of every open matter that were provisional,
     * in one transaction: from then on they stand on the notice. Returns how many were counted again.
     */
    public int enter(int year, Collection<LocalDate> daysOff, Collection<LocalDate> makeUpDays, Long seenVersion) {
        return scope.transaction(em -> {
            HolidayNotice notice = new Calendars(scope).enter(year, daysOff, makeUpDays, seenVersion);
            WorkingCalendar calendar = Calendars.calendar(em);
            List<Consultation> provisional = em.createQuery(
                    "select c from Consultation c where c.dueProvisional = true and c.status <> :closed", Consultation.class)
                    .setParameter("closed", Status.CLOSED).getResultList();
            provisional.forEach(c -> c.due(count(calendar, c.receivedOn())));
            scope.audit("calendar.recount", String.valueOf(notice.year()), Text.of("legal.audit.recount", provisional.size()));
            return provisional.size();
        });
    }
}
