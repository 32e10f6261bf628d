package org.qiaoyun.kernel.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.qiaoyun.kernel.access.Caller;

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

    /** The same without a summary. */
    public static AuditEntry append(EntityManager em, String tenantCode, String action, String object) {
        return append(em, tenantCode, action, object, (String) null);
    }

    /** The same with a summary by its code, shown later in each reader's language ({@link org.qiaoyun.api.Text#stored()}). */
    public static AuditEntry append(EntityManager em, String tenantCode, String action, String object, org.qiaoyun.api.Text summary) {
        return append(em, tenantCode, action, object, summary.stored());
    }

    /** The entries matching the query, newest first. */
    public static List<AuditEntry> search(EntityManager em, AuditQuery query, int first, int max) {
        return build(em, "select a", query, AuditEntry.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public static long count(EntityManager em, AuditQuery query) {
        return build(em, "select count(a)", query, Long.class).getSingleResult();
    }

    private static <T> TypedQuery<T> build(EntityManager em, String select, AuditQuery query, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where ").append(query.subtree()
                ? "a.tenantCode in (select t.code from Tenant t where t.path like :path)" : "a.tenantCode = :tenant");
        if (present(query.actor())) {
            jpql.append(" and a.actor = :actor");
        }
        if (present(query.action())) {
            jpql.append(" and a.action like :action");
        }
        if (query.from() != null) {
            jpql.append(" and a.at >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and a.at < :to");
        }
        if (type == AuditEntry.class) {
            jpql.append(" order by a.at desc, a.id");
        }
        TypedQuery<T> typed = em.createQuery(jpql.toString(), type);
        if (query.subtree()) {
            typed.setParameter("path", em.createQuery("select t.path from Tenant t where t.code = :code", String.class)
                    .setParameter("code", query.tenantCode()).getSingleResult() + "%");
        } else {
            typed.setParameter("tenant", query.tenantCode());
        }
        if (present(query.actor())) {
            typed.setParameter("actor", query.actor().strip());
        }
        if (present(query.action())) {
            typed.setParameter("action", query.action().strip() + "%");
        }
        if (query.from() != null) {
            typed.setParameter("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            typed.setParameter("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        return typed;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
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
