package org.qiaoyun.kernel.module;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ModuleUnavailableException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantDirectory;
import org.qiaoyun.kernel.tenant.TenantStatus;

/**
 * The one check that decides whether a module works in a tenant right now: installed and started,
 * the tenant not suspended, every ancestor's policy allowing it, and the tenant's own switch on.
 *
 * <p>It reads the database on every call (two indexed lookups) instead of caching, so a switch made
 * on one instance is seen by the very next request on any instance.
 */
public class ModuleGate {

    private final Store kernel;
    private final ModuleHost host;

    public ModuleGate(Store kernel, ModuleHost host) {
        this.kernel = kernel;
        this.host = host;
    }

    public Availability check(String tenantCode, String moduleId) {
        return kernel.transaction(em -> check(em, tenantCode, moduleId));
    }

    Availability check(EntityManager em, String tenantCode, String moduleId) {
        InstalledModule module = host.find(moduleId).orElse(null);
        if (module == null) {
            return Availability.NOT_INSTALLED;
        }
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            return Availability.UNKNOWN_TENANT;
        }
        List<Tenant> lineage = TenantDirectory.lineage(em, tenant);
        if (lineage.stream().anyMatch(t -> t.status() == TenantStatus.SUSPENDED)) {
            return Availability.TENANT_SUSPENDED; // a suspension reaches every federation below
        }
        if (!module.isStarted()) {
            return Availability.MODULE_FAILED;
        }
        if (!allowedIn(lineage, moduleId)) {
            return Availability.NOT_ALLOWED;
        }
        ModuleSwitch own = em.find(ModuleSwitch.class, new ModuleSwitch.Key(tenantCode, moduleId));
        return own != null && own.enabled() ? Availability.OPEN : Availability.NOT_ENABLED;
    }

    /** Throws unless the module is open in the tenant; REST turns the exception into a 404. */
    public void require(String tenantCode, String moduleId) {
        Availability availability = check(tenantCode, moduleId);
        if (!availability.isOpen()) {
            throw new ModuleUnavailableException(Text.of("kernel.module.unavailable", moduleId, tenantCode,
                    Text.of("kernel.availability." + availability.name())));
        }
    }

    /**
     * Whether every ancestor's policy lets the tenant at the end of {@code lineage} (root first) use
     * the module. A tenant's own policy binds only its descendants, not itself.
     */
    static boolean allowedIn(List<Tenant> lineage, String moduleId) {
        for (int i = 0; i < lineage.size() - 1; i++) {
            if (!lineage.get(i).allowsDescendantsToUse(moduleId)) {
                return false;
            }
        }
        return true;
    }
}
