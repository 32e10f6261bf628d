package org.qiaoyun.kernel.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

/**
 * Totals of the indicator values kept per ancestor as the values are recorded, so that the view from above reads
 * a few rows per child whatever the size of the subtree: a province's dashboard reads its children's totals, not
 * the values of its 1,700 federations.
 * <p>
 * Table {@code indicator_total} holds, for every federation ({@code ancestor_id}), every module indicator and
 * month, the sums of its subtree's values split by the child they lie under ({@code under_id}; "" for the
 * federation's own values). Each row keeps two sums, because a write does not know how the module reads its
 * indicator: {@code amount}, the values of that month (what a flow adds up), and {@code stock_change}, the
 * changes each value made to its federation's standing figure (a value minus the one recorded before it), whose
 * running sum is a stock's figure of every month, quiet months included.
 * <p>
 * When a federation records a value {@code v} for month {@code p}, replacing {@code old} (or the figure it carried
 * from an earlier month), every ancestor's row of {@code p} gains {@code v - old} in both sums, and the row of the
 * federation's next recorded month loses it again from {@code stock_change} (its change is now measured from
 * {@code v}). The federation's row is locked first, so that two writes of one federation see each other's months;
 * totals rows are changed in one order (ancestor, child, module, indicator, month) so that writes of different
 * federations under one ancestor wait for each other rather than deadlock. A new totals row inserted by two writes
 * at once is refused to the second by the unique key; the caller tries its whole write again ({@link #retried}).
 */
final class IndicatorTotals {

    private IndicatorTotals() {
    }

    /** A value to record: indicator code, month, amount. */
    record Entry(String code, YearMonth period, BigDecimal amount) {
    }

    /** Records a federation's values of one module, in the caller's transaction, with the totals of its ancestors. */
    static void record(EntityManager em, String tenantCode, String tenantPath, String moduleId, List<Entry> entries) {
        em.createNativeQuery("select code from tenant where code = ?1 for update").setParameter(1, tenantCode).getResultList();
        List<String> ancestors = ancestorsOf(tenantPath);
        Map<Key, BigDecimal[]> changes = new TreeMap<>();
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry::code).thenComparing(Entry::period));
        for (Entry entry : ordered) {
            IndicatorValue value = em.find(IndicatorValue.class,
                    new IndicatorValue.Key(tenantCode, moduleId, entry.code(), entry.period()));
            BigDecimal old = value == null ? null : value.amount();
            if (value == null) {
                em.persist(new IndicatorValue(tenantCode, tenantPath, moduleId, entry.code(), entry.period(), entry.amount()));
            } else {
                value.update(entry.amount());
            }
            BigDecimal flow = entry.amount().subtract(old == null ? BigDecimal.ZERO : old);
            BigDecimal stock = entry.amount().subtract(old != null ? old : carried(em, tenantCode, moduleId, entry));
            if (flow.signum() == 0 && stock.signum() == 0) {
                continue; // the same figure again (or a first zero): no total moves, and no totals row is written
            }
            String next = stock.signum() == 0 ? null : nextMonth(em, tenantCode, moduleId, entry);
            for (int i = 0; i < ancestors.size(); i++) {
                String under = i + 1 < ancestors.size() ? ancestors.get(i + 1) : "";
                add(changes, new Key(ancestors.get(i), under, moduleId, entry.code(), entry.period().toString()), flow, stock);
                if (next != null) {
                    add(changes, new Key(ancestors.get(i), under, moduleId, entry.code(), next), BigDecimal.ZERO, stock.negate());
                }
            }
        }
        em.flush();
        changes.forEach((key, sums) -> apply(em, key, sums[0], sums[1]));
    }

    /** The federation's standing figure before the entry's month: its latest earlier value, or nothing. */
    private static BigDecimal carried(EntityManager em, String tenantCode, String moduleId, Entry entry) {
        List<BigDecimal> before = em.createQuery("select v.amount from IndicatorValue v where v.tenantCode = :tenant"
                        + " and v.moduleId = :module and v.code = :code and v.period < :period order by v.period desc", BigDecimal.class)
                .setParameter("tenant", tenantCode).setParameter("module", moduleId).setParameter("code", entry.code())
                .setParameter("period", entry.period().toString()).setMaxResults(1).getResultList();
        return before.isEmpty() ? BigDecimal.ZERO : before.get(0);
    }

    /** The federation's next month with a value of the entry's indicator after the entry's month, or null. */
    private static String nextMonth(EntityManager em, String tenantCode, String moduleId, Entry entry) {
        return em.createQuery("select min(v.period) from IndicatorValue v where v.tenantCode = :tenant"
                        + " and v.moduleId = :module and v.code = :code and v.period > :period", String.class)
                .setParameter("tenant", tenantCode).setParameter("module", moduleId).setParameter("code", entry.code())
                .setParameter("period", entry.period().toString()).getSingleResult();
    }

    private static void add(Map<Key, BigDecimal[]> changes, Key key, BigDecimal flow, BigDecimal stock) {
        BigDecimal[] sums = changes.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(flow);
        sums[1] = sums[1].add(stock);
    }

    private static void apply(EntityManager em, Key key, BigDecimal flow, BigDecimal stock) {
        if (flow.signum() == 0 && stock.signum() == 0) {
            return;
        }
        int updated = em.createNativeQuery("update indicator_total set amount = amount + ?1, stock_change = stock_change + ?2"
                        + " where ancestor_id = ?3 and under_id = ?4 and module_id = ?5 and code = ?6 and period = ?7")
                .setParameter(1, flow).setParameter(2, stock).setParameter(3, key.ancestor()).setParameter(4, key.under())
                .setParameter(5, key.moduleId()).setParameter(6, key.code()).setParameter(7, key.period()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into indicator_total (ancestor_id, under_id, module_id, code, period, amount, stock_change)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, key.ancestor()).setParameter(2, key.under()).setParameter(3, key.moduleId())
                    .setParameter(4, key.code()).setParameter(5, key.period()).setParameter(6, flow).setParameter(7, stock)
                    .executeUpdate();
        }
    }

    /**
     * A roll-up's sums by child, read from the totals of the root: code, then one figure per month of the range.
     * A flow's months are its amounts; a stock's are the running sums of its changes, those before the range folded
     * into its first month.
     */
    static Map<String, Map<String, BigDecimal[]>> read(EntityManager em, String rootCode, String moduleId, List<String> codes,
                                                      boolean stock, MonthRange range) {
        Map<String, Map<String, BigDecimal[]>> sums = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return sums;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(5 + i);
        }
        // one row per child, code and month: a stock's months before the range fold into its first month here
        String sql = "select under_id, code, period, " + (stock ? "stock_change" : "amount") + " from indicator_total"
                + " where ancestor_id = ?1 and module_id = ?2 and period >= ?3 and period <= ?4"
                + " and code in (" + in + ")";
        jakarta.persistence.Query query = em.createNativeQuery(sql).setParameter(1, rootCode).setParameter(2, moduleId)
                .setParameter(3, stock ? "" : range.from().toString()).setParameter(4, range.to().toString());
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter(5 + i, codes.get(i));
        }
        int months = range.size();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            BigDecimal[] values = sums.computeIfAbsent((String) columns[0], g -> new java.util.HashMap<>())
                    .computeIfAbsent((String) columns[1], c -> SubtreeSums.zeros(months));
            YearMonth period = YearMonth.parse((String) columns[2]);
            int month = period.isBefore(range.from()) ? 0 : range.indexOf(period);
            values[month] = values[month].add(SubtreeSums.decimal(columns[3]));
        }
        if (stock) {
            sums.values().forEach(byCode -> byCode.values().forEach(IndicatorTotals::runningSum));
        }
        return sums;
    }

    static void runningSum(BigDecimal[] values) {
        for (int i = 1; i < values.length; i++) {
            values[i] = values[i].add(values[i - 1]);
        }
    }

    /**
     * Computes the totals afresh from the values (the SQL the upgrade that made the table runs): for values loaded
     * by other means than the platform's own writes, such as generated figures or a restored table.
     */
    static void refill(EntityManager em) {
        String sql;
        try (var in = IndicatorTotals.class.getResourceAsStream("/db/kernel/indicator-total-fill.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        em.createNativeQuery("delete from indicator_total").executeUpdate();
        em.createNativeQuery(sql).executeUpdate();
    }

    /** The codes of a path from the root down to the federation itself: "/cn/gd/" gives cn, gd. */
    static List<String> ancestorsOf(String tenantPath) {
        return Arrays.asList(tenantPath.substring(1, tenantPath.length() - 1).split("/"));
    }

    /**
     * Runs a write of values again when another write of the same moment inserted one of its totals rows first
     * (a unique key's refusal) or the database chose it as a deadlock's victim: each try is a transaction of its own.
     */
    static <T> T retried(java.util.function.Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= 5 || !collided(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean collided(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("23505".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** One totals row: an ancestor, the child its values lie under ("" for its own), module, indicator, month. */
    private record Key(String ancestor, String under, String moduleId, String code, String period) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::ancestor).thenComparing(Key::under)
                .thenComparing(Key::moduleId).thenComparing(Key::code).thenComparing(Key::period);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
