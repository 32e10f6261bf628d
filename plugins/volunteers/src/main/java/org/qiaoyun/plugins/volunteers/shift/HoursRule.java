package org.qiaoyun.plugins.volunteers.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;

/**
 * The check-out tolerance a federation set for itself (one row per tenant at most; without it
 * {@link ServiceTime#DEFAULT} applies), with who set it and when.
 */
@Entity
@Table(name = "vol_hours_rule")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class HoursRule {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tolerance_minutes", nullable = false)
    private int toleranceMinutes;

    @Column(name = "set_by", length = 63, nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HoursRule() {
    }

    static HoursRule first(ServiceTime rule, String by, Instant now) {
        HoursRule r = new HoursRule();
        r.id = UUID.randomUUID().toString();
        r.set(rule, by, now);
        return r;
    }

    void set(ServiceTime rule, String by, Instant now) {
        toleranceMinutes = rule.toleranceMinutes();
        setBy = by;
        setAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    ServiceTime rule() {
        return new ServiceTime(Duration.ofMinutes(toleranceMinutes));
    }

    long version() {
        return version;
    }
}
