package org.qiaoyun.plugins.legal.network;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/** One adviser on duty (值班) at one station on one day: a line of the duty roster. */
@Entity
@Table(name = "legal_duty")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class DutyShift {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "station_id", length = 36, nullable = false, updatable = false)
    private String stationId;

    @Column(name = "duty_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "adviser_id", length = 36, nullable = false, updatable = false)
    private String adviserId;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    protected DutyShift() {
    }

    DutyShift(String stationId, LocalDate day, String adviserId, String by) {
        this.id = UUID.randomUUID().toString();
        this.stationId = stationId;
        this.day = day;
        this.adviserId = adviserId;
        this.createdBy = by;
    }

    public String id() {
        return id;
    }

    public String stationId() {
        return stationId;
    }

    public LocalDate day() {
        return day;
    }

    public String adviserId() {
        return adviserId;
    }
}
