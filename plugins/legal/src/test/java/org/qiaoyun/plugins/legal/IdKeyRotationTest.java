package org.qiaoyun.plugins.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.IdKeyRotation;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The legal module's key rotation, on PostgreSQL and on H2: the number of the person asking is read under either
 * key while it runs and the conflict check still finds a person whose earlier matter is sealed under the previous
 * key; a matter no key opens stops it before anything is written; an interrupted rotation resumes where it stood;
 * two rotations at once take turns; afterwards the new key alone reads every number and finds every person.
 */
class IdKeyRotationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static HikariDataSource h2Pool;
    private static EntityManagerFactory h2;

    record Db(String name, EntityManagerFactory unit, javax.sql.DataSource pool) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void databases() {
        h2Pool = Database.pool("jdbc:h2:mem:legal-rotation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
                null, null, 4);
        LegalModule module = new LegalModule();
        Migrations.run(h2Pool, module.persistence().changelog(), LegalModule.class.getClassLoader());
        h2 = PersistenceUnits.build("legal-rotation", LegalModule.class.getClassLoader(), PersistenceUnits.rootOf(LegalModule.class),
                module.persistence().entities(), h2Pool);
    }

    @AfterAll
    static void close() {
        h2.close();
        h2Pool.close();
    }

    static Stream<Db> databasesToUse() {
        return Stream.of(new Db("PostgreSQL", ModuleDatabase.unit(new LegalModule()), ModuleDatabase.pool()), new Db("H2", h2, h2Pool));
    }

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    /** A valid resident ID number of somebody born in 台山 in 1950, the i-th of that day. */
    static String residentId(int i) {
        String first17 = "440781" + "19500115" + String.format("%03d", i);
        return first17 + ResidentId.checkCharacter(first17);
    }

    static Consultations desk(TestFederation f, IdVault vault) {
        return new Consultations(f.as("head", "caseworker"), vault);
    }

    static Consultation takeIn(TestFederation f, IdVault vault, int i) {
        return desk(f, vault).takeIn(f.intake("求助人" + i, null, residentId(i)));
    }

    @ParameterizedTest
    @MethodSource("databasesToUse")
    void aRotationStopsAtANumberNoKeyOpensResumesWhereItStoodAndLeavesTheNewKeyAlone(Db db) throws Exception {
        IdVault old = new IdVault(key(1), LegalModule.ID_PURPOSE);
        IdVault during = IdVault.rotating(key(2), key(1), LegalModule.ID_PURPOSE);
        IdVault after = new IdVault(key(2), LegalModule.ID_PURPOSE);
        TestFederation f = TestFederation.open(db.unit(), NOW);
        List<Consultation> matters = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            matters.add(takeIn(f, old, i));
        }
        desk(f, old).takeIn(f.intake("无证件的人", "13800000000", null)); // nothing to rotate
        IdKeyRotation rotation = new IdKeyRotation(f.admin(), during);
        assertThat(rotation.remaining()).isEqualTo(25);

        // a number sealed under a key that is neither: refused, naming the matter, nothing written
        String stranger = matters.get(24).id();
        try (Connection c = db.pool().getConnection(); PreparedStatement s = c.prepareStatement(
                "update legal_consultation set id_cipher = ? where id = ?")) {
            s.setString(1, new IdVault(key(3), LegalModule.ID_PURPOSE).encrypt(ResidentId.of(residentId(24), java.time.LocalDate.of(2026, 11, 24))));
            s.setString(2, stranger);
            s.executeUpdate();
        }
        ConflictException refused = catchThrowableOfType(ConflictException.class, () -> rotation.run(30, 1));
        assertThat(refused.getMessage()).contains(stranger, "QIAOYUN_LEGAL_ID_KEY_PREVIOUS");
        assertThat(rotation.remaining()).as("nothing half-rotated").isEqualTo(25);
        try (Connection c = db.pool().getConnection(); PreparedStatement s = c.prepareStatement(
                "update legal_consultation set id_cipher = ? where id = ?")) {
            s.setString(1, old.encrypt(ResidentId.of(residentId(24), java.time.LocalDate.of(2026, 11, 24))));
            s.setString(2, stranger);
            s.executeUpdate();
        }

        // interrupted after one batch: both keys read, and the check finds people under either key's hash
        assertThat(rotation.run(10, 1)).isEqualTo(new org.qiaoyun.api.personal.Resealing.Progress(10, 15));
        assertThat(f.admin().hasAudited("consultation.rotate-id-key", "consultations")).isTrue();
        Consultations head = desk(f, during);
        for (int i = 0; i < matters.size(); i++) {
            assertThat(head.revealDocument(matters.get(i).id()).number()).as("matter %d", i).isEqualTo(residentId(i));
        }
        Consultation again = head.takeIn(f.intake("求助人二十", null, residentId(20))); // sealed under the new key
        assertThat(head.conflicts(again.id()).shown()).extracting(Consultations.ConflictingMatter::id)
                .as("the earlier matter, its hash still under the previous key").contains(matters.get(20).id());
        assertThat(head.preview(f.intake("求助人三", null, residentId(3))).count()).as("a rotated matter").isEqualTo(1);
        assertThat(head.preview(f.intake("求助人廿一", null, residentId(21))).count()).as("a matter not rotated yet").isEqualTo(1);

        // resumed to the end; then the new key alone reads and finds everyone
        assertThat(rotation.run(10, 100)).isEqualTo(new org.qiaoyun.api.personal.Resealing.Progress(15, 0));
        Consultations afterwards = desk(f, after);
        for (int i = 0; i < matters.size(); i++) {
            assertThat(afterwards.revealDocument(matters.get(i).id()).number()).isEqualTo(residentId(i));
        }
        assertThat(afterwards.preview(f.intake("求助人廿一", null, residentId(21))).count()).isEqualTo(1);
        assertThat(afterwards.conflicts(again.id()).shown()).extracting(Consultations.ConflictingMatter::id)
                .contains(matters.get(20).id());
    }

    @ParameterizedTest
    @MethodSource("databasesToUse")
    void twoRotationsOfOneFederationAtOnceTakeTurnsAndEveryNumberIsSealedOnce(Db db) throws Exception {
        IdVault old = new IdVault(key(4), LegalModule.ID_PURPOSE);
        IdVault during = IdVault.rotating(key(5), key(4), LegalModule.ID_PURPOSE);
        TestFederation f = TestFederation.open(db.unit(), NOW);
        for (int i = 0; i < 40; i++) {
            takeIn(f, old, i);
        }
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<org.qiaoyun.api.personal.Resealing.Progress>> runs = List.of(
                    two.submit(() -> new IdKeyRotation(f.admin(), during).run(5, 100)),
                    two.submit(() -> new IdKeyRotation(f.as("daily", "admin"), during).run(5, 100)));
            int rotated = 0;
            for (Future<org.qiaoyun.api.personal.Resealing.Progress> run : runs) {
                rotated += run.get().rotated();
            }
            assertThat(rotated).as("each number sealed once").isEqualTo(40);
        } finally {
            two.shutdown();
        }
        assertThat(new IdKeyRotation(f.admin(), during).remaining()).isZero();
        Consultations head = desk(f, new IdVault(key(5), LegalModule.ID_PURPOSE));
        assertThat(head.preview(f.intake("求助人七", null, residentId(7))).count()).isEqualTo(1);
    }

    @Test
    void onlyTheFederationsAdminsRotateAndTheDailyWorkFinishesARotationByItself() {
        IdVault old = new IdVault(key(6), LegalModule.ID_PURPOSE);
        IdVault during = IdVault.rotating(key(7), key(6), LegalModule.ID_PURPOSE);
        TestFederation f = TestFederation.open(NOW);
        for (int i = 0; i < 3; i++) {
            takeIn(f, old, i);
        }
        assertThatThrownBy(() -> new IdKeyRotation(f.as("head", "caseworker"), during).run(10, 1))
                .isInstanceOf(PermissionDeniedException.class);
        TestTenantScope platform = f.as("system", "admin");
        new LegalDailyWork(() -> old).run(platform);
        assertThat(new IdKeyRotation(f.admin(), during).remaining()).as("no rotation under way").isEqualTo(3);
        new LegalDailyWork(() -> during).run(platform);
        assertThat(new IdKeyRotation(f.admin(), during).remaining()).isZero();
        assertThat(platform.audited()).anyMatch(line -> line.startsWith("consultation.rotate-id-key"));
    }
}
