package org.qiaoyun.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/**
 * Prints the milliseconds the coverage report (应建尽建) takes for the whole country and for one province, on a
 * real PostgreSQL holding a country's worth of areas: 31 provinces, 2,800 counties (120 of them in one province),
 * 40,000 townships and 600,000 villages. Aims: the country under 3 s, a province under 300 ms.
 * The tenants and areas are loaded with plain SQL (the registry's service would audit 640,000 changes).
 */
public final class CoverageBenchmark {

    private static final int PROVINCES = 31;
    private static final int COUNTIES = 2_800;
    private static final int TOWNSHIPS_PER_COUNTY = 14; // 39,200
    private static final int VILLAGES_PER_TOWNSHIP = 15; // 588,000

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database coverage");
            }
            String url = postgres.getJdbcUrl("postgres", "coverage");
            try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, java.nio.file.Path.of("target/no-plugins")))) {
                long start = System.nanoTime();
                long areas = load(postgres.getDatabase("postgres", "coverage").getConnection());
                System.out.printf(Locale.ROOT, "coverage: loaded %d counties and %d areas in %.1f s%n", COUNTIES, areas, (System.nanoTime() - start) / 1e9);
                var admin = kernel.accounts().identity("admin").orElseThrow();
                Caller.as(admin, () -> {
                    report(kernel, "cn", "the whole country");
                    report(kernel, "p11", "one province of 120 counties");
                    report(kernel, "p11-c0-k0", "one county");
                    return null;
                });
            }
        }
    }

    private static void report(Kernel kernel, String code, String what) {
        double[] millis = new double[7];
        long gap = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            gap = kernel.coverage().of(code).total().gap();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double first = millis[0];
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "coverage report of %s (%s): first %.0f ms, median of 7 %.0f ms (gap %d)%n",
                what, code, first, millis[3], gap);
    }

    /** Provinces p11..p41; p11 has 10 cities of 12 counties, the rest share the other 2,680 counties. */
    private static long load(Connection c) throws Exception {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-30T00:00:00Z"));
        long areas = 0;
        try (PreparedStatement tenant = c.prepareStatement("insert into tenant (code, parent_code, path, level, name_zh, name_en, status,"
                + " division_code, created_at, version) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)");
             PreparedStatement area = c.prepareStatement("insert into registry_area (id, tenant_code, division_code, kind, name, people,"
                     + " organisation, changed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            java.util.Random random = new java.util.Random(2026);
            int county = 0;
            for (int p = 0; p < PROVINCES; p++) {
                String province = "p" + (11 + p);
                insert(tenant, province, "cn", "/cn/" + province + "/", "PROVINCE", String.format("%02d0000", 11 + p), now);
                int counties = p == 0 ? 120 : (COUNTIES - 120) / (PROVINCES - 1) + (p <= (COUNTIES - 120) % (PROVINCES - 1) ? 1 : 0);
                int cities = p == 0 ? 10 : Math.max(1, counties / 12);
                for (int k = 0; k < counties; k++, county++) {
                    int city = k % cities;
                    String cityCode = province + "-c" + city;
                    String path = "/cn/" + province + "/" + cityCode + "/";
                    if (k < cities) {
                        insert(tenant, cityCode, province, path, "CITY", String.format("%02d%02d00", 11 + p, city + 1), now);
                    }
                    String code = cityCode + "-k" + (k / cities);
                    String division = String.format("%02d%02d%02d", 11 + p, city + 1, k / cities + 1);
                    insert(tenant, code, cityCode, path + code + "/", "COUNTY", division, now);
                    for (int t = 0; t < TOWNSHIPS_PER_COUNTY; t++) {
                        String township = division + String.format("%03d", 100 + t);
                        add(area, code, township, "TOWNSHIP", 40 + random.nextInt(300), random, now);
                        for (int v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
                            add(area, code, township + String.format("%03d", 200 + v), "VILLAGE", random.nextInt(80), random, now);
                        }
                        areas += 1 + VILLAGES_PER_TOWNSHIP;
                    }
                    if (county % 50 == 0) {
                        tenant.executeBatch();
                        area.executeBatch();
                    }
                }
            }
            tenant.executeBatch();
            area.executeBatch();
        }
        c.commit();
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        c.close();
        return areas;
    }

    private static void insert(PreparedStatement tenant, String code, String parent, String path, String level, String division,
                               Timestamp now) throws Exception {
        tenant.setString(1, code);
        tenant.setString(2, parent);
        tenant.setString(3, path);
        tenant.setString(4, level);
        tenant.setString(5, code);
        tenant.setString(6, code);
        tenant.setString(7, division.length() == 6 ? division : null);
        tenant.setTimestamp(8, now);
        tenant.addBatch();
        tenant.executeBatch(); // a city or county's parent must exist before it
    }

    private static void add(PreparedStatement area, String tenant, String code, String kind, int people, java.util.Random random,
                            Timestamp now) throws Exception {
        area.setString(1, UUID.randomUUID().toString());
        area.setString(2, tenant);
        area.setString(3, code);
        area.setString(4, kind);
        area.setString(5, code);
        area.setInt(6, people);
        area.setString(7, random.nextInt(10) < 7 ? "FEDERATION" : random.nextBoolean() ? "NONE" : "WORKSTATION");
        area.setTimestamp(8, now);
        area.addBatch();
    }
}
