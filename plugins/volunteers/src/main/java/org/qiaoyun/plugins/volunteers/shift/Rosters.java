package org.qiaoyun.plugins.volunteers.shift;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Csv;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Filter;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.VolunteerIndicators;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * Shifts and who serves on them. Every change of a shift's roster (sign-up, cancellation) holds the
 * shift's row lock, so that the capacity is never exceeded and the waiting list keeps the order in
 * which people came, however many sign up at the same moment.
 */
public final class Rosters {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The most weeks a recurring shift is planned for in one step (half a year). */
    public static final int MAX_WEEKS = 26;
    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    /** The statuses that hold one of a shift's places. */
    private static final List<SignUp.Status> HOLDING = Roster.HOLDING;
    private final TenantScope scope;
    private final Clock clock;

    public Rosters(TenantScope scope) {
        this.scope = scope;
        this.clock = scope.clock();
    }

    /** Whether a shift may still be changed or cancelled: not cancelled, and not begun by this scope's clock. */
    public boolean changeable(Shift shift) {
        return shift.status() != Shift.Status.CANCELLED && shift.startsAt().isAfter(clock.instant());
    }

    /** Plans a shift of an open activity (organisers). */
    public Shift plan(String activityId, Shift.Draft draft) {
        Permissions.requireOrganiser(scope);
        Shift planned = scope.transaction(em -> {
            Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
            if (activity == null) {
                throw new UnknownObjectException(Text.of("volunteers.activity.unknown", activityId));
            }
            Shift shift = Shift.plan(activity, draft);
            em.persist(shift);
            scope.audit("shift.plan", shift.id(), Text.of("volunteers.audit.shift", shift.activity(), EXPORT_TIME.format(shift.startsAt())));
            return shift;
        });
        figuresChanged(planned.startsAt());
        return planned;
    }

    /**
     * Plans the same shift weekly for {@code weeks} weeks in one step (1 to {@link #MAX_WEEKS}), each week
     * its own shift with its own roster and check-in code; all or none. Audited once.
     */
    public List<Shift> planWeekly(String activityId, Shift.Draft first, int weeks) {
        Permissions.requireOrganiser(scope);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidInputException("weeks", Text.of("volunteers.shift.weeks-between", MAX_WEEKS));
        }
        List<Shift> planned = scope.transaction(em -> {
            Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
            if (activity == null) {
                throw new UnknownObjectException(Text.of("volunteers.activity.unknown", activityId));
            }
            List<Shift> shifts = new java.util.ArrayList<>();
            for (int week = 0; week < weeks; week++) {
                Shift shift = Shift.plan(activity, first.later(Duration.ofDays(7L * week)));
                em.persist(shift);
                shifts.add(shift);
            }
            scope.audit("shift.plan-weekly", activity.id(), Text.of("volunteers.audit.shift-weekly", activity.title(),
                    EXPORT_TIME.format(shifts.get(0).startsAt()), weeks));
            return shifts;
        });
        planned.stream().map(s -> VolunteerIndicators.monthOf(s.startsAt())).distinct()
                .forEach(month -> VolunteerIndicators.refresh(scope, month));
        return planned;
    }

    /**
     * Changes a shift as the organiser saw it (a change by someone else in between is refused, not
     * overwritten). More places move the first in line up at once.
     */
    public Shift change(String shiftId, long seenVersion, Shift.Draft draft) {
        Permissions.requireOrganiser(scope);
        Shift changed = scope.transaction(em -> {
            Roster roster = Roster.locked(em, shiftId);
            Shift shift = roster.shift();
            StaleVersionException.unlessCurrent(seenVersion, shift.version());
            roster.change(draft, clock.instant());
            tellMovedUp(em, roster);
            scope.audit("shift.change", shiftId, Text.of("volunteers.audit.shift-change", shift.activity(),
                    EXPORT_TIME.format(shift.startsAt()), shift.capacity()));
            return shift;
        });
        figuresChanged(changed.startsAt());
        return changed;
    }

    /** Calls a shift off before it begins, with a reason; every sign-up on it is cancelled. Audited. */
    public Shift cancelShift(String shiftId, String reason) {
        Permissions.requireOrganiser(scope);
        Shift cancelled = scope.transaction(em -> {
            Shift shift = Roster.locked(em, shiftId).shift();
            shift.cancel(reason, clock.instant());
            List<SignUp> calledOff = Roster.callOff(em, shiftId);
            int released = calledOff.size();
            tellCalledOff(em, shift, calledOff, reason);
            scope.audit("shift.cancel", shiftId, Text.of("volunteers.audit.shift-cancel", shift.activity(),
                    EXPORT_TIME.format(shift.startsAt()), reason.strip(), released));
            return shift;
        });
        figuresChanged(cancelled.startsAt());
        return cancelled;
    }

    /**
     * Calls an activity off with a reason: its shifts still to come are cancelled with their rosters;
     * shifts already served stay on the record. Audited.
     */
    public Activity cancelActivity(String activityId, String reason) {
        Permissions.requireOrganiser(scope);
        Set<YearMonth> months = new HashSet<>();
        Activity cancelled = scope.transaction(em -> {
            Activity activity = activityId == null ? null : em.find(Activity.class, activityId);
            if (activity == null) {
                throw new UnknownObjectException(Text.of("volunteers.activity.unknown", activityId));
            }
            activity.cancel(reason);
            List<Shift> toCome = em.createQuery("select s from Shift s where s.activityId = :activity and s.status = :open"
                            + " and s.startsAt > :now", Shift.class)
                    .setParameter("activity", activityId).setParameter("open", Shift.Status.OPEN)
                    .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            int released = 0;
            for (Shift shift : toCome) {
                shift.cancel(reason, clock.instant());
                List<SignUp> calledOff = Roster.callOff(em, shift.id());
                released += calledOff.size();
                tellCalledOff(em, shift, calledOff, reason);
                months.add(VolunteerIndicators.monthOf(shift.startsAt()));
            }
            scope.audit("activity.cancel", activityId, Text.of("volunteers.audit.activity-cancel", activity.title(), reason.strip(),
                    toCome.size(), released));
            return activity;
        });
        months.forEach(month -> VolunteerIndicators.refresh(scope, month));
        return cancelled;
    }

    /**
     * Tells each volunteer whose sign-up was called off, in the transaction that called it off (nothing is told of a
     * cancellation that rolled back). A volunteer whose account left the federation is not told.
     */
    private void tellCalledOff(EntityManager em, Shift shift, List<SignUp> calledOff, String reason) {
        for (SignUp signUp : calledOff) {
            org.qiaoyun.plugins.volunteers.volunteer.Volunteer volunteer =
                    em.find(org.qiaoyun.plugins.volunteers.volunteer.Volunteer.class, signUp.volunteerId());
            if (volunteer != null && scope.hasMember(volunteer.username())) {
                scope.notifications().tell(volunteer.username(), "volunteers.shift-cancelled", shift.activity(),
                        EXPORT_TIME.format(shift.startsAt()), reason.strip(), scope.tenantName());
            }
        }
    }

    /** Tells those who moved up from the waiting list through {@code roster}, in its transaction. */
    private void tellMovedUp(EntityManager em, Roster roster) {
        roster.movedUp().forEach(next -> tell(em, next, roster.shift(), "volunteers.moved-up"));
    }

    /**
     * Tells the volunteer of {@code signUp} what {@code kind} says of its shift: the activity, the shift's time, the
     * {@code details} and the federation's name, in the transaction of the change. Nobody whose account left is told.
     */
    private void tell(EntityManager em, SignUp signUp, Shift shift, String kind, Object... details) {
        Volunteer volunteer = em.find(Volunteer.class, signUp.volunteerId());
        if (volunteer == null || volunteer.username() == null || !scope.hasMember(volunteer.username())) {
            return;
        }
        List<Object> arguments = new ArrayList<>(List.of(shift.activity(), EXPORT_TIME.format(shift.startsAt())));
        arguments.addAll(List.of(details));
        arguments.add(scope.tenantName());
        scope.notifications().tell(volunteer.username(), kind, arguments.toArray());
    }

    /**
     * The day before: tells every volunteer with a confirmed place on a shift that starts tomorrow (Beijing time), once
     * per sign-up whatever runs it again (the sign-up keeps that it was reminded, in the transaction that tells). The
     * platform's daily work calls it; how many were reminded.
     */
    public int remindTomorrow() {
        if (!scope.currentUser().filter("system"::equals).isPresent()) {
            Permissions.requireOrganiser(scope);
        }
        java.time.LocalDate tomorrow = clock.instant().atZone(CHINA).toLocalDate().plusDays(1);
        OffsetDateTime from = tomorrow.atStartOfDay(CHINA).toOffsetDateTime();
        OffsetDateTime until = tomorrow.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
        return scope.transaction(em -> {
            List<SignUp> due = em.createQuery("select s from SignUp s where s.status = :confirmed and s.remindedAt is null"
                            + " and s.shiftStart >= :from and s.shiftStart < :until order by s.shiftStart, s.id", SignUp.class)
                    .setParameter("confirmed", SignUp.Status.CONFIRMED).setParameter("from", from).setParameter("until", until)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            for (SignUp signUp : due) {
                Shift shift = em.find(Shift.class, signUp.shiftId());
                if (shift.status() == Shift.Status.OPEN) {
                    tell(em, signUp, shift, "volunteers.shift-tomorrow", shift.place());
                }
                signUp.reminded(clock.instant());
            }
            return due.size();
        });
    }

    /** The month's figures moved (a shift planned or called off, a place taken or freed, minutes served). */
    private void figuresChanged(Instant shiftStart) {
        VolunteerIndicators.refresh(scope, VolunteerIndicators.monthOf(shiftStart));
    }

    /** Looking for shifts to serve on: a skill wanted, the activity's district, an activity, from a day on. */
    public record Search(String skill, String district, String activityId, Instant from) {
    }

    /**
     * Open shifts that have not begun, soonest first, a page at a time: a skill finds shifts that want
     * it, a district the shifts of activities there.
     */
    public Page<Shift> find(Search search, int page, int size) {
        Instant from = search.from() == null || search.from().isBefore(clock.instant()) ? clock.instant() : search.from();
        return scope.transaction(em -> new Filter("Shift s")
                .where("s.status = :open", "open", Shift.Status.OPEN)
                .where("s.startsAt > :from", "from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .contains("s.skillsWanted", "skill", search.skill())
                .where("s.activityId in (select a.id from Activity a where a.district = :district)", "district", search.district())
                .where("s.activityId = :activity", "activity", search.activityId())
                .page(em, Shift.class, "s.startsAt, s.id", page, size));
    }

    /** Shifts still to come that were called off after the volunteer signed up, so that they hear of it. */
    public List<Shift> calledOffFor(String volunteerId) {
        return scope.transaction(em -> em.createQuery("select sh from Shift sh where sh.status = :cancelled and sh.startsAt > :now"
                        + " and sh.id in (select s.shiftId from SignUp s where s.volunteerId = :volunteer) order by sh.startsAt", Shift.class)
                .setParameter("cancelled", Shift.Status.CANCELLED).setParameter("volunteer", volunteerId)
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).getResultList());
    }

    /** A line of a volunteer's hours ledger: a shift served and the minutes it counts for. */
    public record Served(SignUp signUp, Shift shift) {
    }

    /**
     * A volunteer's hours ledger: every shift with minutes served (corrections and hours entered afterwards
     * included, with their reasons) and every no-show, latest first. For the volunteer themselves and organisers.
     */
    public List<Served> ledger(String volunteerId) {
        return scope.transaction(em -> {
            Volunteer volunteer = volunteerId == null ? null : em.find(Volunteer.class, volunteerId);
            if (volunteer == null) {
                throw new UnknownObjectException(Text.of("volunteers.volunteer.unknown", volunteerId));
            }
            Permissions.requireSelfOrOrganiser(scope, volunteer.username());
            return em.createQuery("select s, sh from SignUp s, Shift sh where sh.id = s.shiftId and s.volunteerId = :volunteer"
                            + " and (s.minutes is not null or s.status = :noShow) order by s.shiftStart desc, s.id", Object[].class)
                    .setParameter("volunteer", volunteerId).setParameter("noShow", SignUp.Status.NO_SHOW).getResultList().stream()
                    .map(row -> new Served((SignUp) row[0], (Shift) row[1])).toList();
        });
    }

    /** Sign-ups for shifts still to come that the organiser turned down, with the reason, so that the volunteer hears of it. */
    public List<SignUp> declinedFor(String volunteerId) {
        return scope.transaction(em -> em.createQuery("select s from SignUp s where s.volunteerId = :volunteer"
                        + " and s.status = :cancelled and s.declineReason is not null and s.shiftStart > :now order by s.shiftStart",
                        SignUp.class)
                .setParameter("volunteer", volunteerId).setParameter("cancelled", SignUp.Status.CANCELLED)
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).getResultList());
    }

    /** Every shift of an activity, cancelled ones too, in order of time. */
    public List<Shift> shiftsOf(String activityId) {
        return scope.transaction(em -> em.createQuery("select s from Shift s where s.activityId = :activity order by s.startsAt, s.id",
                Shift.class).setParameter("activity", activityId).getResultList());
    }

    /** How many places are taken (confirmed, or held until the organiser confirms) on each of these shifts. */
    public Map<String, Long> placesTaken(Collection<String> shiftIds) {
        if (shiftIds.isEmpty()) {
            return Map.of();
        }
        return scope.transaction(em -> em.createQuery("select s.shiftId, count(s) from SignUp s where s.shiftId in :shifts"
                        + " and s.status in :holding group by s.shiftId", Object[].class)
                .setParameter("shifts", shiftIds).setParameter("holding", HOLDING).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue())));
    }

    /** How many sign-ups of these shifts stand in each status: figures only, for whoever may see the shifts. */
    public Map<SignUp.Status, Long> tally(Collection<String> shiftIds) {
        if (shiftIds.isEmpty()) {
            return Map.of();
        }
        return scope.transaction(em -> em.createQuery("select s.status, count(s) from SignUp s where s.shiftId in :shifts"
                        + " group by s.status", Object[].class)
                .setParameter("shifts", shiftIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (SignUp.Status) r[0], r -> ((Number) r[1]).longValue())));
    }

    /** Signs a volunteer up: a confirmed place while there is room, else a place on the waiting list. */
    public SignUp signUp(String shiftId, String volunteerId) {
        SignUp made = scope.transaction(em -> {
            Roster roster = Roster.locked(em, shiftId); // the roster checks the shift is open to sign-ups
            // the volunteer's row too: two sign-ups of one person for overlapping shifts are decided in turn
            Volunteer volunteer = volunteerId == null ? null : em.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE);
            if (volunteer == null) {
                throw new InvalidInputException("volunteerId", Text.of("volunteers.shift.such-volunteer-here"));
            }
            Permissions.requireSelfOrOrganiser(scope, volunteer.username());
            if (volunteer.status() == Volunteer.Status.RETIRED) {
                throw new InvalidInputException("volunteerId", Text.of("volunteers.shift.retired-volunteer-signs-up-no-more"));
            }
            if (volunteer.status() != Volunteer.Status.APPROVED) {
                throw new InvalidInputException("volunteerId", Text.of("volunteers.shift.approved-volunteer-signs-up-shifts"));
            }
            // a risky shift takes only volunteers whose policy covers its day: the organiser records the policy first
            if (roster.shift().needsInsurance() && !volunteer.insuredOn(roster.shift().startsAt().atZone(CHINA).toLocalDate())) {
                throw new InvalidInputException("volunteerId", Text.of("volunteers.shift.insurance-needed"));
            }
            return roster.take(volunteer, clock.instant());
        });
        figuresChanged(made.shiftStart());
        return made;
    }

    /** Cancels a sign-up before the deadline; the first on the waiting list moves up. */
    public SignUp cancel(String signUpId) {
        SignUp cancelled = scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            requireSelfOrOrganiser(em, signUp);
            Roster roster = Roster.locked(em, signUp.shiftId());
            roster.shift().requireCancellable(clock.instant());
            roster.release(signUp, signUp::cancel);
            tellMovedUp(em, roster);
            return signUp;
        });
        figuresChanged(cancelled.shiftStart());
        return cancelled;
    }

    public SignUp checkIn(String signUpId, String code) {
        return scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            requireSelfOrOrganiser(em, signUp);
            em.find(Shift.class, signUp.shiftId()).requireCheckIn(code, clock.instant());
            signUp.checkIn(clock.instant());
            return signUp;
        });
    }

    /** The organiser confirms a sign-up on a shift that needs approval. Audited. */
    public SignUp approveSignUp(String signUpId) {
        Permissions.requireOrganiser(scope);
        SignUp approved = scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            Shift shift = Roster.locked(em, signUp.shiftId()).shift();
            signUp.approve();
            scope.audit("sign-up.approve", signUpId, Text.of("volunteers.audit.confirmed"));
            tell(em, signUp, shift, "volunteers.sign-up-confirmed");
            return signUp;
        });
        figuresChanged(approved.shiftStart());
        return approved;
    }

    /**
     * The organiser turns down a sign-up not yet confirmed, with a reason the volunteer sees; a place it
     * held goes to the first in line. Audited.
     */
    public SignUp declineSignUp(String signUpId, String reason) {
        Permissions.requireOrganiser(scope);
        SignUp declined = scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            Roster roster = Roster.locked(em, signUp.shiftId());
            roster.release(signUp, () -> signUp.decline(reason));
            scope.audit("sign-up.decline", signUpId, reason.strip());
            tell(em, signUp, roster.shift(), "volunteers.sign-up-declined", reason.strip());
            tellMovedUp(em, roster);
            return signUp;
        });
        figuresChanged(declined.shiftStart());
        return declined;
    }

    /** An organiser checks a volunteer in on the spot (no code needed: the organiser sees them there). */
    public SignUp checkInAsOrganiser(String signUpId) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            Shift shift = em.find(Shift.class, signUp.shiftId());
            shift.requireCheckInOpen(clock.instant());
            signUp.checkIn(clock.instant());
            scope.audit("sign-up.check-in", signUpId, Text.of("volunteers.audit.checked-in-by-organiser"));
            return signUp;
        });
    }

    public SignUp checkOut(String signUpId) {
        SignUp done = scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            requireSelfOrOrganiser(em, signUp);
            signUp.checkOut(clock.instant(), HoursRules.in(em));
            return signUp;
        });
        figuresChanged(done.shiftStart());
        return done;
    }

    /** An organiser corrects the minutes served, with a reason; the correction is audited. */
    public SignUp correct(String signUpId, int minutes, String reason) {
        Permissions.requireOrganiser(scope);
        SignUp corrected = scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            Integer before = signUp.minutes();
            signUp.correct(minutes, reason);
            // hours are served once the shift is over: a paper sign-in sheet is entered after it, never before
            if (em.find(Shift.class, signUp.shiftId()).endsAt().isAfter(clock.instant())) {
                throw new ConflictException("minutes", Text.of("volunteers.shift.hours-recorded-shift-has-ended"));
            }
            scope.audit("hours.correct", signUpId, Text.of("volunteers.audit.minutes-corrected", before, minutes, reason));
            return signUp;
        });
        figuresChanged(corrected.shiftStart());
        return corrected;
    }

    /**
     * An organiser enters the hours of a volunteer who served on an ended shift without signing up (补录: a
     * walk-in, a paper sign-in sheet), with the reason; on the volunteer's ledger and audited.
     */
    public SignUp enterAfterwards(String shiftId, String volunteerId, int minutes, String reason) {
        Permissions.requireOrganiser(scope);
        SignUp entered = scope.transaction(em -> {
            Roster roster = Roster.locked(em, shiftId);
            Volunteer volunteer = volunteerId == null ? null : em.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE);
            if (volunteer == null) {
                throw new InvalidInputException("volunteerId", Text.of("volunteers.shift.such-volunteer-here"));
            }
            SignUp signUp = roster.enterAfterwards(volunteer, minutes, reason, Permissions.caller(scope), clock.instant());
            scope.audit("hours.enter-afterwards", signUp.id(), Text.of("volunteers.audit.hours-entered-afterwards", volunteer.name(),
                    roster.shift().activity(), EXPORT_TIME.format(roster.shift().startsAt()), minutes, reason.strip()));
            return signUp;
        });
        figuresChanged(entered.shiftStart());
        return entered;
    }

    /** The organiser records that a confirmed volunteer never came, once the shift has begun: no hours, on their record. Audited. */
    public SignUp noShow(String signUpId) {
        Permissions.requireOrganiser(scope);
        SignUp missed = scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            if (signUp.shiftStart().isAfter(clock.instant())) {
                throw new ConflictException("status", Text.of("volunteers.shift.no-show-after-start"));
            }
            signUp.noShow(Permissions.caller(scope));
            scope.audit("sign-up.no-show", signUpId, Text.of("volunteers.audit.no-show"));
            return signUp;
        });
        figuresChanged(missed.shiftStart()); // a place left empty
        return missed;
    }

    /** The organiser evaluates a shift served (excellent, good, pass, fail with a reason). Audited. */
    public SignUp evaluate(String signUpId, SignUp.Evaluation rating, String note) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            signUp.evaluate(rating, note, Permissions.caller(scope));
            scope.audit("sign-up.evaluate", signUpId, Text.of("volunteers.audit.evaluated", Text.of("volunteers.evaluation." + rating.name()),
                    signUp.evaluationNote() == null ? "" : signUp.evaluationNote()));
            return signUp;
        });
    }

    /**
     * The shift's roster: confirmed first, then the waiting list, each in the order people came. For
     * organisers and admins: it names every volunteer with the reasons and evaluations given them.
     */
    public List<SignUp> roster(String shiftId) {
        Permissions.requireOrganiser(scope);
        shift(shiftId); // an unknown shift is not found, not an empty roster
        return scope.transaction(em -> em.createQuery("select s from SignUp s where s.shiftId = :shift and s.status <> :cancelled"
                        + " order by s.status, s.position", SignUp.class)
                .setParameter("shift", shiftId).setParameter("cancelled", SignUp.Status.CANCELLED).getResultList());
    }

    /**
     * The organiser's working list: open shifts that ended within the last {@code daysBack} days (attendance
     * is kept and corrected after the fact), are under way, or are to come; soonest first.
     */
    public List<Shift> forAttendance(int daysBack, int max) {
        return scope.transaction(em -> em.createQuery("select s from Shift s where s.endsAt > :since and s.status = :open"
                        + " order by s.startsAt, s.id", Shift.class)
                .setParameter("since", OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(daysBack)), ZoneOffset.UTC))
                .setParameter("open", Shift.Status.OPEN).setMaxResults(max).getResultList());
    }

    /**
     * A volunteer's sign-ups that are not cancelled, for shifts to come or ended within the last day (time
     * to check out), soonest first. Older ones are history: the hours ledger shows them.
     */
    public List<SignUp> signUpsOf(String volunteerId) {
        return scope.transaction(em -> em.createQuery("select s from SignUp s where s.volunteerId = :volunteer"
                        + " and s.status <> :cancelled and s.shiftEnd > :since order by s.shiftStart", SignUp.class)
                .setParameter("volunteer", volunteerId).setParameter("cancelled", SignUp.Status.CANCELLED)
                .setParameter("since", OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(1)), ZoneOffset.UTC))
                .getResultList());
    }

    public Shift shift(String shiftId) {
        return scope.transaction(em -> {
            Shift shift = em.find(Shift.class, shiftId);
            if (shift == null) {
                throw new UnknownObjectException(Text.of("volunteers.shift.unknown", shiftId));
            }
            return shift;
        });
    }

    /** A waiting volunteer's place in line on their shift: 1 moves up at the next cancellation. */
    public long placeInLine(SignUp waiting) {
        return scope.transaction(em -> em.createQuery("select count(s) from SignUp s where s.shiftId = :shift"
                        + " and s.status = :waiting and s.position <= :position", Long.class)
                .setParameter("shift", waiting.shiftId()).setParameter("waiting", SignUp.Status.WAITING)
                .setParameter("position", waiting.position()).getSingleResult());
    }

    /** Place in line (1 = next to move up) of each waiting sign-up; positions count all sign-ups, so they are not it. */
    public static Map<String, Integer> waitingPlaces(List<SignUp> roster) {
        List<SignUp> waiting = roster.stream().filter(s -> s.status() == SignUp.Status.WAITING)
                .sorted(Comparator.comparingLong(SignUp::position)).toList();
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            places.put(waiting.get(i).id(), i + 1);
        }
        return places;
    }

    /**
     * The roster of a shift as CSV for the organiser's own records: name, status, waiting place,
     * check-in and check-out in Beijing time, minutes; headers and status words in the reader's language.
     * Audited, since the list names people.
     */
    public void export(String shiftId, OutputStream out, Locale language) throws IOException {
        Permissions.requireOrganiser(scope);
        Shift shift = scope.transaction(em -> em.find(Shift.class, shiftId));
        if (shift == null) {
            throw new UnknownObjectException(Text.of("volunteers.shift.unknown", shiftId));
        }
        List<SignUp> signUps = roster(shiftId);
        Map<String, String> names = new Registry(scope).names(signUps.stream().map(SignUp::volunteerId).toList());
        Map<String, Integer> places = waitingPlaces(signUps);
        ClassLoader texts = Rosters.class.getClassLoader();
        List<String> headers = java.util.stream.Stream.of("volunteer", "status", "waiting-place", "checked-in", "checked-out", "minutes")
                .map(column -> Text.of("volunteers.roster-export." + column).in(language, texts)).toList();
        Csv.write(out, headers,
                signUps.stream().map(s -> Arrays.asList(names.get(s.volunteerId()),
                        Text.of("volunteers.sign-up-status." + s.status().name()).in(language, texts),
                        places.containsKey(s.id()) ? places.get(s.id()).toString() : null,
                        s.checkedInAt() == null ? null : EXPORT_TIME.format(s.checkedInAt()),
                        s.checkedOutAt() == null ? null : EXPORT_TIME.format(s.checkedOutAt()),
                        s.minutes() == null ? null : s.minutes().toString())).toList());
        scope.audit("roster.export", shiftId, Text.of("volunteers.audit.roster-export", shift.activity(), signUps.size()));
    }

    private void requireSelfOrOrganiser(EntityManager em, SignUp signUp) {
        Volunteer volunteer = em.find(Volunteer.class, signUp.volunteerId());
        Permissions.requireSelfOrOrganiser(scope, volunteer == null ? null : volunteer.username());
    }


    private static SignUp find(EntityManager em, String signUpId) {
        SignUp signUp = em.find(SignUp.class, signUpId);
        if (signUp == null) {
            throw new UnknownObjectException(Text.of("volunteers.sign-up.unknown", signUpId));
        }
        return signUp;
    }
}
