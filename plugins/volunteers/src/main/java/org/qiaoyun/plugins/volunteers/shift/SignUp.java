package org.qiaoyun.plugins.volunteers.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * A volunteer's place on a shift: confirmed, waiting in line, or cancelled; then the check-in and
 * check-out that make the hours served (counted by the federation's {@link ServiceTime}), which an organiser
 * may correct, giving a reason. An organiser may also enter a walk-in's hours after the shift (补录, with a
 * reason), or record that a confirmed volunteer never came (no-show: counts nothing, stays on the record).
 */
@Entity
@Table(name = "vol_sign_up")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class SignUp {

    /** The organiser's evaluation of a shift served (评价), part of the service record. */
    public enum Evaluation { EXCELLENT, GOOD, PASS, FAIL }

    /**
     * Where the sign-up stands: a place held and confirmed, a place held until the organiser confirms it
     * (on shifts that need approval), in line for a place, or cancelled.
     */
    public enum Status { CONFIRMED, PENDING, WAITING, CANCELLED,
        /** Confirmed, but never came (recorded by the organiser once the shift began): no hours, on the record. */
        NO_SHOW;

        /** Whether the sign-up holds one of the shift's places. */
        public boolean holdsAPlace() {
            return this == CONFIRMED || this == PENDING;
        }
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "shift_id", length = 36, nullable = false, updatable = false)
    private String shiftId;

    @Column(name = "volunteer_id", length = 36, nullable = false, updatable = false)
    private String volunteerId;

    @Column(name = "shift_start", nullable = false, updatable = false)
    private OffsetDateTime shiftStart;

    @Column(name = "shift_end", nullable = false, updatable = false)
    private OffsetDateTime shiftEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "position", nullable = false, updatable = false)
    private long position;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    @Column(name = "checked_out_at")
    private OffsetDateTime checkedOutAt;

    @Column(name = "minutes")
    private Integer minutes;

    @Column(name = "correction_reason", length = 500)
    private String correctionReason;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation", length = 20)
    private Evaluation evaluation;

    @Column(name = "evaluation_note", length = 500)
    private String evaluationNote;

    @Column(name = "evaluated_by", length = 63)
    private String evaluatedBy;

    /** Entered by an organiser after the shift (补录: a walk-in, a paper sign-in sheet), never signed up for. */
    @Column(name = "entered_afterwards", nullable = false)
    private boolean enteredAfterwards;

    /** Who entered the hours afterwards, or recorded the no-show. */
    @Column(name = "recorded_by", length = 63)
    private String recordedBy;

    /** When the volunteer was reminded of the shift the day before: at most once. */
    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SignUp() {
    }

    SignUp(Shift shift, String volunteerId, boolean room, long position) {
        this.id = UUID.randomUUID().toString();
        this.shiftId = shift.id();
        this.volunteerId = volunteerId;
        this.shiftStart = OffsetDateTime.ofInstant(shift.startsAt(), ZoneOffset.UTC);
        this.shiftEnd = OffsetDateTime.ofInstant(shift.endsAt(), ZoneOffset.UTC);
        this.status = room ? placed(shift) : Status.WAITING;
        this.position = position;
    }

    /**
     * Hours entered after the shift by an organiser for a volunteer who served without signing up (补录): a
     * confirmed place beyond the roster's capacity (they were there), with the minutes and the reason.
     */
    static SignUp enteredAfterwards(Shift shift, String volunteerId, long position, int minutes, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("volunteers.shift.entered-hours-reason"));
        }
        requireReason(reason);
        SignUp signUp = new SignUp(shift, volunteerId, true, position);
        signUp.status = Status.CONFIRMED;
        signUp.requireMinutesWithin(minutes);
        signUp.minutes = minutes;
        signUp.correctionReason = reason.strip();
        signUp.enteredAfterwards = true;
        signUp.recordedBy = by;
        return signUp;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("volunteers.shift.correction-hours-reason"));
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", Text.of("volunteers.shift.reason-most-500-characters"));
        }
    }

    private void requireMinutesWithin(int someMinutes) {
        if (someMinutes < 0 || someMinutes > Duration.between(shiftStart, shiftEnd).toMinutes() + ServiceTime.MAX_TOLERANCE.toMinutes()) {
            throw new InvalidInputException("minutes", Text.of("volunteers.shift.minutes-must-between-0-length"));
        }
    }

    /** What can be done with this sign-up as it stands (see {@link SignUpAction}). */
    public java.util.Set<SignUpAction> actions() {
        return SignUpAction.of(this);
    }

    void cancel() {
        if (!SignUpAction.CANCEL.allowedFor(this)) {
            throw new ConflictException("status", Text.of(status == Status.CANCELLED ? "volunteers.shift.sign-up-cancelled-already"
                    : "volunteers.shift.shift-already-checked-cannot-cancelled"));
        }
        status = Status.CANCELLED;
    }

    /** The shift was called off: every place on it goes, whatever the deadline. */
    void callOff() {
        status = Status.CANCELLED;
    }

    private static Status placed(Shift shift) {
        return shift.needsApproval() ? Status.PENDING : Status.CONFIRMED;
    }

    /** Moves up from the waiting list into a free place (to be confirmed by the organiser where the shift asks so). */
    void moveUp(Shift shift) {
        status = placed(shift);
    }

    /** The volunteer was reminded of the shift the day before. */
    void reminded(Instant now) {
        remindedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** The organiser confirms a place held on a shift that needs approval. */
    void approve() {
        if (!SignUpAction.APPROVE.allowedFor(this)) {
            throw new ConflictException("status", Text.of("volunteers.shift.sign-up-waiting-organiser-s"));
        }
        status = Status.CONFIRMED;
    }

    /** The organiser turns a sign-up down, with a reason the volunteer sees. */
    void decline(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("volunteers.shift.turning-sign-up-down-reason"));
        }
        if (!SignUpAction.DECLINE.allowedFor(this)) {
            throw new ConflictException("status", Text.of("volunteers.shift.sign-up-yet-confirmed-turned"));
        }
        status = Status.CANCELLED;
        declineReason = reason.strip();
    }

    void checkIn(Instant now) {
        if (!SignUpAction.CHECK_IN.allowedFor(this)) {
            throw new ConflictException("status", Text.of(status != Status.CONFIRMED ? "volunteers.shift.confirmed-volunteer-checks"
                    : "volunteers.shift.checked-already"));
        }
        checkedInAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Checks out: the minutes served follow the federation's rule (from the shift's start, capped at its end and tolerance). */
    void checkOut(Instant now, ServiceTime rule) {
        if (!SignUpAction.CHECK_OUT.allowedFor(this)) {
            throw new ConflictException("status", Text.of(checkedInAt == null ? "volunteers.shift.check-before-checking-out"
                    : "volunteers.shift.checked-out-already"));
        }
        checkedOutAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        minutes = rule.minutes(shiftStart.toInstant(), shiftEnd.toInstant(), checkedInAt.toInstant(), now);
    }

    /**
     * An organiser sets the minutes served (a forgotten check-out, a wrong time, a no-show who came after
     * all); a reason is required.
     */
    void correct(int correctedMinutes, String reason) {
        if (!SignUpAction.CORRECT.allowedFor(this)) {
            throw new ConflictException("status", Text.of("volunteers.shift.minutes-of-confirmed-only"));
        }
        requireReason(reason);
        requireMinutesWithin(correctedMinutes);
        status = Status.CONFIRMED;
        minutes = correctedMinutes;
        correctionReason = reason.strip();
    }

    /** The organiser records that a confirmed volunteer never came: no minutes, visible on their record. */
    void noShow(String by) {
        if (!SignUpAction.NO_SHOW.allowedFor(this)) {
            throw new ConflictException("status", Text.of("volunteers.shift.no-show-confirmed-not-served"));
        }
        status = Status.NO_SHOW;
        recordedBy = by;
    }

    /**
     * The organiser evaluates the service given on a shift, once it is served (minutes recorded). A
     * fail says why; a later evaluation replaces the earlier one (both audited).
     */
    void evaluate(Evaluation rating, String note, String by) {
        if (!SignUpAction.EVALUATE.allowedFor(this)) {
            throw new ConflictException("status", Text.of("volunteers.shift.shift-evaluated-served"));
        }
        if (rating == null) {
            throw new InvalidInputException("evaluation", Text.of("volunteers.shift.evaluation-required"));
        }
        if (rating == Evaluation.FAIL && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", Text.of("volunteers.shift.failing-evaluation-says-why"));
        }
        if (note != null && note.strip().length() > 500) {
            throw new InvalidInputException("note", Text.of("volunteers.shift.note-most-500-characters"));
        }
        evaluation = rating;
        evaluationNote = note == null || note.isBlank() ? null : note.strip();
        evaluatedBy = by;
    }

    public String id() {
        return id;
    }

    public String shiftId() {
        return shiftId;
    }

    public String volunteerId() {
        return volunteerId;
    }

    /** When the shift starts (kept with the sign-up for overlaps and monthly figures). */
    public Instant shiftStart() {
        return shiftStart.toInstant();
    }

    public Status status() {
        return status;
    }

    public long position() {
        return position;
    }

    public Instant checkedInAt() {
        return checkedInAt == null ? null : checkedInAt.toInstant();
    }

    public Instant checkedOutAt() {
        return checkedOutAt == null ? null : checkedOutAt.toInstant();
    }

    /** Minutes served (after any correction), or null before check-out. */
    public Integer minutes() {
        return minutes;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public String evaluationNote() {
        return evaluationNote;
    }

    /** When the shift ends. */
    public Instant shiftEnd() {
        return shiftEnd.toInstant();
    }

    /** Whether an organiser entered these hours after the shift (补录) instead of the volunteer signing up. */
    public boolean enteredAfterwards() {
        return enteredAfterwards;
    }

    /** Who entered the hours afterwards or recorded the no-show, if anyone did. */
    public String recordedBy() {
        return recordedBy;
    }

    /** Why the organiser turned the sign-up down, if they did. */
    public String declineReason() {
        return declineReason;
    }
}
