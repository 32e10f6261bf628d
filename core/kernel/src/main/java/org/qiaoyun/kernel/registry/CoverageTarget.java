package org.qiaoyun.kernel.registry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The year by which a province means every area due a federation to have one. The guiding opinions of 2019 gave
 * five years (2024, the default); a province may set another for its whole subtree.
 */
@Entity
@Table(name = "registry_target")
public class CoverageTarget {

    /** The year the guiding opinions were issued: progress is shown from it. */
    public static final int OPINIONS_YEAR = 2019;
    /** Five years from the opinions: the target where a province set none. */
    public static final int DEFAULT_YEAR = 2024;

    @Id
    @Column(name = "tenant_code", length = 63)
    private String tenantCode;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected CoverageTarget() {
    }

    CoverageTarget(String tenantCode) {
        this.tenantCode = tenantCode;
    }

    void set(int year, java.time.Instant at) {
        this.targetYear = year;
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String tenantCode() {
        return tenantCode;
    }

    public int targetYear() {
        return targetYear;
    }
}
