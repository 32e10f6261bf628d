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
 * A nomination for recognition that flows up the tree: a county (or any federation) nominates a grassroots worker, a
 * volunteer or a model unit for an award of a year decided by a federation above it; each level in between
 * recommends it to the next or declines it with a reason, and the awarding level awards or declines. It names a
 * person by design, so only the levels it reaches read it, and every read is audited ({@link Nominations}).
 */
@Entity
@Table(name = "registry_nomination")
public class Nomination {

    /** The titles the guiding opinions ask the federations to award. */
    public enum Award {
        /** 最美基层侨联工作者 */
        WORKER,
        /** 最美基层侨联志愿者 */
        VOLUNTEER,
        /** 示范单位 */
        MODEL_UNIT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Waiting at a level, or decided for good. */
    public enum Status {
        PENDING, AWARDED, DECLINED;

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
    @Column(length = 12, nullable = false, updatable = false)
    private Award award;

    @Column(name = "award_year", nullable = false, updatable = false)
    private int year;

    @Column(length = 100, nullable = false, updatable = false)
    private String nominee;

    @Column(length = 2000, nullable = false, updatable = false)
    private String citation;

    @Column(name = "awarding_tenant", length = 63, nullable = false, updatable = false)
    private String awardingTenant;

    @Column(name = "at_tenant", length = 63, nullable = false)
    private String atTenant;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private Status status;

    @Column(length = 30, updatable = false)
    private String source;

    @Column(name = "nominated_at", nullable = false, updatable = false)
    private OffsetDateTime nominatedAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Nomination() {
    }

    Nomination(String tenantCode, NominationInput input, String firstLevel, String source, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        this.award = input.award();
        this.year = input.year();
        this.nominee = input.nominee();
        this.citation = input.citation();
        this.awardingTenant = input.awardingTenant();
        this.atTenant = firstLevel;
        this.status = Status.PENDING;
        this.source = source;
        this.nominatedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        this.changedAt = nominatedAt;
    }

    /** Whether the level {@code tenantCode} has it to decide now. */
    public boolean waitsAt(String tenantCode) {
        return status == Status.PENDING && atTenant.equals(tenantCode);
    }

    /** Whether the level it waits at is the one that awards (it can no longer be recommended further). */
    public boolean atAwardingLevel() {
        return atTenant.equals(awardingTenant);
    }

    void passTo(String nextLevel, Instant at) {
        this.atTenant = nextLevel;
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    void end(Status decided, Instant at) {
        this.status = decided;
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public Award award() {
        return award;
    }

    public int year() {
        return year;
    }

    public String nominee() {
        return nominee;
    }

    public String citation() {
        return citation;
    }

    public String awardingTenant() {
        return awardingTenant;
    }

    public String atTenant() {
        return atTenant;
    }

    public Status status() {
        return status;
    }

    public String source() {
        return source;
    }

    public Instant nominatedAt() {
        return nominatedAt.toInstant();
    }

    public long version() {
        return version;
    }
}
