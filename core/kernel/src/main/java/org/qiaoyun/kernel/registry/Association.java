package org.qiaoyun.kernel.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An association linked to a federation: a domestic association concerned with overseas Chinese affairs (涉侨社团;
 * the federation and its N associations, "1+N") or an overseas association paired with it (海外侨团; "1+Y"). It may
 * name the university or other institutional federation it forms a triad with (local federation, university
 * federation, alumni association). An organisation's record, not a person's: its chair and contact are those an
 * association publishes.
 */
@Entity
@Table(name = "registry_association")
public class Association {

    /** Linked at home (1+N) or paired abroad (1+Y). */
    public enum Scope {
        DOMESTIC, OVERSEAS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What kind of association it is. */
    public enum Kind {
        HOMETOWN, CHAMBER, ALUMNI, FRIENDSHIP, PROFESSIONAL, CULTURAL, OTHER;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_code", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private Kind kind;

    @Column(length = 100, nullable = false)
    private String name;

    @Column(length = 18)
    private String uscc;

    @Column(length = 50)
    private String chair;

    private Integer members;

    @Column(length = 200)
    private String contact;

    @Column(length = 50)
    private String country;

    @Column(length = 50)
    private String city;

    @Column(name = "since_year")
    private Integer since;

    @Column(name = "linked_tenant", length = 63)
    private String linkedTenant;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Association() {
    }

    Association(String tenantCode, AssociationInput input, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        apply(input, at);
    }

    void apply(AssociationInput input, Instant at) {
        this.scope = input.scope();
        this.kind = input.kind();
        this.name = input.name();
        this.uscc = input.uscc() == null ? null : input.uscc().value();
        this.chair = input.chair();
        this.members = input.members();
        this.contact = input.contact();
        this.country = input.country();
        this.city = input.city();
        this.since = input.since();
        this.linkedTenant = input.linkedTenant();
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public Scope scope() {
        return scope;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String uscc() {
        return uscc;
    }

    public String chair() {
        return chair;
    }

    public Integer members() {
        return members;
    }

    public String contact() {
        return contact;
    }

    public String country() {
        return country;
    }

    public String city() {
        return city;
    }

    public Integer since() {
        return since;
    }

    public String linkedTenant() {
        return linkedTenant;
    }

    public long version() {
        return version;
    }
}
