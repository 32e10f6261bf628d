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
 * check-out that make the hours served, which an organiser may correct, giving a reason.
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
    public enum Status { CONFIRMED, PENDING, WAITING, CANCELLED;

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

    void checkOut(Instant now) {
        if (!SignUpAction.CHECK_OUT.allowedFor(this)) {
            throw new ConflictException("status", Text.of(checkedInAt == null ? "volunteers.shift.check-before-checking-out"
                    : "volunteers.shift.checked-out-already"));
        }
        checkedOutAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        minutes = (int) Duration.between(checkedInAt, checkedOutAt).toMinutes();
    }

    /** An organiser sets the minutes served (a forgotten check-out, a wrong time); a reason is required. */
    void correct(int correctedMinutes, String reason) {
        if (!SignUpAction.CORRECT.allowedFor(this)) {
            throw new ConflictException("status", Text.of("volunteers.shift.minutes-of-confirmed-only"));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("volunteers.shift.correction-hours-reason"));
        }
        if (correctedMinutes < 0 || correctedMinutes > Duration.between(shiftStart, shiftEnd).toMinutes() + 120) {
            throw new InvalidInputException("minutes", Text.of("volunteers.shift.minutes-must-between-0-length"));
        }
        minutes = correctedMinutes;
        correctionReason = reason.strip();
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

    /** Why the organiser turned the sign-up down, if they did. */
    public String declineReason() {
        return declineReason;
    }
}
