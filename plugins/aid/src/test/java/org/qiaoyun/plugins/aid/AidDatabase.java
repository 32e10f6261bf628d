package org.qiaoyun.plugins.aid;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.ApprovalLimit;
import org.qiaoyun.plugins.aid.casework.CaseEvent;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;

/**
 * A real PostgreSQL for the module's tests, shared by all of them: the module's changelog applied and
 * its persistence unit built as the kernel builds it. Tests keep apart by using their own tenants.
 */
final class AidDatabase {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;
    private static EntityManagerFactory unit;

    private AidDatabase() {
    }

    static synchronized EntityManagerFactory unit() {
        if (unit == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            pool = Database.pool(postgres.getJdbcUrl("postgres", "postgres"), null, null, 12);
            Migrations.run(pool, "db/aid/changelog.xml", AidModule.class.getClassLoader());
            unit = PersistenceUnits.build("aid", AidModule.class.getClassLoader(), PersistenceUnits.rootOf(AidModule.class),
                    List.of(Beneficiary.class, Fund.class, FundEntry.class, AidCase.class, CaseEvent.class, ApprovalLimit.class), pool);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                unit.close();
                pool.close();
                try {
                    postgres.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return unit;
    }

    static HikariDataSource pool() {
        unit();
        return pool;
    }

    /** A valid resident ID number: the first seventeen characters and the check character they call for. */
    static String residentId(String seventeen) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }
}
