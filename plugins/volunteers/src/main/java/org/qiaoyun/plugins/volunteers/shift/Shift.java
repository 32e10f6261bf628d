package org.qiaoyun.plugins.volunteers.shift;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

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
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.activity.Activity;

/**
 * A stretch of time at a place for which an activity needs a number of volunteers. Sign-ups beyond
 * the capacity wait in line, in the order they came (each gets the shift's next position);
 * cancelling is possible until the deadline. Volunteers check in on the spot with the short code the
 * organiser shows, from half an hour before the start until the end.
 */
@Entity
@Table(name = "vol_shift")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Shift {

    /** How early before the start check-in opens. */
    public static final Duration EARLY_CHECK_IN = Duration.ofMinutes(30);
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer activities are planned as several shifts, so that hours and overlaps stay meaningful. */
    private static final Duration MAX_LENGTH = Duration.ofHours(24);

    /** Whether the shift still takes place. */
    public enum Status { OPEN, CANCELLED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "activity_id", length = 36, nullable = false, updatable = false)
    private String activityId;

    /** The activity's title, kept with the shift for rosters and exports; renamed with the activity. */
    @Column(name = "activity", length = 200, nullable = false)
    private String activity;

    @Column(name = "place", length = 200, nullable = false)
    private String place;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "skills_wanted", length = 300)
    private String skillsWanted;

    @Column(name = "cancel_until", nullable = false)
    private OffsetDateTime cancelUntil;

    @Column(name = "check_in_code", length = 6, nullable = false)
    private String checkInCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    /** Whether the organiser confirms each sign-up before it counts (报名审核); otherwise a free place confirms it. */
    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    /**
     * Whether the activity is risky enough that only volunteers insured on its day sign up (志愿服务条例 Art. 17:
     * the organiser arranges insurance for activities that may endanger people).
     */
    @Column(name = "needs_insurance", nullable = false)
    private boolean needsInsurance;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Shift() {
    }

    /**
     * What an organiser fills in for a shift. A blank place means the activity's place; no cancelling
     * deadline means 24 hours before the start; {@code needsApproval} has the organiser confirm each sign-up.
     */
    public record Draft(String place, Instant startsAt, Instant endsAt, int capacity, String skillsWanted, Instant cancelUntil,
                        boolean needsApproval, boolean needsInsurance) {

        /** A shift for which no insurance is asked. */
        public Draft(String place, Instant startsAt, Instant endsAt, int capacity, String skillsWanted, Instant cancelUntil,
                     boolean needsApproval) {
            this(place, startsAt, endsAt, capacity, skillsWanted, cancelUntil, needsApproval, false);
        }

        /** The same shift a number of days later (a recurring shift's next week), its deadline moved alike. */
        public Draft later(Duration by) {
            return new Draft(place, startsAt == null ? null : startsAt.plus(by), endsAt == null ? null : endsAt.plus(by), capacity,
                    skillsWanted, cancelUntil == null ? null : cancelUntil.plus(by), needsApproval, needsInsurance);
        }

        /** A shift whose free places confirm sign-ups at once. */
        public Draft(String place, Instant startsAt, Instant endsAt, int capacity, String skillsWanted, Instant cancelUntil) {
            this(place, startsAt, endsAt, capacity, skillsWanted, cancelUntil, false);
        }
    }

    /** A new shift of an open activity. */
    public static Shift plan(Activity of, Draft draft) {
        of.requireOpen();
        Shift s = new Shift();
        s.id = UUID.randomUUID().toString();
        s.activityId = of.id();
        s.activity = of.title();
        s.status = Status.OPEN;
        s.set(draft, of.place());
        s.checkInCode = typedCode(6);
        return s;
    }

    /**
     * A random code that people type from a screen or from paper (a check-in code, a certificate's verification
     * code): capitals and digits without the look-alikes 0/O, 1/I/L.
     */
    public static String typedCode(int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private void set(Draft draft, String defaultPlace) {
        String where = draft.place() == null || draft.place().isBlank() ? defaultPlace : draft.place();
        if (where == null || where.isBlank()) {
            throw new InvalidInputException("place", Text.of("volunteers.activity.place-required"));
        }
        Instant start = draft.startsAt();
        Instant end = draft.endsAt();
        if (start == null) {
            throw new InvalidInputException("startsAt", Text.of("volunteers.shift.start-required"));
        }
        if (end == null || !end.isAfter(start)) {
            throw new InvalidInputException("endsAt", Text.of("volunteers.shift.shift-ends-after-starts"));
        }
        if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidInputException("endsAt", Text.of("volunteers.shift.shift-lasts-most-24-hours"));
        }
        if (draft.capacity() < 1) {
            throw new InvalidInputException("capacity", Text.of("volunteers.shift.shift-least-one-volunteer"));
        }
        Instant deadline = draft.cancelUntil() == null ? start.minus(Duration.ofHours(24)) : draft.cancelUntil();
        if (deadline.isAfter(start)) {
            throw new InvalidInputException("cancelUntil", Text.of("volunteers.shift.cancelling-deadline-before-start"));
        }
        place = where.strip();
        startsAt = OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
        endsAt = OffsetDateTime.ofInstant(end, ZoneOffset.UTC);
        capacity = draft.capacity();
        skillsWanted = draft.skillsWanted() == null || draft.skillsWanted().isBlank() ? null : draft.skillsWanted().strip();
        cancelUntil = OffsetDateTime.ofInstant(deadline, ZoneOffset.UTC);
        needsApproval = draft.needsApproval();
        needsInsurance = draft.needsInsurance();
    }

    /**
     * Changes a shift that has not begun. Its times stay as they are once people have signed up (they
     * signed up for those times: cancel the shift and plan another), and its places never drop below
     * the volunteers already confirmed.
     */
    void change(Draft draft, long placesTaken, long signedUp, Instant now) {
        requireNotBegun(now);
        boolean moved = !Objects.equals(draft.startsAt(), startsAt()) || !Objects.equals(draft.endsAt(), endsAt());
        if (moved && signedUp > 0) {
            throw new ConflictException("startsAt", Text.of("volunteers.shift.times-held", signedUp));
        }
        if (draft.capacity() < placesTaken) {
            throw new InvalidInputException("capacity", Text.of("volunteers.shift.places-taken", placesTaken));
        }
        set(draft, place);
    }

    /** Calls the shift off before it begins; the roster is cancelled with it (see {@code Rosters.cancelShift}). */
    void cancel(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("volunteers.shift.cancelling-shift-reason"));
        }
        requireNotBegun(now);
        status = Status.CANCELLED;
        cancelReason = reason.strip();
    }

    private void requireNotBegun(Instant now) {
        if (status == Status.CANCELLED) {
            throw new ConflictException("status", Text.of("volunteers.shift.shift-cancelled"));
        }
        if (!now.isBefore(startsAt.toInstant())) {
            throw new ConflictException("startsAt", Text.of("volunteers.shift.shift-has-begun-over-can"));
        }
    }

    /** Refuses a sign-up for a shift that has begun. */
    void requireOpen(Instant now) {
        if (status == Status.CANCELLED) {
            throw new InvalidInputException("shiftId", Text.of("volunteers.shift.shift-cancelled"));
        }
        if (!now.isBefore(startsAt.toInstant())) {
            throw new InvalidInputException("shiftId", Text.of("volunteers.shift.shift-has-begun-over-more"));
        }
    }

    void requireCancellable(Instant now) {
        if (now.isAfter(cancelUntil.toInstant())) {
            throw new InvalidInputException("shiftId", Text.of("volunteers.shift.deadline-cancelling-shift-has-passed"));
        }
    }

    /** Checks the code the volunteer typed at the place, and that check-in is open now. */
    void requireCheckIn(String code, Instant now) {
        if (code == null || !checkInCode.equalsIgnoreCase(code.strip())) {
            throw new InvalidInputException("code", Text.of("volunteers.shift.check-code-wrong"));
        }
        requireCheckInOpen(now);
    }

    /** Check-in is open from half an hour before the start until the end of an open shift. */
    void requireCheckInOpen(Instant now) {
        if (status == Status.CANCELLED) {
            throw new ConflictException("status", Text.of("volunteers.shift.shift-cancelled"));
        }
        if (now.isBefore(startsAt.toInstant().minus(EARLY_CHECK_IN)) || now.isAfter(endsAt.toInstant())) {
            throw new InvalidInputException("code", Text.of("volunteers.shift.check-open-from-half-hour"));
        }
    }

    public String id() {
        return id;
    }

    public String activityId() {
        return activityId;
    }

    /** The title of the shift's activity. */
    public String activity() {
        return activity;
    }

    public String place() {
        return place;
    }

    public Instant startsAt() {
        return startsAt.toInstant();
    }

    public Instant endsAt() {
        return endsAt.toInstant();
    }

    public int capacity() {
        return capacity;
    }

    public String skillsWanted() {
        return skillsWanted;
    }

    public Instant cancelUntil() {
        return cancelUntil.toInstant();
    }

    public Status status() {
        return status;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    public boolean needsInsurance() {
        return needsInsurance;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public long version() {
        return version;
    }

    /** The code the organiser shows at the place. */
    public String checkInCode() {
        return checkInCode;
    }
}
