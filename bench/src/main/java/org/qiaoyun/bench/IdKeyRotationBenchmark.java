package org.qiaoyun.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.beneficiary.IdKeyRotation;
import org.qiaoyun.testing.TestTenantScope;

/**
 * Rotating the aid module's ID key over one tenant's beneficiaries on PostgreSQL: every number decrypted
 * under the previous key, sealed and hashed under the new one, a batch per transaction. Prints the seconds
 * (no goal asserted; issue 18 asks for the figure).
 */
public final class IdKeyRotationBenchmark {

    private static final String PURPOSE = "qiaoyun/aid/resident-id-hash";

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        java.util.logging.LogManager.getLogManager().reset();
        byte[] previous = new byte[32];
        byte[] next = new byte[32];
        Arrays.fill(next, (byte) 1);
        IdVault old = new IdVault(previous, PURPOSE);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource pool = Database.pool(postgres.getJdbcUrl("postgres", "postgres"), null, null, 4)) {
            Migrations.run(pool, "db/aid/changelog.xml", AidModule.class.getClassLoader());
            fill(pool, old, rows);
            EntityManagerFactory unit = PersistenceUnits.build("aid", AidModule.class.getClassLoader(),
                    PersistenceUnits.rootOf(AidModule.class), new AidModule().persistence().entities(), pool);
            TestTenantScope admin = new TestTenantScope(unit, "t0", "director", "admin");
            IdKeyRotation rotation = new IdKeyRotation(admin, IdVault.rotating(next, previous, PURPOSE));
            long start = System.nanoTime();
            org.qiaoyun.api.personal.Resealing.Progress progress = rotation.run(batch, Integer.MAX_VALUE);
            System.out.printf(Locale.ROOT, "key rotation of %,d ID numbers (batches of %,d): %.1f s, %,d rotated, %,d remaining%n",
                    rows, batch, (System.nanoTime() - start) / 1e9, progress.rotated(), progress.remaining());
            unit.close();
        }
    }

    /** Rows as registering would leave them under the previous key, written in JDBC batches (the set-up is not timed). */
    private static void fill(HikariDataSource pool, IdVault vault, int rows) throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 25);
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into aid_beneficiary (tenant_id, id, name, male, birth_date, id_cipher, id_hash, id_masked, id_kind, id_key,"
                        + " category, consent_date, consent_by, created_at, version) values ('t0', ?, ?, true, ?, ?, ?, ?, 'RESIDENT_ID', ?,"
                        + " 'RETURNEE', date '2026-11-01', '本人', current_timestamp, 0)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                ResidentId id = ResidentIds.numbered(i, today);
                IdentityDocument document = IdentityDocument.of(id);
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, "受助人" + i);
                s.setObject(3, id.birthDate());
                s.setString(4, vault.encrypt(document));
                s.setString(5, vault.hash(document));
                s.setString(6, document.masked());
                s.setString(7, vault.keyId());
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                    c.commit();
                }
            }
            s.executeBatch();
            c.commit();
        }
    }

    private IdKeyRotationBenchmark() {
    }
}
