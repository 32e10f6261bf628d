package org.qiaoyun.kernel.module;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantDirectory;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * Where a tenant's admin switches modules on and off, within what the parent federations allow.
 * A switch is stored and audited in one transaction and counts from the next request on. Only an admin
 * of the tenant or above switches; who may see the tenant may see its modules.
 */
public class ModuleSwitchboard {

    private final Store kernel;
    private final ModuleHost host;
    private final java.time.Clock clock;

    public ModuleSwitchboard(Store kernel, ModuleHost host, java.time.Clock clock) {
        this.kernel = kernel;
        this.host = host;
        this.clock = clock;
    }

    /** Every installed module, with whether it is allowed and enabled in the tenant. */
    public List<TenantModule> modulesOf(String tenantCode) {
        return kernel.transaction(em -> {
            Tenant tenant = em.find(Tenant.class, tenantCode);
            if (tenant == null) {
                throw new UnknownTenantException(tenantCode);
            }
            Access.requireVisible(tenant);
            List<Tenant> lineage = TenantDirectory.lineage(em, tenant);
            List<TenantModule> modules = new ArrayList<>();
            for (InstalledModule module : host.installed()) {
                ModuleSwitch own = em.find(ModuleSwitch.class, new ModuleSwitch.Key(tenantCode, module.id()));
                ModuleDescriptor d = module.descriptor();
                modules.add(new TenantModule(module.id(), module.version(),
                        d == null ? module.id() : d.nameZh(), d == null ? module.id() : d.nameEn(),
                        d == null ? "" : d.descriptionZh(), d == null ? "" : d.descriptionEn(),
                        module.state(), ModuleGate.allowedIn(lineage, module.id()), own != null && own.enabled()));
            }
            return modules;
        });
    }

    /**
     * Switches a module on or off in a tenant. Switching on needs every ancestor's policy to allow
     * it; switching off is always possible. An archived tenant cannot switch anything.
     */
    public void switchModule(String tenantCode, String moduleId, boolean enabled) {
        kernel.transaction(em -> {
            switchModule(em, tenantCode, moduleId, enabled);
            return null;
        });
    }

    /** {@link #switchModule(String, String, boolean)} within a caller's transaction. */
    public void switchModule(EntityManager em, String tenantCode, String moduleId, boolean enabled) {
        {
            Tenant tenant = em.find(Tenant.class, tenantCode);
            if (tenant == null) {
                throw new UnknownTenantException(tenantCode);
            }
            Access.requireAdminOf(tenant);
            if (host.find(moduleId).isEmpty()) {
                throw new UnknownModuleException(moduleId);
            }
            tenant.requireWritable();
            if (enabled && !ModuleGate.allowedIn(TenantDirectory.lineage(em, tenant), moduleId)) {
                throw new ModuleNotAllowedException(tenantCode, moduleId);
            }
            ModuleSwitch own = em.find(ModuleSwitch.class, new ModuleSwitch.Key(tenantCode, moduleId));
            if (own == null) {
                own = new ModuleSwitch(tenantCode, moduleId);
                own.set(enabled, Caller.name(), clock.instant());
                em.persist(own);
            } else {
                own.set(enabled, Caller.name(), clock.instant());
            }
            AuditLog.append(em, tenantCode, enabled ? "module.enable" : "module.disable", moduleId);
        }
    }

    /** The modules switched on in the tenants of a subtree, by tenant code. */
    public static java.util.Map<String, java.util.Set<String>> enabledInSubtree(EntityManager em, String path) {
        java.util.Map<String, java.util.Set<String>> enabled = new java.util.HashMap<>();
        em.createQuery("select s from ModuleSwitch s, Tenant t where t.code = s.tenantCode and t.path like :path and s.enabled = true",
                        ModuleSwitch.class)
                .setParameter("path", path + "%").getResultList()
                .forEach(s -> enabled.computeIfAbsent(s.tenantCode(), k -> new java.util.HashSet<>()).add(s.moduleId()));
        return enabled;
    }
}
