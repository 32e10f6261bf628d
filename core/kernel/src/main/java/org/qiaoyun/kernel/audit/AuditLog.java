package org.qiaoyun.kernel.audit;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.kernel.identity.Caller;

/**
 * Writes and reads the audit log. An entry is written on the EntityManager of the change it
 * records, so that the change and its entry commit or roll back together.
 */
public final class AuditLog {

    private AuditLog() {
    }

    /** Appends an entry for the current caller within the transaction of {@code em}. */
    public static AuditEntry append(EntityManager em, String tenantCode, String action, String object, String summary) {
        AuditEntry entry = new AuditEntry(tenantCode, Caller.name(), action, object, summary);
        em.persist(entry);
        return entry;
    }

    /** The newest entries of a tenant first. */
    public static List<AuditEntry> latest(EntityManager em, String tenantCode, int first, int max) {
        return em.createQuery("select a from AuditEntry a where a.tenantCode = :tenant order by a.at desc", AuditEntry.class)
                .setParameter("tenant", tenantCode)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }
}
