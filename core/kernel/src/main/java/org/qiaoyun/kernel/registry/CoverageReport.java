package org.qiaoyun.kernel.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * The coverage report of a federation's subtree (应建尽建): the figures of all its areas together, and split by
 * its children, so that a city sees its counties side by side and a province its cities. Aggregates only, no
 * person; read by the federation's admins and viewers and by admins above.
 * <p>
 * The database sums the areas of each federation that keeps some (a few thousand across a whole country); the
 * report folds those sums into the children by the tenants' materialised paths.
 */
public class CoverageReport {

    private final Store store;

    public CoverageReport(Store store) {
        this.store = store;
    }

    /** One child's share (or the federation's own areas, under its own code). */
    public record Row(Tenant tenant, Figures figures) {
    }

    /** The whole subtree's figures, and the rows: the federation itself first if it keeps areas, then each child. */
    public record Coverage(Tenant tenant, Figures total, List<Row> rows) {
    }

    public Coverage of(String tenantCode) {
        return store.transaction(em -> {
            Tenant tenant = Areas.readable(em, tenantCode);
            Map<String, Figures> byChild = new LinkedHashMap<>();
            for (Object[] row : sums(em, tenant.path())) {
                String path = (String) row[0];
                String rest = path.substring(tenant.path().length());
                String child = rest.isEmpty() ? tenant.code() : rest.substring(0, rest.indexOf('/'));
                Figures figures = new Figures(number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]));
                byChild.merge(child, figures, Figures::plus);
            }
            List<Row> rows = new ArrayList<>();
            if (byChild.containsKey(tenant.code())) {
                rows.add(new Row(tenant, byChild.get(tenant.code())));
            }
            List<Tenant> children = em.createQuery("select t from Tenant t where t.parentCode = :code order by t.code", Tenant.class)
                    .setParameter("code", tenant.code()).getResultList();
            for (Tenant child : children) {
                rows.add(new Row(child, byChild.getOrDefault(child.code(), Figures.NONE)));
            }
            Figures total = byChild.values().stream().reduce(Figures.NONE, Figures::plus);
            return new Coverage(tenant, total, rows);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> sums(EntityManager em, String path) {
        String due = "((a.kind = 'TOWNSHIP' and a.people >= " + AreaKind.TOWNSHIP.federationFrom()
                + ") or (a.kind = 'VILLAGE' and a.people >= " + AreaKind.VILLAGE.federationFrom() + "))";
        return em.createNativeQuery("select t.path, count(*),"
                        + " sum(case when a.kind = 'TOWNSHIP' then 1 else 0 end), sum(a.people),"
                        + " sum(case when " + due + " then 1 else 0 end),"
                        + " sum(case when " + due + " and a.organisation = 'FEDERATION' then 1 else 0 end),"
                        + " sum(case when not " + due + " and a.organisation in ('BRANCH', 'GROUP', 'WORKSTATION') then 1 else 0 end)"
                        + " from registry_area a join tenant t on t.code = a.tenant_code"
                        + " where t.path like ?1 group by t.path")
                .setParameter(1, path + "%").getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
