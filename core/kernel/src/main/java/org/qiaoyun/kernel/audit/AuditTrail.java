package org.qiaoyun.kernel.audit;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Governed;
import org.qiaoyun.kernel.persistence.Store;

/**
 * The audit log as admins read it, on screen, in exports and through the API. An admin reads the log of their
 * federation and of those below, one federation or a whole subtree at once; of a descendant's module entries (which may concern a person) they see what was done
 * to which record, by whom and when, never the summary: personal data stays with the federation that
 * works with it, as everywhere else.
 */
public class AuditTrail {

    /** The kernel's own actions; every other action is a module's ({@code aid.case.approve}). */
    private static final Set<String> KERNEL_ACTIONS = Set.of("login", "account", "tenant", "module", "audit", "rights");

    private final Store store;

    public AuditTrail(Store store) {
        this.store = store;
    }

    /** The entries matching the query, newest first; refused unless the caller administers its tenant. */
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        if (query.tenantCode() == null || query.tenantCode().isBlank()) {
            return List.of();
        }
        return store.transaction(em -> {
            CallerIdentity reader = requireReader(em, query.tenantCode());
            return AuditLog.search(em, query, first, max).stream()
                    .map(entry -> entry.tenantCode().equals(reader.homeTenant()) || isKernelAction(entry.action()) ? entry
                            : entry.withoutSummary())
                    .toList();
        });
    }

    public long count(AuditQuery query) {
        if (query.tenantCode() == null || query.tenantCode().isBlank()) {
            return 0;
        }
        return store.transaction(em -> {
            requireReader(em, query.tenantCode());
            return AuditLog.count(em, query);
        });
    }

    static boolean isKernelAction(String action) {
        int dot = action.indexOf('.');
        return dot > 0 && KERNEL_ACTIONS.contains(action.substring(0, dot));
    }

    private static CallerIdentity requireReader(EntityManager em, String tenantCode) {
        String path = em.createQuery("select t.path from Tenant t where t.code = :code", String.class)
                .setParameter("code", tenantCode).getResultStream().findFirst()
                .orElseThrow(() -> new org.qiaoyun.kernel.access.NotVisibleException(tenantCode));
        return Access.requireAdminOf(Governed.of(tenantCode, path));
    }
}
