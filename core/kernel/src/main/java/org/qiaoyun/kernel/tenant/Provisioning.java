package org.qiaoyun.kernel.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;

/**
 * Changes the tenant tree: provisions children, renames, suspends, reactivates, archives, and sets
 * the module policy a tenant gives its descendants. Each change is one transaction together with
 * its audit entry, and each checks its caller itself: an admin acts on their subtree only, the
 * status of a federation is changed from above, the national root only by the platform.
 */
public class Provisioning {

    private final Store store;
    private final java.time.Clock clock;
    private final Consumer<Collection<String>> provisioned;

    public Provisioning(Store store, java.time.Clock clock) {
        this(store, clock, codes -> { });
    }

    /**
     * @param provisioned told the codes of federations provisioned here once they have been committed: the registry
     *                    counts them in its figures (the tenant tree cannot call the registry, which reads the tree)
     */
    public Provisioning(Store store, java.time.Clock clock, Consumer<Collection<String>> provisioned) {
        this.store = store;
        this.clock = clock;
        this.provisioned = provisioned;
    }

    /** Creates the national root once; later starts find it there. */
    public Tenant ensureRoot(String code, TenantNames names) {
        return store.transaction(em -> {
            Tenant existing = em.find(Tenant.class, code);
            if (existing != null) {
                return existing;
            }
            return createRoot(em, code, names);
        });
    }

    /** The national root, within a caller's transaction. */
    public Tenant createRoot(EntityManager em, String code, TenantNames names) {
        Access.requireSystem();
        Tenant root = Tenant.root(TenantCode.of(code), names, clock.instant());
        em.persist(root);
        flushOrExplain(em, code);
        AuditLog.append(em, code, "tenant.provision", code, org.qiaoyun.api.Text.of("kernel.audit.provision-root", names.zh()));
        return root;
    }

    public Tenant provision(ProvisioningRequest request) {
        Tenant tenant = store.transaction(em -> provision(em, request));
        provisioned(List.of(tenant.code()));
        return tenant;
    }

    /**
     * Tells that federations provisioned in a caller's transaction ({@link #provision(EntityManager, ProvisioningRequest)})
     * are committed, by their codes.
     */
    public void provisioned(Collection<String> codes) {
        if (!codes.isEmpty()) {
            provisioned.accept(codes);
        }
    }

    /** Provisions within a caller's transaction, so that a whole tree can be made at once. */
    public Tenant provision(EntityManager em, ProvisioningRequest request) {
        TenantCode code = TenantCode.of(request.code());
        if (request.parent() == null || request.parent().isBlank()) {
            throw new TenantRuleViolation("parent", "kernel.tenant.parent-required");
        }
        TenantLevel level = TenantLevel.parse(request.level());
        TenantNames names = new TenantNames(request.nameZh(), request.nameEn());
        DivisionCode division = DivisionCode.ofNullable(request.divisionCode());
        Tenant parent = em.find(Tenant.class, request.parent());
        if (parent == null || !Access.caller().canSee(parent)) {
            throw new TenantRuleViolation("parent", "kernel.tenant.unknown", request.parent());
        }
        Access.requireAdminOf(parent);
        if (division != null) {
            division.requireFits(level, nearestWithCode(em, parent));
        }
        if (em.find(Tenant.class, code.value()) != null) {
            throw new DuplicateTenantException(code.value());
        }
        Tenant child = parent.provisionChild(code, level, names, division, clock.instant());
        em.persist(child);
        flushOrExplain(em, code.value());
        AuditLog.append(em, code.value(), "tenant.provision", code.value(),
                org.qiaoyun.api.Text.of("kernel.audit.provision", org.qiaoyun.api.Text.of("kernel.level." + level.wireName()), names.zh(),
                        parent.code()));
        return child;
    }

    /** The tenant itself or its nearest ancestor that has a division code; null when none has. */
    public static Tenant nearestWithCode(EntityManager em, Tenant from) {
        for (Tenant t = from; t != null; t = t.parentCode() == null ? null : em.find(Tenant.class, t.parentCode())) {
            if (t.divisionCode() != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * Renames a tenant and/or changes its status. {@code expectedVersion}, when given, must match the
     * stored version: an admin who saves a stale form is told so instead of overwriting.
     */
    public Tenant update(String code, TenantNames names, TenantStatus status, Long expectedVersion) {
        return store.transaction(em -> update(em, code, names, status, expectedVersion));
    }

    /** {@link #update(String, TenantNames, TenantStatus, Long)} within a caller's transaction. */
    public Tenant update(EntityManager em, String code, TenantNames names, TenantStatus status, Long expectedVersion) {
        {
            Tenant tenant = em.find(Tenant.class, code);
            if (tenant == null) {
                throw new UnknownTenantException(code);
            }
            Access.requireAdminOf(tenant);
            if (status != null && status != tenant.status()) {
                Access.requireStatusChangeOf(tenant);
            }
            if (expectedVersion != null && expectedVersion != tenant.version()) {
                throw new OptimisticLockException("tenant " + code + " was changed by someone else; reload it");
            }
            // one entry per change, each kept by its code so that it reads in its reader's language
            if (status != null && status != tenant.status()) {
                AuditLog.append(em, code, "tenant.update", code, org.qiaoyun.api.Text.of("kernel.audit.status",
                        org.qiaoyun.api.Text.of("kernel.status." + tenant.status().wireName()),
                        org.qiaoyun.api.Text.of("kernel.status." + status.wireName())));
                tenant.changeStatus(status);
            }
            if (names != null && !names.equals(tenant.names())) {
                tenant.rename(names);
                AuditLog.append(em, code, "tenant.update", code, org.qiaoyun.api.Text.of("kernel.audit.names", names.zh(), names.en()));
            }
            return tenant;
        }
    }

    /** Sets which modules the tenant's descendants may enable; null allows every installed module. */
    public Tenant restrictDescendantModules(String code, Set<String> moduleIds) {
        return store.transaction(em -> restrictDescendantModules(em, code, moduleIds));
    }

    /** {@link #restrictDescendantModules(String, Set)} within a caller's transaction. */
    public Tenant restrictDescendantModules(EntityManager em, String code, Set<String> moduleIds) {
        Tenant tenant = em.find(Tenant.class, code);
        if (tenant == null) {
            throw new UnknownTenantException(code);
        }
        Access.requireAdminOf(tenant);
        tenant.restrictDescendantModules(moduleIds);
        AuditLog.append(em, code, "module.policy", code,
                moduleIds == null ? org.qiaoyun.api.Text.of("kernel.audit.policy-open")
                        : org.qiaoyun.api.Text.of("kernel.audit.policy", String.join(", ", new java.util.TreeSet<>(moduleIds))));
        return tenant;
    }

    /**
     * Writes the new tenant now: a parent must reach the database before its children (EclipseLink
     * does not order inserts of one class by a plain foreign-key column), and two requests racing for
     * one code are decided by the primary key, the loser hearing 409.
     */
    private static void flushOrExplain(EntityManager em, String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateTenantException(code);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
