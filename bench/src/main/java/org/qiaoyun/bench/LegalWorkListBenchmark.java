package org.qiaoyun.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.LegalModule;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The legal work list under load, on PostgreSQL: 50,000 matters in one federation (t0: one centre headed by
 * {@code head-0}, four stations, 20 advisers) and 1,000,000 across 500 tenants, generated in SQL over three years
 * (most closed, the recent ones open, a few stuck and overdue, some sealed, some petitions). Prints the server time
 * of the work list's first page with its total (as the screen and {@code GET consultations} ask for them), through
 * {@link Consultations#page} and so with the confidentiality rule, for an adviser ({@code adv-7}): mine, due soon,
 * overdue; and for the centre's head: all. Median and p95 of 30 runs each, printed, never asserted.
 * Aim (the issue's): first page under 50 ms median.
 * Arguments: tenants, matters in all, matters in t0, advisers in t0 (defaults 500 1000000 50000 20); "explain"
 * as a fifth prints {@code explain analyze} of the same queries written by hand in SQL (the confidentiality condition,
 * the filter, the tenant), for the adviser's mine and overdue and the head's all.
 */
public final class LegalWorkListBenchmark {

    private static final int PAGE = 50;

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int inFirst = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int advisers = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        boolean explain = args.length > 4 && args[4].equals("explain");
        java.util.logging.LogManager.getLogManager().reset();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource pool = Database.pool(postgres.getJdbcUrl("postgres", "postgres"), null, null, 4)) {
            LegalModule module = new LegalModule();
            Migrations.run(pool, module.persistence().changelog(), LegalModule.class.getClassLoader());
            long start = System.nanoTime();
            generate(pool, tenants, total, inFirst, advisers, today);
            System.out.printf(Locale.ROOT, "generated %,d matters over %d tenants (%,d in t0, %d advisers there) in %.0f s%n", total, tenants,
                    inFirst, advisers, (System.nanoTime() - start) / 1e9);
            shares(pool, today);
            EntityManagerFactory unit = PersistenceUnits.build("legal", LegalModule.class.getClassLoader(),
                    PersistenceUnits.rootOf(LegalModule.class), module.persistence().entities(), pool);
            Consultations adviser = new Consultations(new TestTenantScope(unit, "t0", "adv-7", "legal_adviser"), null);
            Consultations head = new Consultations(new TestTenantScope(unit, "t0", "head-0", "admin"), null);
            measure("adviser, mine", () -> page(adviser, new Consultations.WorkSearch(true, false, false, null, null, null, null, null)));
            measure("adviser, due soon", () -> page(adviser, new Consultations.WorkSearch(false, true, false, null, null, null, null, null)));
            measure("adviser, overdue", () -> page(adviser, new Consultations.WorkSearch(false, false, true, null, null, null, null, null)));
            measure("head, all", () -> page(head, Consultations.WorkSearch.all()));
            if (explain) {
                explain(pool, today);
            }
            unit.close();
        }
    }

    /** The first page and its total, as the screen and the API ask for them: one call, as REST makes it. */
    private static long page(Consultations consultations, Consultations.WorkSearch search) {
        var found = consultations.page(search, 0, PAGE);
        return found.items().size() + found.total();
    }

    private static void measure(String what, Supplier<Long> query) {
        long shown = 0;
        for (int i = 0; i < 5; i++) {
            shown = query.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            query.get();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "legal work list, %s (first page of %d with its total; rows + total %,d): median %.1f ms, p95 %.1f ms%n",
                what, PAGE, shown, times.get(15) / 1e6, times.get(28) / 1e6);
    }

    /**
     * Centres, stations, advisers and matters straight in SQL. Each tenant has one centre (its head {@code head-N},
     * t0's {@code head-0}) and three stations under it; t0 has {@code advisers} advisers ({@code adv-0}...), the others 5.
     * Matters are received over three years, newest first; those of the last 20 days are open, as is one in 50 of the
     * older ones (stuck: overdue); received and checked ones have no adviser yet; one in 100 is sealed, one in 20 a petition.
     */
    private static void generate(HikariDataSource pool, int tenants, int total, int inFirst, int advisers, LocalDate today) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            String tenant = "('t' || t)";
            s.execute("insert into legal_station (tenant_id, id, kind, name, place, centre_id, head, created_at, version)"
                    + " select " + tenant + ", 'c' || t, 'CENTRE', '法律服务中心' || t, '侨联大楼', null, 'head-' || t, now(), 0"
                    + " from generate_series(0, " + (tenants - 1) + ") t");
            s.execute("insert into legal_station (tenant_id, id, kind, name, place, centre_id, head, created_at, version)"
                    + " select " + tenant + ", 's' || t || '-' || k, case when k = 1 then 'STATION' else 'POINT' end, '服务站' || t || '-' || k,"
                    + " '镇' || k, 'c' || t, null, now(), 0 from generate_series(0, " + (tenants - 1) + ") t, generate_series(1, 3) k");
            s.execute("insert into legal_adviser (tenant_id, id, username, name, specialities, languages, station_ids, active, created_at, version)"
                    + " select " + tenant + ", 'a' || t || '-' || k, 'adv-' || k, '顾问' || k, 'INHERITANCE,OVERSEAS_HOUSE', '粤语,台山话',"
                    + " 'c' || t, true, now(), 0 from generate_series(0, " + (tenants - 1) + ") t,"
                    + " generate_series(0, " + (advisers - 1) + ") k where t = 0 or k < 5");
            String categories = "(array['OVERSEAS_HOUSE','INHERITANCE','LAND_REQUISITION','REMITTANCE_INVESTMENT','HOUSEHOLD_REGISTRATION',"
                    + "'ENTRY_EXIT','MARRIAGE_FAMILY','LABOUR','FOREIGN_DOCUMENTS','OTHER'])";
            String open = "(array['RECEIVED','CHECKED','ASSIGNED','ACKNOWLEDGED','ANSWERED'])";
            // x: (tenant t, matter g, i its rank in the tenant, n the tenant's matters); received i * 3 years / n days ago
            String matters = "insert into legal_consultation (tenant_id, id, station_id, centre_id, channel, person_name, person_phone, relation,"
                    + " category, facts, status, sealed, adviser_id, received_on, acknowledge_due, answer_due, due_provisional, next_due,"
                    + " acknowledged_on, answered_on, answered_in_time, outcome, summary, closed_on, created_by, created_at, version, petition)"
                    + " select 't' || t, 'k' || g, case when g % 4 = 0 then 'c' || t else 's' || t || '-' || (g % 4) end, 'c' || t,"
                    + " 'WALK_IN', '咨询人' || g, '1390000' || lpad((g % 10000)::text, 4, '0'), 'RETURNEE', " + categories + "[1 + g % 10],"
                    + " '事实' || g, status, g % 100 = 3,"
                    + " case when status in ('RECEIVED', 'CHECKED') then null else 'a' || t || '-' || (g / 7) % advisers end,"
                    + " received, received + 2, received + 14, false,"
                    + " case when status in ('RECEIVED', 'CHECKED', 'ASSIGNED') then received + 2 when status = 'ACKNOWLEDGED' then received + 14 end,"
                    + " case when status in ('ACKNOWLEDGED', 'ANSWERED', 'CLOSED') then received + 1 end,"
                    + " case when status in ('ANSWERED', 'CLOSED') then received + 9 end, case when status in ('ANSWERED', 'CLOSED') then true end,"
                    + " case when status = 'CLOSED' then 'ADVICE_GIVEN' end, case when status = 'CLOSED' then '已解答' end,"
                    + " case when status = 'CLOSED' then received + 12 end, 'clerk', now(), 0, g % 20 = 0"
                    + " from (select t, g, advisers, received, case when received > date '" + today + "' - 20 or g % 50 = 7"
                    + " then " + open + "[1 + (g / 3) % 5] else 'CLOSED' end status"
                    + " from (select {t} t, g, {advisers} advisers, date '" + today + "' - (({rank}) * 1095 / {n})::int received"
                    + " from generate_series({from}, {to}) g) x) y";
            s.execute(matters.replace("{t}", "0").replace("{advisers}", "" + advisers).replace("{rank}", "g")
                    .replace("{n}", "" + inFirst).replace("{from}", "0").replace("{to}", "" + (inFirst - 1)));
            int others = tenants - 1;
            long perTenant = (long) (total - inFirst) / others + 1;
            s.execute(matters.replace("{t}", "1 + g % " + others).replace("{advisers}", "5").replace("{rank}", "(g - " + inFirst + ") / " + others)
                    .replace("{n}", "" + perTenant).replace("{from}", "" + inFirst).replace("{to}", "" + (total - 1)));
            s.execute("analyze");
        }
    }

    /** What the adviser measured and the head have in t0, so the figures can be read. */
    private static void shares(HikariDataSource pool, LocalDate today) throws Exception {
        try (Connection c = pool.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*), count(*) filter (where a.username = 'adv-7' and not k.sealed),"
                     + " count(*) filter (where a.username = 'adv-7' and not k.sealed and k.next_due < ?),"
                     + " count(*) filter (where a.username = 'adv-7' and not k.sealed and k.next_due between ? and ?),"
                     + " count(*) filter (where k.status <> 'CLOSED')"
                     + " from legal_consultation k left join legal_adviser a on a.id = k.adviser_id where k.tenant_id = 't0'")) {
            q.setObject(1, today);
            q.setObject(2, today);
            q.setObject(3, today.plusDays(Consultations.DUE_SOON_DAYS));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                System.out.printf(Locale.ROOT, "t0: %,d matters (%,d open); adv-7 reads %,d, overdue %,d, due soon %,d%n", r.getLong(1),
                        r.getLong(5), r.getLong(2), r.getLong(3), r.getLong(4));
            }
        }
    }

    /** Plans of the work list's queries (page and count) as SQL equivalent to what EclipseLink writes from the JPQL. */
    private static void explain(HikariDataSource pool, LocalDate today) throws Exception {
        String readable = "(k.centre_id in (select s.id from legal_station s where s.head = ? and s.tenant_id = 't0')"
                + " or (k.sealed = false and k.adviser_id in (select a.id from legal_adviser a where a.username = ? and a.tenant_id = 't0')))";
        String mine = " and k.adviser_id in (select a.id from legal_adviser a where a.username = ? and a.tenant_id = 't0')";
        String[][] queries = {
            {"adviser, mine, page", "select * from legal_consultation k where " + readable + mine
                    + " and k.tenant_id = 't0' order by k.next_due, k.received_on desc, k.id limit 50", "adv-7", "3"},
            {"adviser, mine, count", "select count(k.id) from legal_consultation k where " + readable + mine + " and k.tenant_id = 't0'", "adv-7", "3"},
            {"adviser, overdue, count", "select count(k.id) from legal_consultation k where " + readable + " and k.next_due < ?"
                    + " and k.tenant_id = 't0'", "adv-7", "2d"},
            {"head, all, page", "select * from legal_consultation k where " + readable
                    + " and k.tenant_id = 't0' order by k.next_due, k.received_on desc, k.id limit 50", "head-0", "2"},
            {"head, all, count", "select count(k.id) from legal_consultation k where " + readable + " and k.tenant_id = 't0'", "head-0", "2"},
        };
        try (Connection c = pool.getConnection()) {
            for (String[] q : queries) {
                try (PreparedStatement p = c.prepareStatement("explain (analyze, buffers) " + q[1])) {
                    int params = Integer.parseInt(q[3].substring(0, 1));
                    for (int i = 1; i <= params; i++) {
                        p.setString(i, q[2]);
                    }
                    if (q[3].endsWith("d")) {
                        p.setObject(params + 1, today);
                    }
                    System.out.println("-- plan: " + q[0]);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            System.out.println("   " + r.getString(1));
                        }
                    }
                }
            }
        }
    }

    private LegalWorkListBenchmark() {
    }
}
