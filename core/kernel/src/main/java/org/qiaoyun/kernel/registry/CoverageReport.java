package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
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
 * report folds those sums into the children by the tenants' materialised paths. The progress by year toward the
 * target year ({@link CoverageProgress}) is summed the same way, by the year each federation counts from.
 */
public class CoverageReport {

    private final Store store;
    private final Clock clock;

    public CoverageReport(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** One child's share (or the federation's own areas, under its own code), with its progress toward its province's target. */
    public record Row(Tenant tenant, Figures figures, CoverageProgress progress) {
    }

    /** The whole subtree's figures and progress, and the rows: the federation itself first if it keeps areas, then each child. */
    public record Coverage(Tenant tenant, Figures total, CoverageProgress progress, List<Row> rows) {
    }

    public Coverage of(String tenantCode) {
        return store.transaction(em -> {
            Tenant tenant = Areas.readable(em, tenantCode);
            Map<String, Figures> byChild = new LinkedHashMap<>();
            Map<String, Map<Integer, Long>> yearsByChild = new HashMap<>();
            int thisYear = thisYear();
            for (Object[] row : federationYears(em, tenant.path())) {
                int year = row[1] == null ? thisYear : (int) number(row[1]);
                yearsByChild.computeIfAbsent(child(tenant, (String) row[0]), c -> new HashMap<>()).merge(year, number(row[2]), Long::sum);
            }
            Targets targets = new Targets(em);
            for (Object[] row : sums(em, tenant.path())) {
                String child = child(tenant, (String) row[0]);
                Figures figures = new Figures(number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]));
                byChild.merge(child, figures, Figures::plus);
            }
            List<Row> rows = new ArrayList<>();
            if (byChild.containsKey(tenant.code())) {
                Figures own = byChild.get(tenant.code());
                rows.add(new Row(tenant, own, progress(targets.of(tenant), thisYear, own, yearsByChild.get(tenant.code()))));
            }
            List<Tenant> children = em.createQuery("select t from Tenant t where t.parentCode = :code order by t.code", Tenant.class)
                    .setParameter("code", tenant.code()).getResultList();
            for (Tenant child : children) {
                Figures figures = byChild.getOrDefault(child.code(), Figures.NONE);
                rows.add(new Row(child, figures, progress(targets.of(child), thisYear, figures, yearsByChild.get(child.code()))));
            }
            Figures total = byChild.values().stream().reduce(Figures.NONE, Figures::plus);
            Map<Integer, Long> allYears = new HashMap<>();
            yearsByChild.values().forEach(years -> years.forEach((year, count) -> allYears.merge(year, count, Long::sum)));
            return new Coverage(tenant, total, progress(targets.of(tenant), thisYear, total, allYears), rows);
        });
    }

    /** The target year that holds for a federation: its province's (its own, for a province), else 2024. */
    public int targetYear(String tenantCode) {
        return store.transaction(em -> new Targets(em).of(Areas.readable(em, tenantCode)));
    }

    /**
     * Sets a province's target year for its whole subtree (its admins and those above), from 2019 to 2050; audited.
     */
    public int setTargetYear(String tenantCode, int year) {
        return store.transaction(em -> {
            Tenant tenant = em.find(Tenant.class, tenantCode);
            if (tenant == null) {
                throw new org.qiaoyun.kernel.tenant.UnknownTenantException(tenantCode);
            }
            org.qiaoyun.kernel.access.Access.requireAdminOf(tenant);
            tenant.requireWritable();
            if (tenant.level() != org.qiaoyun.kernel.tenant.TenantLevel.PROVINCE) {
                throw new org.qiaoyun.api.InvalidInputException(null, org.qiaoyun.api.Text.of("kernel.registry.target-of-provinces"));
            }
            if (year < CoverageTarget.OPINIONS_YEAR || year > 2050) {
                throw new org.qiaoyun.api.InvalidInputException("targetYear", org.qiaoyun.api.Text.of("kernel.registry.target-year", String.valueOf(year)));
            }
            CoverageTarget target = em.find(CoverageTarget.class, tenantCode);
            if (target == null) {
                target = new CoverageTarget(tenantCode);
                target.set(year, clock.instant());
                em.persist(target);
            } else {
                target.set(year, clock.instant());
            }
            org.qiaoyun.kernel.audit.AuditLog.append(em, tenantCode, "coverage.target", tenantCode,
                    org.qiaoyun.api.Text.of("kernel.audit.coverage-target", String.valueOf(year)));
            return year;
        });
    }

    /** The targets of the provinces, read once per report. */
    private static final class Targets {
        private final Map<String, Integer> byProvince = new HashMap<>();

        Targets(EntityManager em) {
            em.createQuery("select t from CoverageTarget t", CoverageTarget.class).getResultList()
                    .forEach(t -> byProvince.put(t.tenantCode(), t.targetYear()));
        }

        int of(Tenant tenant) {
            List<String> line = new ArrayList<>(tenant.ancestorCodes());
            line.add(tenant.code());
            return line.stream().filter(byProvince::containsKey).map(byProvince::get).findFirst().orElse(CoverageTarget.DEFAULT_YEAR);
        }
    }

    private static CoverageProgress progress(int target, int thisYear, Figures figures, Map<Integer, Long> years) {
        return CoverageProgress.of(target, thisYear, figures.due(), years == null ? Map.of() : years);
    }

    private static String child(Tenant tenant, String path) {
        String rest = path.substring(tenant.path().length());
        return rest.isEmpty() ? tenant.code() : rest.substring(0, rest.indexOf('/'));
    }

    private int thisYear() {
        return java.time.Year.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getValue();
    }

    /** The areas due that have a federation, by federation and by the year each counts from. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> federationYears(EntityManager em, String path) {
        String due = "((a.kind = 'TOWNSHIP' and a.people >= " + AreaKind.TOWNSHIP.federationFrom()
                + ") or (a.kind = 'VILLAGE' and a.people >= " + AreaKind.VILLAGE.federationFrom() + "))";
        return em.createNativeQuery("select t.path, coalesce(a.organised_in, a.federation_since), count(*)"
                        + " from registry_area a join tenant t on t.code = a.tenant_code"
                        + " where t.path like ?1 and a.organisation = 'FEDERATION' and " + due
                        + " group by t.path, coalesce(a.organised_in, a.federation_since)")
                .setParameter(1, path + "%").getResultList();
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
