package org.qiaoyun.plugins.volunteers.shift;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;

/**
 * A stretch of time at a place for which an activity needs a number of volunteers. Sign-ups beyond
 * the capacity wait in line, in the order they came (each gets the next position of the shift);
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

    @Id
    @Column(name = "id", length = 36)
    private String id;

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

    @Column(name = "next_position", nullable = false)
    private long nextPosition;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Shift() {
    }

    public static Shift plan(String activity, String place, Instant start, Instant end, int capacity, String skillsWanted,
                             Instant cancelUntil) {
        if (activity == null || activity.isBlank()) {
            throw new InvalidInputException("activity", "the activity is required");
        }
        if (place == null || place.isBlank()) {
            throw new InvalidInputException("place", "the place is required");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "a shift ends after it starts");
        }
        if (capacity < 1) {
            throw new InvalidInputException("capacity", "a shift needs at least one volunteer");
        }
        Shift s = new Shift();
        s.id = UUID.randomUUID().toString();
        s.activity = activity.strip();
        s.place = place.strip();
        s.startsAt = OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
        s.endsAt = OffsetDateTime.ofInstant(end, ZoneOffset.UTC);
        s.capacity = capacity;
        s.skillsWanted = skillsWanted == null || skillsWanted.isBlank() ? null : skillsWanted.strip();
        Instant deadline = cancelUntil == null ? start.minus(Duration.ofHours(24)) : cancelUntil;
        if (deadline.isAfter(start)) {
            throw new InvalidInputException("cancelUntil", "the cancelling deadline is before the start");
        }
        s.cancelUntil = OffsetDateTime.ofInstant(deadline, ZoneOffset.UTC);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        s.checkInCode = code.toString();
        return s;
    }

    /** Refuses a sign-up for a shift that has begun. */
    void requireOpen(Instant now) {
        if (!now.isBefore(startsAt.toInstant())) {
            throw new InvalidInputException("shiftId", "this shift has begun or is over: no more sign-ups");
        }
    }

    /** The next place in this shift's line: sign-ups are numbered in the order they came. */
    long takePosition() {
        return ++nextPosition;
    }

    void requireCancellable(Instant now) {
        if (now.isAfter(cancelUntil.toInstant())) {
            throw new InvalidInputException("shiftId", "the deadline for cancelling this shift has passed");
        }
    }

    /** Checks the code the volunteer typed at the place, and that check-in is open now. */
    void requireCheckIn(String code, Instant now) {
        if (code == null || !checkInCode.equalsIgnoreCase(code.strip())) {
            throw new InvalidInputException("code", "the check-in code is wrong");
        }
        if (now.isBefore(startsAt.toInstant().minus(EARLY_CHECK_IN)) || now.isAfter(endsAt.toInstant())) {
            throw new InvalidInputException("code", "check-in is open from half an hour before the start until the end");
        }
    }

    public String id() {
        return id;
    }

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

    /** The code the organiser shows at the place. */
    public String checkInCode() {
        return checkInCode;
    }
}
