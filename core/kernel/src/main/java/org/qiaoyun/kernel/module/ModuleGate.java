package org.qiaoyun.kernel.module;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ModuleUnavailableException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.work.RequestWork;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantDirectory;
import org.qiaoyun.kernel.tenant.TenantStatus;

/**
 * The one check that decides whether a module works in a tenant right now: installed and started,
 * the tenant not suspended, every ancestor's policy allowing it, and the tenant's own switch on.
 *
 * <p>It reads the database instead of caching across requests, so a switch made on one instance is
 * seen by the very next request on any instance. Within one request a module's scope asks once
 * ({@link #admission}): the answer, with the tenant's status and path, serves every transaction and
 * indicator of that request.
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
        refuseUnlessOpen(check(tenantCode, moduleId), tenantCode, moduleId);
    }

    private static void refuseUnlessOpen(Availability availability, String tenantCode, String moduleId) {
        if (!availability.isOpen()) {
            throw new ModuleUnavailableException(Text.of("kernel.module.unavailable", moduleId, tenantCode,
                    Text.of("kernel.availability." + availability.name())));
        }
    }

    /**
     * What a module's work in a tenant needs to know before it starts: that the module is open there
     * (else it is refused), whether the tenant is archived (read-only), and the tenant's path (for
     * indicators). Asked once per request, in one transaction.
     *
     * @throws ModuleUnavailableException unless the module is open in the tenant
     */
    public Admission admission(String tenantCode, String moduleId) {
        Admission admission = consider(tenantCode, moduleId);
        refuseUnlessOpen(admission.availability(), tenantCode, moduleId);
        return admission;
    }

    /** The gate's answer with the tenant (null if there is none), refusing nothing: for callers that check the caller first. */
    public Admission consider(String tenantCode, String moduleId) {
        return RequestWork.remembered(new Question(tenantCode, moduleId), () -> kernel.transaction(em -> {
            Availability availability = check(em, tenantCode, moduleId);
            Tenant tenant = availability == Availability.UNKNOWN_TENANT ? null : em.find(Tenant.class, tenantCode);
            return new Admission(availability, tenant);
        }));
    }

    /** The gate's answer for one module in one tenant, with the tenant as it was read (null if there is none). */
    public record Admission(Availability availability, Tenant tenant) {

        public boolean archived() {
            return tenant != null && tenant.status() == TenantStatus.ARCHIVED;
        }

        public String path() {
            return tenant == null ? null : tenant.path();
        }
    }

    private record Question(String tenantCode, String moduleId) {
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

    /** The modules the gate asks about. */
    ModuleHost host() {
        return host;
    }
}
