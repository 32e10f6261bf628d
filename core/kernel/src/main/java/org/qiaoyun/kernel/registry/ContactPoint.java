package org.qiaoyun.kernel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A direct contact point (直接联系点): a cadre of a federation is assigned a grassroots organisation below it (a
 * federation of the subtree, or an area's organisation) and visits it. The point remembers its last visit, so
 * that one left unvisited too long is flagged to the cadre and their admins.
 */
@Entity
@Table(name = "registry_contact_point")
public class ContactPoint {

    @Id
    @Column(length = 36)
    private String id;

    /** The federation whose cadre is assigned: its admins assign, read and end the point. */
    @Column(name = "tenant_code", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(length = 63, nullable = false)
    private String cadre;

    /** The grassroots federation visited, or the county that keeps the area visited. */
    @Column(name = "point_tenant", length = 63, nullable = false, updatable = false)
    private String pointTenant;

    @Column(name = "area_id", length = 36, updatable = false)
    private String areaId;

    /** What the point is called on lists: the federation's or the area organisation's name. */
    @Column(length = 100, nullable = false, updatable = false)
    private String name;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "last_visit")
    private LocalDate lastVisit;

    /** The day the assignment ended; the point and its visits are kept. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** The day its cadre and admins were told it waits too long for a visit; cleared by the next visit. */
    @Column(name = "overdue_told_on")
    private LocalDate overdueToldOn;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected ContactPoint() {
    }

    ContactPoint(String tenantCode, String cadre, String pointTenant, String areaId, String name, LocalDate today, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        this.cadre = cadre;
        this.pointTenant = pointTenant;
        this.areaId = areaId;
        this.name = name;
        this.assignedOn = today;
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    void end(LocalDate today, Instant at) {
        if (endedOn != null) {
            throw new org.qiaoyun.api.ConflictException(null, org.qiaoyun.api.Text.of("kernel.registry.point-ended"));
        }
        endedOn = today;
        changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    void visited(LocalDate day, Instant at) {
        if (endedOn != null) {
            throw new org.qiaoyun.api.ConflictException(null, org.qiaoyun.api.Text.of("kernel.registry.point-ended"));
        }
        if (lastVisit == null || day.isAfter(lastVisit)) {
            lastVisit = day;
        }
        overdueToldOn = null; // waiting too long again later is told again
        changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Whether it waits too long for a visit and nobody was told yet since its last visit. */
    boolean untoldOverdue(LocalDate today, int months) {
        return endedOn == null && overdueToldOn == null && overdue(today, months);
    }

    void toldOverdue(LocalDate today) {
        overdueToldOn = today;
    }

    /**
     * Whether the point waited longer than {@code months} for a visit on {@code today}: counted from the last
     * visit, or from the assignment while there was none.
     */
    public boolean overdue(LocalDate today, int months) {
        return (lastVisit == null ? assignedOn : lastVisit).plusMonths(months).isBefore(today);
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String cadre() {
        return cadre;
    }

    public String pointTenant() {
        return pointTenant;
    }

    public String areaId() {
        return areaId;
    }

    public String name() {
        return name;
    }

    public LocalDate assignedOn() {
        return assignedOn;
    }

    public LocalDate lastVisit() {
        return lastVisit;
    }

    public long version() {
        return version;
    }
}
