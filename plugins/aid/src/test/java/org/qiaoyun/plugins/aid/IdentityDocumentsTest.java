package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * People registered by passport, travel permit, residence permit or permanent residence card, on H2 (the
 * default database) and on PostgreSQL: kept encrypted, masked, found again by holder, and resident IDs
 * registered before documents existed still found by the hash they were given then.
 */
class IdentityDocumentsTest {

    private static final byte[] KEY = new byte[32];
    private static final IdVault VAULT = new IdVault(KEY, "qiaoyun/aid/resident-id-hash");
    private static HikariDataSource h2;
    private static EntityManagerFactory h2Unit;

    /** One database each: its name, its unit, its pool for raw rows. */
    record Db(String name, EntityManagerFactory unit, DataSource pool) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void databases() {
        if (h2 != null) {
            return;
        }
        h2 = Database.pool("jdbc:h2:mem:aid-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
                null, null, 4);
        AidModule module = new AidModule();
        Migrations.run(h2, module.persistence().changelog(), AidModule.class.getClassLoader());
        h2Unit = PersistenceUnits.build("aid", AidModule.class.getClassLoader(), PersistenceUnits.rootOf(AidModule.class),
                module.persistence().entities(), h2);
    }

    @AfterAll
    static void close() {
        if (h2 != null) {
            h2Unit.close();
            h2.close();
            h2 = null;
        }
    }

    static Stream<Db> databasesToUse() {
        return Stream.of(new Db("h2", h2Unit, h2), new Db("postgresql", ModuleDatabase.unit(new AidModule()), ModuleDatabase.pool()));
    }

    static TestTenantScope caseworker(Db db) {
        return new TestTenantScope(db.unit(), "docs-" + UUID.randomUUID().toString().substring(0, 8), "worker", "caseworker");
    }

    static Beneficiary.Registration person(String name, DocumentKind kind, String number, String country, LocalDate born, Boolean male) {
        return new Beneficiary.Registration(name, kind, number, country, born, male, null, null, Category.RELATIVE, Set.of(), null,
                null, null, LocalDate.of(2026, 11, 1), name);
    }

    @ParameterizedTest
    @MethodSource("databasesToUse")
    void aForeignPassportHolderIsKeptEncryptedMaskedAndRevealedToAnAdminOnly(Db db) throws Exception {
        TestTenantScope worker = caseworker(db);
        Beneficiaries people = new Beneficiaries(worker, VAULT);
        Beneficiary chan = people.register(person("陈美玲", DocumentKind.FOREIGN_PASSPORT, "A1234567", "mys", LocalDate.of(1958, 3, 2), false));
        assertThat(chan.documentKind()).isEqualTo(DocumentKind.FOREIGN_PASSPORT);
        assertThat(chan.issuingCountry()).isEqualTo("MYS");
        assertThat(chan.maskedId()).isEqualTo("A****567");
        assertThat(chan.birthDate()).isEqualTo(LocalDate.of(1958, 3, 2));
        try (Connection c = db.pool().getConnection(); PreparedStatement s = c.prepareStatement(
                "select id_cipher, id_hash, id_kind, id_country from aid_beneficiary where id = ?")) {
            s.setString(1, chan.id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).doesNotContain("1234567");
                assertThat(rs.getString(2)).hasSize(64);
                assertThat(rs.getString(3)).isEqualTo("FOREIGN_PASSPORT");
                assertThat(rs.getString(4)).isEqualTo("MYS");
            }
        }
        TestTenantScope admin = worker.as("director", "admin");
        assertThat(new Beneficiaries(admin, VAULT).revealId(chan.id())).isEqualTo("A1234567");
        assertThat(admin.hasAudited("beneficiary.reveal-id", chan.id())).isTrue();
        assertThat(catchThrowableOfType(org.qiaoyun.api.PermissionDeniedException.class, () -> people.revealId(chan.id()))).isNotNull();

        assertThat(people.register(person("Tan Ah Kow", DocumentKind.FOREIGN_PASSPORT, "A1234567", "SGP", LocalDate.of(1950, 1, 1), true)))
                .as("the same number from another state is another passport").isNotNull();
        InvalidInputException noBirth = catchThrowableOfType(InvalidInputException.class,
                () -> people.register(person("无生日", DocumentKind.CHINESE_PASSPORT, "E12345678", null, null, true)));
        assertThat(noBirth.field()).isEqualTo("birthDate");
        InvalidInputException noSex = catchThrowableOfType(InvalidInputException.class,
                () -> people.register(person("无性别", DocumentKind.CHINESE_PASSPORT, "E12345678", null, LocalDate.of(1990, 1, 1), null)));
        assertThat(noSex.field()).isEqualTo("gender");
    }

    @ParameterizedTest
    @MethodSource("databasesToUse")
    void theSameHolderUnderAnotherIssueOfATravelPermitIsRefusedNamingThePersonRegistered(Db db) {
        Beneficiaries people = new Beneficiaries(caseworker(db), VAULT);
        Beneficiary leung = people.register(person("梁家辉", DocumentKind.HK_MACAO_PERMIT, "H12345678", null, LocalDate.of(1960, 1, 1), true));
        ConflictException again = catchThrowableOfType(ConflictException.class, () -> people.register(
                person("梁家輝", DocumentKind.HK_MACAO_PERMIT, "H1234567801", null, LocalDate.of(1960, 1, 1), true)));
        assertThat(again.field()).isEqualTo("documentNumber");
        assertThat(again.getMessage()).contains("beneficiaries/" + leung.id());
        Beneficiary taiwan = people.register(person("林淑芬", DocumentKind.TAIWAN_PERMIT, "0561682001(D)", null, LocalDate.of(1970, 2, 3), false));
        assertThat(catchThrowableOfType(ConflictException.class, () -> people.register(
                person("林淑芬", DocumentKind.TAIWAN_PERMIT, "05616820", null, LocalDate.of(1970, 2, 3), false))).getMessage())
                .contains(taiwan.id());
        assertThat(people.register(person("Macao", DocumentKind.HK_MACAO_PERMIT, "M12345678", null, LocalDate.of(1960, 1, 1), true)))
                .as("Macao's M is another holder than Hong Kong's H").isNotNull();
    }

    /** A residence permit carries the birth date and the sex; a typed date that disagrees is refused, not overwritten. */
    @ParameterizedTest
    @MethodSource("databasesToUse")
    void aResidencePermitGivesTheBirthDateAndSexAndAWrongCheckCharacterIsRefusedByField(Db db) {
        Beneficiaries people = new Beneficiaries(caseworker(db), VAULT);
        String permit = ResidentIds.valid("83000019751231002");
        Beneficiary lin = people.register(person("林婆", DocumentKind.HMT_RESIDENCE_PERMIT, permit, null, null, null));
        assertThat(lin.birthDate()).isEqualTo(LocalDate.of(1975, 12, 31));
        assertThat(lin.male()).isFalse();
        String other = ResidentIds.valid("81000019800101003");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> people.register(person("x", DocumentKind.HMT_RESIDENCE_PERMIT,
                other, null, LocalDate.of(1981, 1, 1), null))).field()).isEqualTo("birthDate");
        InvalidInputException wrong = catchThrowableOfType(InvalidInputException.class, () -> people.register(person("x",
                DocumentKind.HMT_RESIDENCE_PERMIT, other.substring(0, 17) + (other.charAt(17) == '1' ? '2' : '1'), null, null, null)));
        assertThat(wrong.field()).isEqualTo("documentNumber");
        String card = ResidentIds.valid("91184019850315123");
        Beneficiary smith = people.register(person("John Smith", DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, card, null, null, true));
        assertThat(smith.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        assertThat(smith.maskedId()).isEqualTo("9118**********" + card.substring(14));
    }

    /**
     * The rows of the first edition (resident IDs, before the kind column) read as resident IDs and are
     * found by the hash they were given then: the same number registered again is refused.
     */
    @ParameterizedTest
    @MethodSource("databasesToUse")
    void aResidentIdRegisteredBeforeDocumentsIsStillFoundByItsHash(Db db) throws Exception {
        TestTenantScope worker = caseworker(db);
        String number = ResidentIds.valid("44078119520607123");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] derived = mac.doFinal("qiaoyun/aid/resident-id-hash".getBytes(StandardCharsets.UTF_8));
        mac.init(new SecretKeySpec(derived, "HmacSHA256"));
        String firstEditionHash = HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        String id = UUID.randomUUID().toString();
        try (Connection c = db.pool().getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into aid_beneficiary (tenant_id, id, name, male, birth_date, id_cipher, id_hash, id_masked, category, consent_date,"
                        + " consent_by, created_at, version) values (?, ?, '老李', true, date '1952-06-07', ?, ?, ?, 'RETURNEE',"
                        + " date '2020-01-01', '老李', current_timestamp, 0)")) {
            s.setString(1, worker.tenantCode());
            s.setString(2, id);
            s.setString(3, VAULT.encrypt(org.qiaoyun.api.personal.ResidentId.of(number, LocalDate.of(2026, 11, 25))));
            s.setString(4, firstEditionHash);
            s.setString(5, number.substring(0, 4) + "**********" + number.substring(14));
            s.executeUpdate();
        }
        Beneficiaries people = new Beneficiaries(worker, VAULT);
        assertThat(people.get(id).documentKind()).as("the column's default").isEqualTo(DocumentKind.RESIDENT_ID);
        ConflictException again = catchThrowableOfType(ConflictException.class, () -> people.register(
                new Beneficiary.Registration("老李", number, null, null, Category.RETURNEE, Set.of(), null, null, null,
                        LocalDate.of(2026, 11, 1), "老李")));
        assertThat(again.field()).isEqualTo("residentId");
        assertThat(again.getMessage()).contains(id);
    }

    /** One person under two documents shares no number; the same name and birth date are shown as a hint, not refused. */
    @ParameterizedTest
    @MethodSource("databasesToUse")
    void theSameNameAndBirthDateUnderAnotherDocumentIsAPossibleDuplicate(Db db) {
        TestTenantScope worker = caseworker(db);
        Beneficiaries people = new Beneficiaries(worker, VAULT);
        Beneficiary byPermit = people.register(person("何丽华", DocumentKind.HMT_RESIDENCE_PERMIT, ResidentIds.valid("81000019660708002"),
                null, null, null));
        Beneficiary byTravelPermit = people.register(person("何丽华", DocumentKind.HK_MACAO_PERMIT, "H87654321", null,
                LocalDate.of(1966, 7, 8), false));
        Beneficiary namesakeBornElsewhen = people.register(person("何丽华", DocumentKind.HK_MACAO_PERMIT, "H11112222", null,
                LocalDate.of(1967, 7, 8), false));
        assertThat(people.possibleDuplicates(byTravelPermit.id())).extracting(Beneficiary::id).containsExactly(byPermit.id());
        assertThat(people.possibleDuplicates(namesakeBornElsewhen.id())).isEmpty();
        assertThat(worker.hasAudited("beneficiary.list", "beneficiaries")).as("names read are audited").isTrue();
    }

    /**
     * During a key rotation (the new key beside the previous one) people registered under the previous key
     * are still read and found: the same document is refused as before, and new people are sealed anew.
     */
    @ParameterizedTest
    @MethodSource("databasesToUse")
    void duringAKeyRotationPeopleSealedUnderThePreviousKeyAreStillReadAndFound(Db db) {
        TestTenantScope worker = caseworker(db);
        byte[] next = new byte[32];
        next[31] = 9;
        IdVault during = IdVault.rotating(next, KEY, "qiaoyun/aid/resident-id-hash");
        Beneficiary before = new Beneficiaries(worker, VAULT).register(person("黄敏", DocumentKind.CHINESE_PASSPORT, "E99887766", null,
                LocalDate.of(1980, 5, 6), false));
        Beneficiaries people = new Beneficiaries(worker, during);
        ConflictException again = catchThrowableOfType(ConflictException.class, () -> people.register(
                person("黄敏", DocumentKind.CHINESE_PASSPORT, "E99887766", null, LocalDate.of(1980, 5, 6), false)));
        assertThat(again.getMessage()).as("found by the hash under the previous key").contains(before.id());
        TestTenantScope admin = worker.as("director", "admin");
        assertThat(new Beneficiaries(admin, during).revealId(before.id())).isEqualTo("E99887766");
        Beneficiary after = people.register(person("黄华", DocumentKind.CHINESE_PASSPORT, "E11223344", null, LocalDate.of(1982, 5, 6), true));
        assertThat(new Beneficiaries(admin, during).revealId(after.id())).isEqualTo("E11223344");
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> new Beneficiaries(admin, VAULT).revealId(after.id())))
                .as("the previous key alone does not read what the new one sealed").isNotNull();
    }
}
