package org.qiaoyun.kernel.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The read of the indicator table behind a roll-up of indicators that take a maximum or a minimum across
 * federations: a module's values over a subtree, month by month, one row per federation, code and month. (Sums
 * over children read the totals kept per ancestor instead, {@link IndicatorTotals}.)
 * <p>
 * A flow is read month by month over the range. A stock is carried forward: each value recorded becomes the
 * change from the tenant's value before it (a window over the tenant's months), the changes before the range
 * fold into its first month, and the running sum of the changes is then every month's value, quiet months
 * included. Plain SQL that H2 and PostgreSQL both run.
 */
final class SubtreeSums {

    /** How a roll-up groups: by the child of the root (sums, from the totals) or by federation (maximum, minimum). */
    enum Grouping { CHILD, TENANT }

    private SubtreeSums() {
    }

    /** Values by federation path, then code: one figure per month of the range. */
    static Map<String, Map<String, BigDecimal[]>> read(EntityManager em, String rootPath, String moduleId, List<String> codes,
                                                      boolean stock, MonthRange range) {
        Map<String, Map<String, BigDecimal[]>> sums = new HashMap<>();
        if (codes.isEmpty()) {
            return sums;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(4 + i);
        }
        // The subtree's path is written into the statement, not bound: a plan made for the national root (read it all)
        // must not serve a county (read a few rows by the path's index). A path holds only codes and slashes.
        String path = literal(rootPath);
        String group = "tenant_path";
        String where = " from indicator_value where module_id = ?1 and tenant_path like '" + path + "%' and code in (" + in
                + ") and period <= ?3";
        String sql = stock
                ? "select g, code, b, sum(delta) from (select " + group + " as g, code,"
                        + " case when period < ?2 then ?2 else period end as b,"
                        + " amount - coalesce(lag(amount) over (partition by tenant_id, code order by period), 0) as delta"
                        + where + ") changes group by g, code, b"
                : "select g, code, period, sum(amount) from (select " + group + " as g, code, period, amount"
                        + where + " and period >= ?2) flows group by g, code, period";
        Query query = em.createNativeQuery(sql)
                .setParameter(1, moduleId)
                .setParameter(2, range.from().toString())
                .setParameter(3, range.to().toString());
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(4 + i, codes.get(i));
        }
        int months = range.size();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            BigDecimal[] values = sums.computeIfAbsent((String) columns[0], g -> new HashMap<>())
                    .computeIfAbsent((String) columns[1], c -> zeros(months));
            int month = range.indexOf(YearMonth.parse((String) columns[2]));
            values[month] = values[month].add(decimal(columns[3]));
        }
        if (stock) { // the changes become the values they lead to
            sums.values().forEach(byCode -> byCode.values().forEach(IndicatorTotals::runningSum));
        }
        return sums;
    }

    /** A tenant path as it may stand in a statement: slashes and the letters, digits and hyphens of tenant codes. */
    private static String literal(String path) {
        if (!path.matches("/([a-z0-9-]+/)+")) {
            throw new IllegalArgumentException("not a tenant path: " + path);
        }
        return path;
    }

    static BigDecimal[] zeros(int months) {
        BigDecimal[] values = new BigDecimal[months];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** The child of the root that a tenant's path lies under, or "" for the root itself. */
    static String childOf(String rootPath, String tenantPath) {
        String rest = tenantPath.substring(rootPath.length());
        return rest.isEmpty() ? "" : rest.substring(0, rest.indexOf('/'));
    }
}
