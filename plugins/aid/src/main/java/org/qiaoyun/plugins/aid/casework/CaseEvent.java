package org.qiaoyun.plugins.aid.casework;

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

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/** One step in a case's timeline: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "aid_case_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class CaseEvent {

    @Id
    @Column(name = "id", length = 36, updatable = false)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "by_user", length = 63, nullable = false, updatable = false)
    private String by;

    @Column(name = "action", length = 30, nullable = false, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private CaseStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20, nullable = false, updatable = false)
    private CaseStatus to;

    @Column(name = "comment", length = 2000, updatable = false)
    private String comment;

    protected CaseEvent() {
    }

    CaseEvent(String caseId, String by, String action, CaseStatus from, CaseStatus to, String comment) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.by = by;
        this.action = action;
        this.from = from;
        this.to = to;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public String caseId() {
        return caseId;
    }

    public Instant at() {
        return at.toInstant();
    }

    public String by() {
        return by;
    }

    public String action() {
        return action;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    /** The service stamps the event with the scope's clock before it is kept (an event unstamped is refused by the column). */
    CaseEvent at(java.time.Instant when) {
        this.at = OffsetDateTime.ofInstant(when, ZoneOffset.UTC);
        return this;
    }

    /** What the person wrote, or a note the workflow kept by its code (see {@link #note()}). */
    public String comment() {
        return comment;
    }

    /** The note the workflow kept by its code (a home visit, a payment), to show in each reader's language. */
    public java.util.Optional<org.qiaoyun.api.Text> note() {
        return org.qiaoyun.api.Text.fromStored(comment);
    }

    /** The comment as a reader of this language reads it: the workflow's note in their words, a person's as written. */
    public String comment(java.util.Locale language) {
        return note().map(text -> text.in(language, CaseEvent.class.getClassLoader())).orElse(comment);
    }
}
