package org.qiaoyun.plugins.legal.consultation;

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

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.FreeText;

/**
 * A letter of a petition's follow-up (信访维权): one sent to the public body complained of, with the day by which
 * the law has it answer (by default {@value #DEFAULT_REPLY_DAYS} days: the time within which the Regulations on
 * Letters and Visits of 2022 have a petition handled), or a reply received, which settles the letter it answers.
 */
@Entity
@Table(name = "legal_letter")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Letter {

    /** Days a public body has to answer when the letter names no other limit. */
    public static final int DEFAULT_REPLY_DAYS = 60;

    /** Sent to the public body, or received from it. */
    public enum Direction {
        SENT, RECEIVED
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "consultation_id", length = 36, nullable = false, updatable = false)
    private String consultationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 10, nullable = false, updatable = false)
    private Direction direction;

    @Column(name = "letter_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "party", length = 200, nullable = false, updatable = false)
    private String party;

    @Column(name = "summary", length = 1000, updatable = false)
    private String summary;

    /** For a letter sent: the day the reply is due. */
    @Column(name = "reply_due", updatable = false)
    private LocalDate replyDue;

    /** For a letter sent: the reply that answered it, once received. */
    @Column(name = "answered_by", length = 36)
    private String answeredBy;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Letter() {
    }

    /** What is recorded of a letter; {@code replyDue} only for one sent (empty: the default), {@code answers} only for a reply. */
    public record Details(Direction direction, LocalDate day, String party, String summary, LocalDate replyDue, String answers) {
    }

    static Letter of(String consultationId, Details details, LocalDate today, String by, Instant at) {
        if (details.direction() == null) {
            throw new InvalidInputException("direction", Text.of("legal.letter.direction-required"));
        }
        if (details.day() == null || details.day().isAfter(today)) {
            throw new InvalidInputException("day", Text.of("legal.letter.day"));
        }
        Letter l = new Letter();
        l.id = UUID.randomUUID().toString();
        l.consultationId = consultationId;
        l.direction = details.direction();
        l.day = details.day();
        l.party = FreeText.required(details.party(), 200, "party");
        l.summary = FreeText.optional(details.summary(), 1000, "summary");
        if (l.direction == Direction.SENT) {
            l.replyDue = details.replyDue() == null ? details.day().plusDays(DEFAULT_REPLY_DAYS) : details.replyDue();
            if (!l.replyDue.isAfter(l.day)) {
                throw new InvalidInputException("replyDue", Text.of("legal.letter.reply-due"));
            }
        }
        l.createdBy = by;
        l.createdAt = at.atOffset(ZoneOffset.UTC);
        return l;
    }

    /** Settles this letter sent with the reply received. */
    void answeredBy(Letter reply) {
        if (direction != Direction.SENT || answeredBy != null) {
            throw new InvalidInputException("answers", Text.of("legal.letter.not-awaiting"));
        }
        answeredBy = reply.id;
    }

    public String id() {
        return id;
    }

    public String consultationId() {
        return consultationId;
    }

    public Direction direction() {
        return direction;
    }

    public LocalDate day() {
        return day;
    }

    public String party() {
        return party;
    }

    public String summary() {
        return summary;
    }

    public LocalDate replyDue() {
        return replyDue;
    }

    public String answeredBy() {
        return answeredBy;
    }

    /** Whether this letter sent still awaits its reply. */
    public boolean awaitingReply() {
        return direction == Direction.SENT && answeredBy == null;
    }
}
