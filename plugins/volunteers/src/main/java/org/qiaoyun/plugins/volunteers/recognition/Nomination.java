package org.qiaoyun.plugins.volunteers.recognition;

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
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * An organiser proposes a volunteer for an award of a year (e.g. 最美基层侨联志愿者) with the reasons;
 * the federation's admin endorses or declines it. The one who proposed does not decide: recognition
 * follows the same four-eyes rule as money. Endorsed awards go on the volunteer's record and certificate.
 */
@Entity
@Table(name = "vol_nomination")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Nomination {

    /** Where a nomination stands. */
    public enum Status { PROPOSED, ENDORSED, DECLINED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "volunteer_id", length = 36, nullable = false, updatable = false)
    private String volunteerId;

    @Column(name = "award", length = 100, nullable = false, updatable = false)
    private String award;

    @Column(name = "award_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "reason", length = 1000, nullable = false, updatable = false)
    private String reason;

    @Column(name = "nominated_by", length = 63, nullable = false, updatable = false)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false, updatable = false)
    private OffsetDateTime nominatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "decided_by", length = 63)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "sent_up_as", length = 36)
    private String sentUpAs;

    @Column(name = "sent_up_to", length = 63)
    private String sentUpTo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Nomination() {
    }

    static Nomination propose(String volunteerId, String award, int year, String reason, String by, Instant now) {
        if (award == null || award.isBlank()) {
            throw new InvalidInputException("award", Text.of("volunteers.recognition.award-required-e-g"));
        }
        if (award.strip().length() > 100) {
            throw new InvalidInputException("award", Text.of("volunteers.recognition.award-s-name-most-100"));
        }
        int thisYear = OffsetDateTime.ofInstant(now, ZoneOffset.ofHours(8)).getYear();
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw new InvalidInputException("year", Text.of("volunteers.recognition.nominations-last-year-year-next"));
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new InvalidInputException("reason", Text.of("volunteers.recognition.say-few-sentences-10-characters"));
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidInputException("reason", Text.of("volunteers.recognition.reason-most-1-000-characters"));
        }
        Nomination n = new Nomination();
        n.id = UUID.randomUUID().toString();
        n.volunteerId = volunteerId;
        n.award = award.strip();
        n.year = year;
        n.reason = reason.strip();
        n.nominatedBy = by;
        n.nominatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        n.status = Status.PROPOSED;
        return n;
    }

    /** The admin's decision; never by the one who proposed, never twice. */
    void decide(boolean endorse, String note, String by, Instant now) {
        if (status != Status.PROPOSED) {
            throw new ConflictException("status", Text.of("volunteers.recognition.nomination-decided-already"));
        }
        if (by.equals(nominatedBy)) {
            throw new PermissionDeniedException(Text.of("volunteers.recognition.one-who-proposed-nomination-does"));
        }
        if (!endorse && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", Text.of("volunteers.recognition.declining-nomination-note-one-who"));
        }
        status = endorse ? Status.ENDORSED : Status.DECLINED;
        decidedBy = by;
        decidedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Endorsed here and not yet sent up to the platform's nominations: what may be sent, once. */
    void sentUp(String platformId, String awardingFederation) {
        if (status != Status.ENDORSED) {
            throw new ConflictException("status", Text.of("volunteers.recognition.send-up-endorsed"));
        }
        if (sentUpAs != null) {
            throw new ConflictException("status", Text.of("volunteers.recognition.sent-up-already"));
        }
        sentUpAs = platformId;
        sentUpTo = awardingFederation;
    }

    /** Whether it was sent up, and to which federation (null while not). */
    public String sentUpTo() {
        return sentUpTo;
    }

    public String id() {
        return id;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String award() {
        return award;
    }

    public int year() {
        return year;
    }

    public String reason() {
        return reason;
    }

    public String nominatedBy() {
        return nominatedBy;
    }

    public Instant nominatedAt() {
        return nominatedAt.toInstant();
    }

    public Status status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public long version() {
        return version;
    }
}
