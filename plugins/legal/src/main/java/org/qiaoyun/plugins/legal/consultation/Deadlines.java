package org.qiaoyun.plugins.legal.consultation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.calendar.Calendars;
import org.qiaoyun.plugins.legal.calendar.Deadline;
import org.qiaoyun.plugins.legal.calendar.HolidayNotice;
import org.qiaoyun.plugins.legal.Permissions;
import org.qiaoyun.plugins.legal.calendar.WorkingCalendar;

/**
 * A consultation's deadlines in working days, counted from the day it came in on the official calendar:
 * acknowledged within {@value #ACKNOWLEDGE} working days and answered within {@value #ANSWER} unless the federation's
 * admin set its own terms ({@link #change}). A matter keeps the terms it was taken in under: new terms count for the
 * matters taken in after them.
 */
public final class Deadlines {

    /** Working days to acknowledge a consultation (contact the person), unless the federation set its own. */
    public static final int ACKNOWLEDGE = 2;
    /** Working days to answer it, unless the federation set its own. */
    public static final int ANSWER = 10;
    /** The longest term a federation may set: beyond it a deadline no longer protects anybody. */
    static final int LONGEST = 60;

    private final TenantScope scope;

    public Deadlines(TenantScope scope) {
        this.scope = scope;
    }

    /** Both deadlines of a matter received on {@code receivedOn}. */
    public record Pair(Deadline acknowledge, Deadline answer) {
    }

    /** A federation's terms: working days to acknowledge and to answer, the first no longer than the second. */
    public record Terms(int acknowledgeDays, int answerDays) {

        public static final Terms DEFAULT = new Terms(ACKNOWLEDGE, ANSWER);

        /** Terms as an admin gives them, each refused naming its field: missing, below one day, too long, or out of order. */
        public static Terms of(Integer acknowledgeDays, Integer answerDays) {
            int acknowledge = days(acknowledgeDays, "acknowledgeDays");
            int answer = days(answerDays, "answerDays");
            if (acknowledge > answer) {
                throw new InvalidInputException("acknowledgeDays", Text.of("legal.terms.acknowledge-after-answer", acknowledge, answer));
            }
            return new Terms(acknowledge, answer);
        }

        private static int days(Integer days, String field) {
            if (days == null || days < 1 || days > LONGEST) {
                throw new InvalidInputException(field, Text.of("legal.terms.days", 1, LONGEST));
            }
            return days;
        }
    }

    /** The terms in force and their version (0 while the federation keeps the defaults). */
    public record Kept(Terms terms, long version) {
    }

    public static Pair count(WorkingCalendar calendar, LocalDate receivedOn) {
        return count(calendar, receivedOn, Terms.DEFAULT);
    }

    public static Pair count(WorkingCalendar calendar, LocalDate receivedOn, Terms terms) {
        return new Pair(calendar.after(receivedOn, terms.acknowledgeDays()), calendar.after(receivedOn, terms.answerDays()));
    }

    /** The federation's terms, inside a transaction under way. */
    static Terms terms(EntityManager em) {
        DeadlineTerms kept = em.find(DeadlineTerms.class, DeadlineTerms.KEY);
        return kept == null ? Terms.DEFAULT : kept.terms();
    }

    /** The terms in force here, for anybody of the federation (the intake form says what the person is promised). */
    public Kept terms() {
        return scope.transaction(em -> {
            DeadlineTerms kept = em.find(DeadlineTerms.class, DeadlineTerms.KEY);
            return kept == null ? new Kept(Terms.DEFAULT, 0) : new Kept(kept.terms(), kept.version());
        });
    }

    /**
     * Sets the federation's terms for matters taken in from now on (admins only; a stale version is refused). Open
     * matters keep the deadlines they were given.
     */
    public Kept change(Terms terms, Long seenVersion) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            DeadlineTerms kept = em.find(DeadlineTerms.class, DeadlineTerms.KEY);
            String by = Permissions.caller(scope);
            if (kept == null) {
                StaleVersionException.unlessCurrent(seenVersion, 0L);
                kept = new DeadlineTerms(terms, by, scope.clock().instant());
                em.persist(kept);
            } else {
                StaleVersionException.unlessCurrent(seenVersion, kept.version());
                kept.keep(terms, by, scope.clock().instant());
            }
            em.flush();
            scope.audit("deadlines.change", DeadlineTerms.KEY, Text.of("legal.audit.terms", terms.acknowledgeDays(), terms.answerDays()));
            return new Kept(kept.terms(), kept.version());
        });
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
            provisional.forEach(c -> c.due(count(calendar, c.receivedOn(), c.terms())));
            scope.audit("calendar.recount", String.valueOf(notice.year()), Text.of("legal.audit.recount", provisional.size()));
            return provisional.size();
        });
    }
}
