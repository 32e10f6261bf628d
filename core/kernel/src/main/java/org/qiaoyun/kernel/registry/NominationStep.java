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

/** One step of a nomination's way up: who at which level nominated, recommended, declined or awarded it, and why. */
@Entity
@Table(name = "registry_nomination_step")
public class NominationStep {

    /** What a level did. */
    public enum Decision {
        NOMINATED, RECOMMENDED, DECLINED, AWARDED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "nomination_id", length = 36, nullable = false, updatable = false)
    private String nominationId;

    @Column(name = "step_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "tenant_code", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false, updatable = false)
    private Decision decision;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "decided_by", length = 63, nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private OffsetDateTime decidedAt;

    protected NominationStep() {
    }

    NominationStep(String nominationId, int number, String tenantCode, Decision decision, String reason, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.nominationId = nominationId;
        this.number = number;
        this.tenantCode = tenantCode;
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The step's place in the nomination's way: 1 for the nomination itself. */
    public int number() {
        return number;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt.toInstant();
    }
}
