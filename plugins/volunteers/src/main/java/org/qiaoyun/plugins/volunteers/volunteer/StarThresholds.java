package org.qiaoyun.plugins.volunteers.volunteer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * The star thresholds a federation set for itself (one row per tenant at most; without it the
 * default levels apply). Kept as text, "100,300,600,1000,1500", read through {@link StarLevels}.
 */
@Entity
@Table(name = "vol_star_thresholds")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class StarThresholds {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "hours", length = 200, nullable = false)
    private String hours;

    @Column(name = "set_by", length = 63, nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StarThresholds() {
    }

    static StarThresholds first(StarLevels levels, String by, Instant now) {
        StarThresholds t = new StarThresholds();
        t.id = UUID.randomUUID().toString();
        t.set(levels, by, now);
        return t;
    }

    void set(StarLevels levels, String by, Instant now) {
        hours = levels.thresholdsInHours().stream().map(String::valueOf).collect(Collectors.joining(","));
        setBy = by;
        setAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    StarLevels levels() {
        return new StarLevels(Arrays.stream(hours.split(",")).map(String::strip).map(Integer::valueOf).toList());
    }

    long version() {
        return version;
    }
}
