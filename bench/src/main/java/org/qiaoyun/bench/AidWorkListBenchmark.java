package org.qiaoyun.bench;

import java.sql.Connection;
import java.sql.Statement;
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
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.ApprovalLimit;
import org.qiaoyun.plugins.aid.casework.CaseEvent;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The aid work list under load, on PostgreSQL: 100,000 cases in one tenant and 1,000,000 across 500
 * tenants (generated in SQL). Prints the server time of the work list's first page and of filtered
 * pages (the page and its total count, as the screen and the API ask for them), median and p95 of 30
 * runs each. Aim: at most 100 ms.
 */
public final class AidWorkListBenchmark {

    public static void main(String[] args) throws Exception {
        int tenants = Integer.parseInt(args[0]);
        int total = Integer.parseInt(args[1]);
        int inFirst = Integer.parseInt(args[2]);
        java.util.logging.LogManager.getLogManager().reset();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource pool = Database.pool(postgres.getJdbcUrl("postgres", "postgres"), null, null, 4)) {
            Migrations.run(pool, "db/aid/changelog.xml", AidModule.class.getClassLoader());
            long start = System.nanoTime();
            generate(pool, tenants, total, inFirst);
            System.out.printf(Locale.ROOT, "generated %,d cases over %d tenants (%,d in t0) in %.0f s%n", total, tenants, inFirst,
                    (System.nanoTime() - start) / 1e9);
            EntityManagerFactory unit = PersistenceUnits.build("aid", AidModule.class.getClassLoader(),
                    PersistenceUnits.rootOf(AidModule.class),
                    List.of(Beneficiary.class, Fund.class, FundEntry.class, AidCase.class, CaseEvent.class, ApprovalLimit.class), pool);
            Casework work = new Casework(new TestTenantScope(unit, "t0", "worker-7", "caseworker"));
            measure("first page (newest 50)", () -> page(work, new Casework.Search(false, null, null, null)));
            measure("filtered page (status submitted, medical aid)",
                    () -> page(work, new Casework.Search(false, CaseStatus.SUBMITTED, AidType.MEDICAL_AID, null)));
            measure("filtered page (mine)", () -> page(work, new Casework.Search(true, null, null, null)));
            measure("filtered page (status approved)", () -> page(work, new Casework.Search(false, CaseStatus.APPROVED, null, null)));
            unit.close();
        }
    }

    private static int page(Casework work, Casework.Search filter) {
        return work.list(filter, 0, 50).size() + (int) Math.min(1, work.count(filter));
    }

    private static void measure(String what, Supplier<Integer> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            query.get();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "work list, %s with its count: median %.1f ms, p95 %.1f ms%n", what,
                times.get(15) / 1e6, times.get(28) / 1e6);
    }

    /** Beneficiaries and cases straight in SQL: t0 gets {@code inFirst} cases, the other tenants share the rest. */
    private static void generate(HikariDataSource pool, int tenants, int total, int inFirst) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into aid_beneficiary (tenant_id, id, name, male, birth_date, id_cipher, id_hash, id_masked, category,"
                    + " tags, consent_date, consent_by, created_at, version)"
                    + " select 't' || (g % " + tenants + "), 'b' || g, '受助人' || g, g % 2 = 0, date '1950-01-01' + (g % 20000),"
                    + " 'cipher', md5(g::text) || md5((g+1)::text), '4407**********1234', 'RETURNEE', 'LOW_INCOME',"
                    + " date '2026-01-01', 'self', now(), 0 from generate_series(0, " + (tenants * 20 - 1) + ") g");
            String types = "(array['EMPLOYMENT_SUPPORT','LIVING_SUBSIDY','MEDICAL_AID','HOLIDAY_VISIT','EDUCATION_AID','CHARITY_PROGRAMME'])";
            String statuses = "(array['DRAFT','SUBMITTED','VERIFIED','APPROVED','DISBURSED','FOLLOW_UP','CLOSED','REJECTED'])";
            String insert = "insert into aid_case (tenant_id, id, beneficiary_id, aid_type, requested_fen, disbursed_fen, status,"
                    + " created_by, created_at, updated_at, version) select %s, 'c' || g, 'b' || ((g %% 20) * " + tenants + " + %s),"
                    + types + "[1 + g %% 6], 10000 + g %% 500000, 0, " + statuses + "[1 + (g / 7) %% 8], 'worker-' || (g %% 40),"
                    + " now() - (g || ' minutes')::interval, now(), 0 from generate_series(%d, %d) g";
            s.execute(String.format(insert, "'t0'", "0", 0, inFirst - 1));
            s.execute(String.format(insert, "'t' || (1 + g % " + (tenants - 1) + ")", "(1 + g % " + (tenants - 1) + ")",
                    inFirst, total - 1));
            s.execute("analyze");
        }
    }

    private AidWorkListBenchmark() {
    }
}
