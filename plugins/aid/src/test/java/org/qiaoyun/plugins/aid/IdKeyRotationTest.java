package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.plugins.aid.IdentityDocumentsTest.Db;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.IdKeyRotation;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A key rotation on H2 and PostgreSQL: a row no key opens stops it before anything is written, an
 * interrupted rotation resumes where it stood, both keys are accepted while it runs, and afterwards the
 * new key alone reads and finds everyone.
 */
class IdKeyRotationTest {

    private static final String PURPOSE = "qiaoyun/aid/resident-id-hash";

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    static java.util.stream.Stream<Db> databasesToUse() {
        return IdentityDocumentsTest.databasesToUse();
    }

    @org.junit.jupiter.api.BeforeAll
    static void databases() {
        IdentityDocumentsTest.databases();
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        IdentityDocumentsTest.close();
    }

    static Beneficiary.Registration passport(int i) {
        return new Beneficiary.Registration("受助人" + i, DocumentKind.CHINESE_PASSPORT, String.format("E%08d", 10_000_000 + i), null,
                LocalDate.of(1950, 1, 1).plusDays(i), i % 2 == 0, null, null, Category.RETURNEE, Set.of(), null, null, null,
                LocalDate.of(2026, 11, 1), "本人");
    }

    /** After the rolling restart with both keys, the platform's daily work seals every number again; with one key it does nothing. */
    @ParameterizedTest
    @MethodSource("databasesToUse")
    void theDailyWorkFinishesARotationByItself(Db db) {
        IdVault old = new IdVault(key(1), PURPOSE);
        IdVault during = IdVault.rotating(key(2), key(1), PURPOSE);
        TestTenantScope worker = IdentityDocumentsTest.caseworker(db);
        TestTenantScope admin = worker.as("director", "admin");
        for (int i = 100; i < 103; i++) {
            new Beneficiaries(worker, old).register(passport(i));
        }
        TestTenantScope platform = worker.as("system", "admin");
        new AidDailyWork(() -> old).run(platform);
        assertThat(new IdKeyRotation(admin, during).remaining()).as("no rotation under way").isEqualTo(3);
        new AidDailyWork(() -> during).run(platform);
        assertThat(new IdKeyRotation(admin, during).remaining()).isZero();
        assertThat(platform.audited()).anyMatch(line -> line.startsWith("beneficiary.rotate-id-key"));
    }

    @ParameterizedTest
    @MethodSource("databasesToUse")
    void aRotationStopsAtARowNoKeyOpensResumesWhereItStoodAndLeavesTheNewKeyAlone(Db db) throws Exception {
        IdVault old = new IdVault(key(1), PURPOSE);
        IdVault during = IdVault.rotating(key(2), key(1), PURPOSE);
        IdVault after = new IdVault(key(2), PURPOSE);
        TestTenantScope worker = IdentityDocumentsTest.caseworker(db);
        TestTenantScope admin = worker.as("director", "admin");
        List<Beneficiary> people = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            people.add(new Beneficiaries(worker, old).register(passport(i)));
        }

        // a row sealed under a key that is neither: the rotation refuses, naming it, and writes nothing
        String stranger = "00000000-0000-0000-0000-000000000000";
        IdentityDocument unknown = IdentityDocument.of(DocumentKind.CHINESE_PASSPORT, "G12345678", null, LocalDate.of(2026, 11, 25));
        try (Connection c = db.pool().getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into aid_beneficiary (tenant_id, id, name, male, birth_date, id_cipher, id_hash, id_masked, id_kind, category,"
                        + " consent_date, consent_by, created_at, version) values (?, ?, '陌生', true, date '1950-01-01', ?, ?, 'G*****678',"
                        + " 'CHINESE_PASSPORT', 'RETURNEE', date '2026-11-01', '本人', current_timestamp, 0)")) {
            s.setString(1, worker.tenantCode());
            s.setString(2, stranger);
            s.setString(3, new IdVault(key(3), PURPOSE).encrypt(unknown));
            s.setString(4, new IdVault(key(3), PURPOSE).hash(unknown));
            s.executeUpdate();
        }
        IdKeyRotation rotation = new IdKeyRotation(admin, during);
        ConflictException refused = catchThrowableOfType(ConflictException.class, () -> rotation.run(10, 5));
        assertThat(refused.getMessage()).contains(stranger, "QIAOYUN_AID_ID_KEY_PREVIOUS");
        assertThat(rotation.remaining()).as("nothing half-rotated").isEqualTo(26);
        try (Connection c = db.pool().getConnection(); PreparedStatement s = c.prepareStatement("delete from aid_beneficiary where id = ?")) {
            s.setString(1, stranger);
            s.executeUpdate();
        }

        // interrupted after one batch
        assertThat(rotation.run(10, 1)).isEqualTo(new org.qiaoyun.api.personal.Resealing.Progress(10, 15));
        assertThat(admin.hasAudited("beneficiary.rotate-id-key", "beneficiaries")).isTrue();
        Beneficiaries meanwhile = new Beneficiaries(admin, during);
        for (int i = 0; i < people.size(); i++) {
            assertThat(meanwhile.revealId(people.get(i).id())).as("both keys read meanwhile").isEqualTo(String.format("E%08d", 10_000_000 + i));
        }
        for (int i : new int[] {0, 24}) {
            assertThat(catchThrowableOfType(ConflictException.class, () -> new Beneficiaries(worker, during).register(passport(i))))
                    .as("rotated or not, the same passport is found").isNotNull();
        }

        // resumed: the rest, then nothing left
        assertThat(rotation.run(10, 100)).isEqualTo(new org.qiaoyun.api.personal.Resealing.Progress(15, 0));
        assertThat(rotation.run(10, 100)).isEqualTo(new org.qiaoyun.api.personal.Resealing.Progress(0, 0));
        Beneficiaries newKeyOnly = new Beneficiaries(admin, after);
        for (int i = 0; i < people.size(); i++) {
            assertThat(newKeyOnly.revealId(people.get(i).id())).isEqualTo(String.format("E%08d", 10_000_000 + i));
        }
        assertThat(catchThrowableOfType(ConflictException.class, () -> new Beneficiaries(worker, after).register(passport(7))))
                .as("re-hashed: the new key alone finds them").isNotNull();
        assertThat(catchThrowableOfType(PermissionDeniedException.class, () -> new IdKeyRotation(worker, during).run(10, 1)))
                .as("the federation's admins only").isNotNull();
    }
    /** An admin's rotation beside the daily work's: they take turns, and every number is sealed once. */
    @ParameterizedTest
    @MethodSource("databasesToUse")
    void twoRotationsOfOneFederationAtOnceSealEveryNumberOnce(Db db) throws Exception {
        IdVault old = new IdVault(key(8), PURPOSE);
        IdVault during = IdVault.rotating(key(9), key(8), PURPOSE);
        TestTenantScope worker = IdentityDocumentsTest.caseworker(db);
        for (int i = 200; i < 240; i++) {
            new Beneficiaries(worker, old).register(passport(i));
        }
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(() -> new IdKeyRotation(worker.as("director", "admin"), during).run(5, 100));
            var second = two.submit(() -> new IdKeyRotation(worker.as("system", "admin"), during).run(5, 100));
            assertThat(first.get().rotated() + second.get().rotated()).as("each number sealed once").isEqualTo(40);
        } finally {
            two.shutdown();
        }
        assertThat(new IdKeyRotation(worker.as("director", "admin"), during).remaining()).isZero();
    }
}
