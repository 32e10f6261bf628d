package org.qiaoyun.kernel.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit log: who did what, to which object, in which tenant, when.
 *
 * <p>Entries are append-only. The class has no setters and every column is not updatable; on
 * PostgreSQL a trigger also refuses UPDATE and DELETE, so that not even a bulk query changes history.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "id", length = 36, updatable = false)
    private String id;

    @Column(name = "tenant_id", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "object", length = 200, updatable = false)
    private String object;

    @Column(name = "summary", length = 2000, updatable = false)
    private String summary;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(String tenantCode, String actor, String action, String object, String summary) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        this.at = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.object = truncate(object, 200);
        this.summary = truncate(summary, 2000);
    }

    /**
     * The same entry without its summary, not to be stored: what an admin above sees of a descendant's
     * module entry (that something was done to which record, by whom, not the person's details).
     */
    AuditEntry withoutSummary() {
        AuditEntry copy = new AuditEntry();
        copy.id = id;
        copy.tenantCode = tenantCode;
        copy.at = at;
        copy.actor = actor;
        copy.action = action;
        copy.object = object;
        return copy;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public Instant at() {
        return at.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String object() {
        return object;
    }

    public String summary() {
        return summary;
    }
}
