package org.qiaoyun.kernel.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * The totals kept per ancestor as values are recorded are the totals of the values, whatever the order the
 * values arrive in (months filled in afterwards, values replaced, a stock's month put between two others), when
 * federations of one city write at the same moment, and when an existing database is upgraded (the changeset
 * fills the table from the values already there). The expected totals are worked out here in Java from the
 * values themselves. Told on H2 and on PostgreSQL.
 */
class IndicatorTotalsTest {

    private static final String MODULE = "aid";
    private static final List<String> FEDERATIONS = List.of("gd", "gd-jiangmen", "gd-jiangmen-taishan", "gd-jiangmen-kaiping",
            "gd-jiangmen-taishan-duanfen", "gd-jiangmen-taishan-guanghai", "gd-shantou");

    private Kernel kernel;

    void start(String database) {
        kernel = Kernel.start(KernelSettings.forTests(database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres(),
                Path.of("target/no-plugins")), new MovableClock(Instant.parse("2026-04-15T08:00:00Z")));
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-kaiping", "gd-jiangmen", "county", "开平市侨联", "Kaiping", "440783"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan-duanfen", "gd-jiangmen-taishan", "township",
                    "端芬镇侨联", "Duanfen", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan-guanghai", "gd-jiangmen-taishan", "township",
                    "广海镇侨联", "Guanghai", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-shantou", "gd", "city", "汕头市侨联", "Shantou", "440500"));
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void valuesArrivingInAnyOrderLeaveTheTotalsOfTheValues(String database) {
        start(database);
        Random random = new Random(2026);
        for (int i = 0; i < 400; i++) { // months in random order, many written twice, some set back to zero
            String tenant = FEDERATIONS.get(random.nextInt(FEDERATIONS.size()));
            record(tenant, List.of(new Indicators.Recorded("c" + random.nextInt(3), YearMonth.of(2025, 1).plusMonths(random.nextInt(15)),
                    BigDecimal.valueOf(random.nextInt(6) == 0 ? 0 : random.nextInt(500)))));
        }
        assertThat(totals()).isEqualTo(expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void federationsOfOneCityWritingAtOnceLeaveTheTotalsOfTheValues(String database) throws Exception {
        start(database);
        List<String> writers = List.of("gd-jiangmen-taishan", "gd-jiangmen-kaiping", "gd-jiangmen-taishan-duanfen",
                "gd-jiangmen-taishan-guanghai");
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String tenant : writers) {
                done.add(pool.submit(() -> {
                    Random random = new Random(tenant.hashCode());
                    for (int i = 0; i < 60; i++) { // the same indicators and months as the others: the same totals rows
                        List<Indicators.Recorded> batch = new ArrayList<>();
                        for (int j = 0; j < 3; j++) {
                            batch.add(new Indicators.Recorded("c" + random.nextInt(2), YearMonth.of(2026, 1 + random.nextInt(4)),
                                    BigDecimal.valueOf(random.nextInt(100))));
                        }
                        record(tenant, batch);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(totals()).isEqualTo(expected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theUpgradeFillsTheTotalsFromTheValuesAlreadyRecorded(String database) {
        start(database);
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            record(FEDERATIONS.get(random.nextInt(FEDERATIONS.size())), List.of(new Indicators.Recorded("c" + random.nextInt(3),
                    YearMonth.of(2025, 6).plusMonths(random.nextInt(10)), BigDecimal.valueOf(random.nextInt(300)))));
        }
        kernel.store().transaction(em -> { // what the upgrade that made the table runs
            em.createNativeQuery("delete from indicator_total").executeUpdate();
            IndicatorTotals.refill(em);
            return null;
        });
        assertThat(totals()).isEqualTo(expected());
    }

    private void record(String tenant, List<Indicators.Recorded> values) {
        Indicators.record(kernel.store(), tenant, kernel.tenants().require(tenant).path(), MODULE, values);
    }

    /** The table's rows, zeros left out: "ancestor under code period" to "amount change". */
    private Map<String, String> totals() {
        Map<String, String> rows = new TreeMap<>();
        kernel.store().<List<?>>transaction(em -> em.createNativeQuery(
                "select ancestor_id, under_id, code, period, amount, stock_change from indicator_total").getResultList())
                .forEach(row -> {
                    Object[] c = (Object[]) row;
                    BigDecimal amount = SubtreeSums.decimal(c[4]);
                    BigDecimal change = SubtreeSums.decimal(c[5]);
                    if (amount.signum() != 0 || change.signum() != 0) {
                        rows.put(c[0] + " " + c[1] + " " + c[2] + " " + c[3], plain(amount) + " " + plain(change));
                    }
                });
        return rows;
    }

    /** The totals worked out from the values: each value counts for every federation on its path. */
    private Map<String, String> expected() {
        List<?> values = kernel.store().transaction(em -> em.createNativeQuery(
                "select tenant_id, tenant_path, code, period, amount from indicator_value order by tenant_id, code, period").getResultList());
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        String lastSeries = null;
        BigDecimal before = BigDecimal.ZERO;
        for (Object row : values) {
            Object[] c = (Object[]) row;
            String series = c[0] + " " + c[2];
            BigDecimal amount = SubtreeSums.decimal(c[4]);
            BigDecimal change = amount.subtract(series.equals(lastSeries) ? before : BigDecimal.ZERO);
            lastSeries = series;
            before = amount;
            List<String> path = IndicatorTotals.ancestorsOf((String) c[1]);
            for (int i = 0; i < path.size(); i++) {
                String under = i + 1 < path.size() ? path.get(i + 1) : "";
                BigDecimal[] s = sums.computeIfAbsent(path.get(i) + " " + under + " " + c[2] + " " + c[3],
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(amount);
                s[1] = s[1].add(change);
            }
        }
        Map<String, String> rows = new TreeMap<>();
        sums.forEach((key, s) -> {
            if (s[0].signum() != 0 || s[1].signum() != 0) {
                rows.put(key, plain(s[0]) + " " + plain(s[1]));
            }
        });
        return rows;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
