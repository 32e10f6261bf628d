package org.qiaoyun.plugins.legal.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
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
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * One step on a consultation's timeline: who did what, when, from which status to which, with a note kept
 * by its code (shown in each reader's language) or what the person wrote. As confidential as the matter.
 */
@Entity
@Table(name = "legal_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class MatterEvent {

    @Id
    @Column(name = "id", length = 36, updatable = false)
    private String id;

    @Column(name = "consultation_id", length = 36, nullable = false, updatable = false)
    private String consultationId;

    /** Its place on the timeline: steps taken within one clock tick keep their order. */
    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "by_user", length = 63, nullable = false, updatable = false)
    private String by;

    @Column(name = "action", length = 30, nullable = false, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private Status from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20, nullable = false, updatable = false)
    private Status to;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    protected MatterEvent() {
    }

    MatterEvent(String consultationId, Instant at, String by, String action, Status from, Status to, String note) {
        this.id = UUID.randomUUID().toString();
        this.seq = 1;
        this.consultationId = consultationId;
        this.at = at.atOffset(ZoneOffset.UTC);
        this.by = by;
        this.action = action;
        this.from = from;
        this.to = to;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Places the event after the {@code before} events the matter has. */
    MatterEvent after(long before) {
        this.seq = (int) before + 1;
        return this;
    }

    public String consultationId() {
        return consultationId;
    }

    public Instant at() {
        return at.toInstant();
    }

    public String by() {
        return by;
    }

    /** {@code intake} or a step's wire name ({@link Step#wire()}). */
    public String action() {
        return action;
    }

    public Status from() {
        return from;
    }

    public Status to() {
        return to;
    }

    /** The note as a reader of this language reads it: the workflow's in their words, a person's as written. */
    /** The event's id. */
    public String id() {
        return id;
    }

    /**
     * Whether the note is what someone wrote (it may name people: erased with the person's details), not a code of the
     * platform's (an escalation, a deadline counted again).
     */
    public boolean writtenNote() {
        return note != null && Text.fromStored(note).isEmpty();
    }

    public String note(Locale language) {
        Optional<Text> coded = Text.fromStored(note);
        return coded.map(text -> text.in(language, MatterEvent.class.getClassLoader())).orElse(note);
    }
}
