package org.qiaoyun.kernel.tenant;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.qiaoyun.kernel.persistence.Store;

/** Reads the tenant tree: one tenant, the children of a tenant, a subtree. */
public class TenantDirectory {

    private final Store store;

    public TenantDirectory(Store store) {
        this.store = store;
    }

    public Optional<Tenant> find(String code) {
        return store.transaction(em -> Optional.ofNullable(em.find(Tenant.class, code)));
    }

    public Tenant require(String code) {
        return find(code).orElseThrow(() -> new UnknownTenantException(code));
    }

    /** A page of tenants ordered by code; all tenants when {@code parentCode} is null, else its children. */
    public List<Tenant> list(String parentCode, int first, int max) {
        return store.transaction(em -> (parentCode == null
                ? em.createQuery("select t from Tenant t order by t.code", Tenant.class)
                : em.createQuery("select t from Tenant t where t.parentCode = :parent order by t.code", Tenant.class)
                        .setParameter("parent", parentCode))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList());
    }

    public long count(String parentCode) {
        return store.transaction(em -> parentCode == null
                ? em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult()
                : em.createQuery("select count(t) from Tenant t where t.parentCode = :parent", Long.class)
                        .setParameter("parent", parentCode).getSingleResult());
    }

    /**
     * A page of the subtree below (and including) the tenant with the given path, ordered by code,
     * optionally only those whose code or name contains {@code search}.
     */
    public List<Tenant> subtree(String path, String search, int first, int max) {
        return store.transaction(em -> subtreeQuery(em, "select t", path, search, Tenant.class)
                .setFirstResult(first).setMaxResults(max).getResultList());
    }

    public long countSubtree(String path, String search) {
        return store.transaction(em -> subtreeQuery(em, "select count(t)", path, search, Long.class).getSingleResult());
    }

    private static <T> jakarta.persistence.TypedQuery<T> subtreeQuery(EntityManager em, String select, String path,
                                                                     String search, Class<T> type) {
        boolean filtered = search != null && !search.isBlank();
        String jpql = select + " from Tenant t where t.path like :path"
                + (filtered ? " and (lower(t.code) like :search or lower(t.nameZh) like :search or lower(t.nameEn) like :search)" : "")
                + (type == Tenant.class ? " order by t.code" : "");
        var query = em.createQuery(jpql, type).setParameter("path", escapeLike(path) + "%");
        if (filtered) {
            query.setParameter("search", "%" + escapeLike(search.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The tenant and its ancestors, root first (the shell's header shows them). */
    public List<Tenant> lineage(Tenant tenant) {
        return store.transaction(em -> lineage(em, tenant));
    }

    /** The tenant and its ancestors, root first: what a module check needs in one query. */
    public static List<Tenant> lineage(EntityManager em, Tenant tenant) {
        List<String> codes = tenant.ancestorCodes();
        if (codes.isEmpty()) {
            return List.of(tenant);
        }
        List<Tenant> ancestors = em.createQuery("select t from Tenant t where t.code in :codes", Tenant.class)
                .setParameter("codes", codes)
                .getResultList();
        List<Tenant> lineage = new java.util.ArrayList<>(ancestors);
        lineage.sort(java.util.Comparator.comparingInt(t -> t.path().length()));
        lineage.add(tenant);
        return lineage;
    }
}
