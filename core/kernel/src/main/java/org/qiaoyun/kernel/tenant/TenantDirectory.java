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
