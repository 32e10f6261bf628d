package org.qiaoyun.kernel.module;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A tenant's own choice for one module: on or off. Switching off keeps the module's data; switching
 * on again shows it. Whether the switch counts also depends on the ancestors' module policies.
 */
@Entity
@Table(name = "module_switch")
@IdClass(ModuleSwitch.Key.class)
public class ModuleSwitch {

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantCode;

    @Id
    @Column(name = "module_id", length = 31)
    private String moduleId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    protected ModuleSwitch() {
        // for JPA
    }

    ModuleSwitch(String tenantCode, String moduleId) {
        this.tenantCode = tenantCode;
        this.moduleId = moduleId;
    }

    void set(boolean enabled, String by, java.time.Instant at) {
        this.enabled = enabled;
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        this.changedBy = by;
    }

    public boolean enabled() {
        return enabled;
    }

    public String moduleId() {
        return moduleId;
    }

    public String tenantCode() {
        return tenantCode;
    }

    /** The composite key: one switch per tenant and module. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String tenantCode;
        private String moduleId;

        public Key() {
        }

        public Key(String tenantCode, String moduleId) {
            this.tenantCode = tenantCode;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantCode, k.tenantCode) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, moduleId);
        }
    }
}
