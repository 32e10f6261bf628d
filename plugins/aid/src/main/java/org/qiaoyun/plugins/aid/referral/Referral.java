package org.qiaoyun.plugins.aid.referral;

import java.time.Instant;
import java.time.LocalDate;
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
 * A referral (转介) of a case's person to a government scheme (低保, 特困, 临时救助, 医疗救助, 教育救助 or another): on which
 * day, to which body (the township's civil affairs office, the medical insurance bureau), and, once it is known, the
 * outcome (granted or refused), its day and a note. The federation's own aid and the state's are then seen together.
 */
@Entity
@Table(name = "aid_referral")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Referral {

    /** What came of a referral. */
    public enum Outcome { PENDING, GRANTED, REFUSED }

    /** The longest body's name and note kept. */
    public static final int BODY_LENGTH = 200;
    public static final int NOTE_LENGTH = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", length = 30, nullable = false, updatable = false)
    private Scheme scheme;

    @Column(name = "scheme_other", length = 100, updatable = false)
    private String schemeOther;

    @Column(name = "referred_on", nullable = false, updatable = false)
    private LocalDate referredOn;

    @Column(name = "referred_to", length = BODY_LENGTH, nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false)
    private Outcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_note", length = NOTE_LENGTH)
    private String outcomeNote;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Referral() {
    }

    /** Refers the case's person to a scheme; every missing or wrong part refused at its field. */
    public static Referral refer(String caseId, Scheme scheme, String schemeOther, LocalDate on, String body, String by, Instant at,
                                 LocalDate today) {
        if (scheme == null) {
            throw new InvalidInputException("scheme", Text.of("aid.referral.scheme-required"));
        }
        if (scheme == Scheme.OTHER && (schemeOther == null || schemeOther.isBlank())) {
            throw new InvalidInputException("schemeOther", Text.of("aid.referral.other-required"));
        }
        if (schemeOther != null && schemeOther.strip().length() > 100) {
            throw new InvalidInputException("schemeOther", Text.of("aid.referral.too-long", 100));
        }
        if (on == null || on.isAfter(today)) {
            throw new InvalidInputException("referredOn", Text.of("aid.referral.day"));
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", Text.of("aid.referral.body-required"));
        }
        if (body.strip().length() > BODY_LENGTH) {
            throw new InvalidInputException("body", Text.of("aid.referral.too-long", BODY_LENGTH));
        }
        Referral r = new Referral();
        r.id = UUID.randomUUID().toString();
        r.caseId = caseId;
        r.scheme = scheme;
        r.schemeOther = scheme == Scheme.OTHER ? schemeOther.strip() : null;
        r.referredOn = on;
        r.body = body.strip();
        r.outcome = Outcome.PENDING;
        r.createdBy = by;
        r.createdAt = at.atOffset(ZoneOffset.UTC);
        return r;
    }

    /** Records what came of the referral, once: granted or refused, on a day from the referral's to today. */
    public void decided(Outcome result, LocalDate on, String note, LocalDate today) {
        if (outcome != Outcome.PENDING) {
            throw new ConflictException(null, Text.of("aid.referral.decided"));
        }
        if (result == null || result == Outcome.PENDING) {
            throw new InvalidInputException("outcome", Text.of("aid.referral.outcome-required"));
        }
        if (on == null || on.isBefore(referredOn) || on.isAfter(today)) {
            throw new InvalidInputException("outcomeOn", Text.of("aid.referral.outcome-day", referredOn));
        }
        if (note != null && note.strip().length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", Text.of("aid.referral.too-long", NOTE_LENGTH));
        }
        outcome = result;
        outcomeOn = on;
        outcomeNote = note == null || note.isBlank() ? null : note.strip();
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public Scheme scheme() {
        return scheme;
    }

    /** The scheme's name when it is none of the listed ones. */
    public String schemeOther() {
        return schemeOther;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    /** The government body referred to. */
    public String body() {
        return body;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
