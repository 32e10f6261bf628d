package org.qiaoyun.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.indicator.IndicatorCatalogue;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.indicator.MonthRange;
import org.qiaoyun.kernel.indicator.RollUp;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/**
 * Prints the milliseconds a province's dashboard data (the roll-up its home screen reads: every indicator, by month
 * and by child) takes on a real PostgreSQL: a province of 21 cities, 120 counties and 1,600 townships, each
 * recording 30 indicators (10 stocks, recorded in about 4 months of 10, and 20 flows, recorded every month) over 24
 * months. The values are generated in SQL. Figures only, no timed assertion.
 */
public final class IndicatorsBenchmark {

    private static final int STOCKS = 10;
    private static final int FLOWS = 20;
    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    private static final int MONTHS = 24;

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database indicators");
            }
            String url = postgres.getJdbcUrl("postgres", "indicators");
            YearMonth last = FIRST.plusMonths(MONTHS - 1);
            java.time.Clock clock = java.time.Clock.fixed(last.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, java.nio.file.Path.of("target/no-plugins")), clock)) {
                long start = System.nanoTime();
                long[] loaded = load(postgres.getDatabase("postgres", "indicators").getConnection());
                System.out.printf(Locale.ROOT, "indicators: loaded %d federations and %d values in %.1f s%n", loaded[0], loaded[1],
                        (System.nanoTime() - start) / 1e9);
                Indicators indicators = new Indicators(kernel.store(), () -> List.of(new IndicatorCatalogue.ModuleIndicators("bench",
                        "基准", "Bench", definitions())), clock);
                // the values were generated in SQL, not written by the platform: their totals per ancestor are
                // computed once, as the upgrade that brought the totals does on an existing database
                long fill = System.nanoTime();
                Caller.asSystem(() -> {
                    indicators.refillTotals();
                    return null;
                });
                System.out.printf(Locale.ROOT, "indicators: totals per ancestor computed from the values in %.1f s%n",
                        (System.nanoTime() - fill) / 1e9);
                writes(kernel);
                Caller.asSystem(() -> kernel.accounts().create("p", "p-admin", "侨乡-bench-2026-indicators", Set.of(Role.ADMIN)));
                var admin = kernel.accounts().identity("p-admin").orElseThrow();
                Caller.as(admin, () -> {
                    time(indicators, "p", MonthRange.yearTo(last), "the province, 12 months (its dashboard)");
                    time(indicators, "p", new MonthRange(FIRST, last), "the province, 24 months");
                    time(indicators, "p-c0", MonthRange.yearTo(last), "one city, 12 months");
                    time(indicators, "p-c0-k0", MonthRange.yearTo(last), "one county, 12 months");
                    return null;
                });
                // the whole country: the root reads one row per province, indicator and month from the totals, whatever
                // lies below; 33 more provinces (each a city of two counties) make its 34 children
                Caller.asSystem(() -> kernel.accounts().create("cn", "cn-admin", "侨乡-bench-2026-indicators", Set.of(Role.ADMIN)));
                provinces(postgres.getDatabase("postgres", "indicators").getConnection());
                Caller.asSystem(() -> {
                    indicators.refillTotals();
                    return null;
                });
                Caller.as(kernel.accounts().identity("cn-admin").orElseThrow(), () -> {
                    time(indicators, "cn", MonthRange.yearTo(last), "the whole country of 34 provinces, 12 months");
                    return null;
                });
            }
        }
    }

    /** What keeping the totals costs a write: a township records a month of three indicators, as a module does. */
    private static void writes(Kernel kernel) {
        String path = "/cn/p/p-c0/p-c0-k0/p-c0-k0-t0/";
        double[] millis = new double[21];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            Indicators.record(kernel.store(), "p-c0-k0-t0", path, "bench", List.of(
                    new Indicators.Recorded("i0", FIRST.plusMonths(i % MONTHS), java.math.BigDecimal.valueOf(i)),
                    new Indicators.Recorded("i" + STOCKS, FIRST.plusMonths(i % MONTHS), java.math.BigDecimal.valueOf(i)),
                    new Indicators.Recorded("i" + (STOCKS + 1), FIRST.plusMonths(MONTHS - 1), java.math.BigDecimal.valueOf(i))));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "indicators: a township's write of three values with its ancestors' totals: median of %d %.1f ms%n",
                millis.length, millis[millis.length / 2]);
    }

    private static List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> all = new ArrayList<>();
        for (int i = 0; i < STOCKS + FLOWS; i++) {
            IndicatorDefinition d = new IndicatorDefinition("i" + i, "指标" + i, "Indicator " + i, "case", Aggregation.SUM);
            all.add(i < STOCKS ? d.asStock() : d);
        }
        return all;
    }

    private static void time(Indicators indicators, String code, MonthRange range, String what) {
        double[] millis = new double[7];
        RollUp rollUp = null;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            rollUp = indicators.rollUp(new Indicators.Question(code, range));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double first = millis[0];
        Arrays.sort(millis);
        long hidden = rollUp.figures().stream().flatMap(f -> f.children().values().stream()).filter(RollUp.Cell::suppressed).count();
        System.out.printf(Locale.ROOT, "dashboard data of %s (%s): first %.0f ms, median of 7 %.0f ms (%d figures, %d children,"
                        + " %d cells hidden; i0 = %s)%n", what, code, first, millis[3], rollUp.figures().size(), rollUp.children().size(),
                hidden, rollUp.figures().get(0).total().value());
    }

    /** 33 provinces q0..q32 beside p, each with one city of two counties recording every indicator every month. */
    private static void provinces(Connection c) throws Exception {
        try (c; Statement s = c.createStatement()) {
            String insert = "insert into tenant (code, parent_code, path, level, name_zh, name_en, status, created_at, version) ";
            String now = "timestamp with time zone '" + Instant.parse("2026-11-30T00:00:00Z") + "'";
            s.execute(insert + "select 'q' || i, 'cn', '/cn/q' || i || '/', 'PROVINCE', '省' || i, 'Province ' || i, 'ACTIVE', " + now
                    + ", 0 from generate_series(0, 32) i");
            s.execute(insert + "select 'q' || i || '-c', 'q' || i, '/cn/q' || i || '/q' || i || '-c/', 'CITY', '市', 'City', 'ACTIVE', "
                    + now + ", 0 from generate_series(0, 32) i");
            s.execute(insert + "select 'q' || i || '-c-k' || k, 'q' || i || '-c', '/cn/q' || i || '/q' || i || '-c/q' || i || '-c-k' || k"
                    + " || '/', 'COUNTY', '县', 'County', 'ACTIVE', " + now + ", 0 from generate_series(0, 32) i, generate_series(0, 1) k");
            s.execute("insert into indicator_value (tenant_id, module_id, code, period, tenant_path, amount)"
                    + " select t.code, 'bench', 'i' || n, to_char(date '" + FIRST.atDay(1) + "' + m * interval '1 month', 'YYYY-MM'),"
                    + " t.path, floor(random() * 40) from tenant t, generate_series(0, " + (STOCKS + FLOWS - 1) + ") n,"
                    + " generate_series(0, " + (MONTHS - 1) + ") m where t.path like '/cn/q%' and t.level = 'COUNTY'");
            s.execute("analyze");
        }
    }

    /** The province p: cities p-c0..p-c20, counties spread over them, townships spread over the counties. */
    private static long[] load(Connection c) throws Exception {
        try (c; Statement s = c.createStatement()) {
            String insert = "insert into tenant (code, parent_code, path, level, name_zh, name_en, status, created_at, version) ";
            String now = "timestamp with time zone '" + Instant.parse("2026-11-30T00:00:00Z") + "'";
            s.execute(insert + "values ('p', 'cn', '/cn/p/', 'PROVINCE', '基准省侨联', 'Bench province', 'ACTIVE', " + now + ", 0)");
            s.execute(insert + "select 'p-c' || i, 'p', '/cn/p/p-c' || i || '/', 'CITY', '市' || i, 'City ' || i, 'ACTIVE', " + now + ", 0"
                    + " from generate_series(0, 20) i");
            s.execute(insert + "select 'p-c' || (i % 21) || '-k' || i, 'p-c' || (i % 21), '/cn/p/p-c' || (i % 21) || '/p-c' || (i % 21)"
                    + " || '-k' || i || '/', 'COUNTY', '县' || i, 'County ' || i, 'ACTIVE', " + now + ", 0 from generate_series(0, 119) i");
            s.execute(insert + "select k.code || '-t' || j, k.code, k.path || k.code || '-t' || j || '/', 'TOWNSHIP', '镇' || j,"
                    + " 'Township ' || j, 'ACTIVE', " + now + ", 0 from generate_series(0, 1599) j join tenant k"
                    + " on k.level = 'COUNTY' and k.code like '%-k' || (j % 120)");
            s.execute("select setseed(0.2026)");
            s.execute("insert into indicator_value (tenant_id, module_id, code, period, tenant_path, amount)"
                    + " select t.code, 'bench', 'i' || n, to_char(date '" + FIRST.atDay(1) + "' + m * interval '1 month', 'YYYY-MM'),"
                    + " t.path, floor(random() * 40) from tenant t, generate_series(0, " + (STOCKS + FLOWS - 1) + ") n,"
                    + " generate_series(0, " + (MONTHS - 1) + ") m"
                    + " where t.path like '/cn/p/%' and (n >= " + STOCKS + " or m = 0 or random() < 0.4)");
            s.execute("analyze");
            long[] counts = new long[2];
            try (ResultSet r = s.executeQuery("select (select count(*) from tenant where path like '/cn/p/%'),"
                    + " (select count(*) from indicator_value)")) {
                r.next();
                counts[0] = r.getLong(1);
                counts[1] = r.getLong(2);
            }
            return counts;
        }
    }
}
