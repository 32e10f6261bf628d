package org.qiaoyun.plugins.aid.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.ResidentIds;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.IdKeyRotation;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A person asks their federation what the aid module keeps about them and to have it erased: found by their document
 * number (under either key while a rotation runs), their phone or their guardian's, in their federation only; erased
 * in place once no case of theirs is in hand, their cases keeping every amount and date and losing names and notes.
 */
class AidPersonalDataTest {

    private static final ClassLoader LOADER = AidPersonalDataTest.class.getClassLoader();
    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    private static final byte[] OLD_KEY = new byte[32];
    private static final byte[] NEW_KEY = "a new key of thirty-two bytes!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String PURPOSE = "qiaoyun/aid/resident-id-hash";
    private static final IdVault VAULT = new IdVault(OLD_KEY, PURPOSE);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EntityManagerFactory unit;
    private static HikariDataSource pool;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
        pool = ModuleDatabase.pool();
    }

    private static String residentId() {
        return ResidentIds.valid(String.format("440781195202%02d%03d", 1 + SEQUENCE.get() % 28, SEQUENCE.incrementAndGet() % 1000));
    }

    private static Beneficiary.Registration person(String name, String id, String phone) {
        return new Beneficiary.Registration(name, id, phone, "台山市台城镇环北路 8 号", Category.RETURNEE,
                Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), "独居，儿子在美国", null, null, LocalDate.of(2026, 11, 1), name);
    }

    private static String text(Text text) {
        return text.in(Text.CHINESE, LOADER);
    }

    @Test
    void aPersonIsFoundByDocumentNumberOrPhoneInTheirFederationOnly() {
        TestTenantScope worker = new TestTenantScope(unit, "pd-aid-find", DECEMBER, "worker", "caseworker");
        String id = residentId();
        Beneficiary huang = new Beneficiaries(worker, VAULT).register(person("黄伯", id, "139 0224 0101"));
        new Casework(worker).draft(huang.id(), AidType.LIVING_SUBSIDY, new Money(300_00), "独居，腿脚不便");
        String child = ResidentIds.valid("44078120180301" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000));
        Beneficiary xiaohong = new Beneficiaries(worker, VAULT).register(new Beneficiary.Registration("小红", child, null, null,
                Category.RELATIVE, Set.of(VulnerabilityTag.LEFT_BEHIND_CHILD), null, "李婆婆", "13902240102", LocalDate.of(2026, 11, 1), "李婆婆"));
        TestTenantScope admin = worker.as("director", "admin");
        AidPersonalData data = new AidPersonalData(() -> VAULT);

        List<PersonalData.Kept> byNumber = data.find(admin, new PersonalData.Person(id.toLowerCase(), null, null));
        assertThat(byNumber).extracting(PersonalData.Kept::recordId).first().isEqualTo("beneficiary:" + huang.id());
        assertThat(byNumber).extracting(kept -> text(kept.kind())).containsExactly("帮扶对象", "帮扶个案");
        assertThat(byNumber.get(0).fields()).extracting(f -> text(f.label()))
                .contains("姓名", "证件类型", "证件号码（隐去部分）", "联系电话", "住址", "类别", "家庭成员情况");
        assertThat(byNumber.get(0).fields()).extracting(PersonalData.Field::value)
                .contains("黄伯", huang.maskedId(), "139 0224 0101").doesNotContain(id);
        assertThat(byNumber.get(1).fields()).extracting(PersonalData.Field::value).contains("¥300.00", "独居，腿脚不便");
        assertThat(byNumber.get(1).fields()).filteredOn(f -> f.coded() != null).extracting(f -> text(f.coded()))
                .containsExactly("生活补助", "草稿");

        assertThat(data.find(admin, new PersonalData.Person(null, "+86 139-0224-0101", null))).extracting(PersonalData.Kept::recordId)
                .first().isEqualTo("beneficiary:" + huang.id());
        assertThat(data.find(admin, new PersonalData.Person(null, "13902240102", null))).extracting(PersonalData.Kept::recordId)
                .as("a child is found by the guardian's phone").containsExactly("beneficiary:" + xiaohong.id());
        assertThat(data.find(admin, new PersonalData.Person(null, null, "huang@example.org"))).as("no email kept here").isEmpty();

        IdVault rotating = IdVault.rotating(NEW_KEY, OLD_KEY, PURPOSE);
        assertThat(new AidPersonalData(() -> rotating).find(admin, new PersonalData.Person(id, null, null)))
                .as("a row not yet re-sealed is found under the previous key").isNotEmpty();
        new IdKeyRotation(admin, rotating).run(100, 10);
        assertThat(new AidPersonalData(() -> rotating).find(admin, new PersonalData.Person(id, null, null)))
                .as("and once re-sealed, under the new one").isNotEmpty();

        TestTenantScope elsewhere = new TestTenantScope(unit, "pd-aid-other", DECEMBER, "director", "admin");
        assertThat(data.find(elsewhere, new PersonalData.Person(id, "13902240101", null))).as("another federation's person").isEmpty();
        assertThatThrownBy(() -> data.find(worker, new PersonalData.Person(id, null, null))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> data.erase(worker, "beneficiary:" + huang.id())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void erasureWaitsForTheCasesInHandThenKeepsAmountsAndDatesAndForgetsTheDetails() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "pd-aid-erase", DECEMBER, "worker", "caseworker");
        TestTenantScope admin = worker.as("director", "admin");
        String id = residentId();
        Beneficiary chen = new Beneficiaries(worker, VAULT).register(person("陈婆婆", id, "13902240201"));
        Beneficiary neighbour = new Beneficiaries(worker, VAULT).register(person("邻居", residentId(), "13902240299"));
        Fund fund = new Funds(admin).open("侨爱心基金", FundSource.OVERSEAS_DONATION, "旅美台山同乡会");
        new Funds(admin).receive(fund.id(), new Money(1_000_00), "捐赠");
        Casework work = new Casework(worker);
        AidCase paid = work.draft(chen.id(), AidType.MEDICAL_AID, new Money(500_00), "陈婆婆住院，需自付医药费");
        work.submit(paid.id(), null, null);
        work.verify(paid.id(), null, LocalDate.of(2026, 11, 20), "社工李明", "陈婆婆独居，住院单据属实");
        new Casework(admin).approve(paid.id(), null, new Money(500_00), null);
        work.disburse(paid.id(), null, fund.id(), new Money(500_00), "陈婆婆医药费");
        AidCase pending = work.draft(chen.id(), AidType.HOLIDAY_VISIT, new Money(200_00), "春节慰问");
        AidPersonalData data = new AidPersonalData(() -> VAULT);

        assertThatThrownBy(() -> data.erase(admin, "beneficiary:" + chen.id())).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(text(((ConflictException) e).text())).contains("2 件帮扶个案在办理中"))
                .hasMessageContaining("in progress");
        assertThatThrownBy(() -> data.erase(admin, "case:" + paid.id())).as("a paid case is still followed up")
                .isInstanceOf(ConflictException.class);
        work.withdraw(pending.id(), null, "本人不再申请");
        work.followUp(paid.id(), null, "已出院，恢复良好");
        new Casework(admin).close(paid.id(), null, "结案");

        data.erase(admin, "beneficiary:" + chen.id());

        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select name, id_cipher, id_hash, id_masked, phone, address, household, consent_by,"
                    + " birth_date, category from aid_beneficiary where id = '" + chen.id() + "'")) {
                rs.next();
                assertThat(rs.getString("name")).isEqualTo(Beneficiary.ERASED).isEqualTo(rs.getString("consent_by"));
                assertThat(rs.getString("id_cipher")).isNull();
                assertThat(rs.getString("id_hash")).isNull();
                assertThat(rs.getString("id_masked")).isNull();
                assertThat(rs.getString("phone")).isNull();
                assertThat(rs.getString("address")).isNull();
                assertThat(rs.getString("household")).isNull();
                assertThat(rs.getDate("birth_date").toLocalDate()).as("the birth year stays, for the figures by age").isEqualTo("1952-01-01");
                assertThat(rs.getString("category")).isEqualTo("RETURNEE");
            }
            try (ResultSet rs = s.executeQuery("select summary, visitor, findings, requested_fen, approved_fen, disbursed_fen, status, visit_date"
                    + " from aid_case where id = '" + paid.id() + "'")) {
                rs.next();
                assertThat(rs.getString("summary")).isNull();
                assertThat(rs.getString("visitor")).isNull();
                assertThat(rs.getString("findings")).isNull();
                assertThat(rs.getLong("requested_fen")).isEqualTo(500_00);
                assertThat(rs.getLong("approved_fen")).isEqualTo(500_00);
                assertThat(rs.getLong("disbursed_fen")).isEqualTo(500_00);
                assertThat(rs.getString("status")).isEqualTo("CLOSED");
                assertThat(rs.getDate("visit_date").toLocalDate()).isEqualTo("2026-11-20");
            }
            try (ResultSet rs = s.executeQuery("select count(*), count(comment) from aid_case_event where case_id = '" + paid.id() + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every step stays on the timeline").isGreaterThanOrEqualTo(5);
                assertThat(rs.getInt(2)).as("without its notes").isZero();
            }
            try (ResultSet rs = s.executeQuery("select amount_fen, note from aid_fund_entry where case_id = '" + paid.id() + "'")) {
                rs.next();
                assertThat(rs.getLong("amount_fen")).isEqualTo(500_00);
                assertThat(rs.getString("note")).isNull();
            }
        }
        assertThat(new Funds(admin).get(fund.id()).balance()).as("the fund's balance untouched").isEqualTo(new Money(500_00));
        assertThat(data.find(admin, new PersonalData.Person(id, "13902240201", null))).as("nothing left to find").isEmpty();
        assertThat(data.find(admin, new PersonalData.Person(null, "13902240299", null))).as("the others untouched").hasSize(1);
        assertThat(new Beneficiaries(admin, VAULT).get(neighbour.id()).name()).isEqualTo("邻居");
        assertThatThrownBy(() -> data.erase(admin, "beneficiary:" + chen.id())).as("erased once").isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> new Beneficiaries(admin, VAULT).revealId(chen.id())).isInstanceOf(UnknownObjectException.class);
        assertThat(new IdKeyRotation(admin, IdVault.rotating(NEW_KEY, OLD_KEY, PURPOSE)).remaining())
                .as("an erased person has no number for a rotation to seal").isEqualTo(1);

        assertThat(admin.hasAudited("rights.erase", "beneficiary:" + chen.id())).isTrue();
        assertThat(String.join("\n", admin.audited())).doesNotContain("陈婆婆", "13902240201", id, "住院");
    }

    @Test
    void oneClosedCaseLosesItsNotesAloneAndTheRecordOfAnotherFederationIsNotErased() {
        TestTenantScope worker = new TestTenantScope(unit, "pd-aid-case", DECEMBER, "worker", "caseworker");
        TestTenantScope admin = worker.as("director", "admin");
        Beneficiary wu = new Beneficiaries(worker, VAULT).register(person("伍叔", residentId(), "13902240301"));
        AidCase refused = new Casework(worker).draft(wu.id(), AidType.EMPLOYMENT_SUPPORT, new Money(800_00), "伍叔想开小店");
        new Casework(worker).submit(refused.id(), null, null);
        new Casework(admin).reject(refused.id(), null, "不符合条件");
        AidPersonalData data = new AidPersonalData(() -> VAULT);

        TestTenantScope elsewhere = new TestTenantScope(unit, "pd-aid-case-other", DECEMBER, "director", "admin");
        assertThatThrownBy(() -> data.erase(elsewhere, "case:" + refused.id())).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> data.erase(elsewhere, "beneficiary:" + wu.id())).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> data.erase(admin, "fund:x")).isInstanceOf(UnknownObjectException.class);

        data.erase(admin, "case:" + refused.id());
        AidCase after = new Casework(admin).get(refused.id());
        assertThat(after.summary()).isNull();
        assertThat(after.requested()).isEqualTo(new Money(800_00));
        assertThat(new Beneficiaries(admin, VAULT).get(wu.id()).name()).as("the person stays until they are erased").isEqualTo("伍叔");
        assertThat(admin.hasAudited("rights.erase", "case:" + refused.id())).isTrue();
    }

    @Test
    void aPersonsNameAndPhoneAreCorrectedOnTheVersionReadUnderTheRecordsRulesAndAuditedWithoutThem() {
        TestTenantScope worker = new TestTenantScope(unit, "pd-aid-correct", DECEMBER, "worker", "caseworker");
        TestTenantScope admin = worker.as("director", "admin");
        String id = residentId();
        Beneficiary li = new Beneficiaries(worker, VAULT).register(person("李伯", id, "13902240401"));
        AidPersonalData data = new AidPersonalData(() -> VAULT);
        PersonalData.Kept kept = data.find(admin, new PersonalData.Person(id, null, null)).get(0);
        assertThat(kept.correctable()).extracting(PersonalData.Correctable::name)
                .containsExactly("name", "phone", "address", "household", "guardianName", "guardianPhone");
        assertThat(kept.correctable()).extracting(PersonalData.Correctable::value).contains("李伯", "13902240401");
        assertThat(kept.version()).isEqualTo(li.version());

        data.correct(admin, new PersonalData.Correction(kept.recordId(), kept.version(), java.util.Map.of("name", "李伯伦", "phone", "139 0224 0402")));

        Beneficiary after = new Beneficiaries(admin, VAULT).get(li.id());
        assertThat(after.name()).isEqualTo("李伯伦");
        assertThat(after.phone()).isEqualTo("139 0224 0402");
        assertThat(after.address()).as("what was not named stays").isEqualTo("台山市台城镇环北路 8 号");
        assertThat(data.find(admin, new PersonalData.Person(null, "13902240402", null))).as("found by the corrected phone").hasSize(1);
        assertThatThrownBy(() -> data.correct(admin, new PersonalData.Correction(kept.recordId(), kept.version(), java.util.Map.of("address", "新址"))))
                .as("a version read before the change").isInstanceOf(org.qiaoyun.api.StaleVersionException.class);
        long now = after.version();
        assertThatThrownBy(() -> data.correct(admin, new PersonalData.Correction(kept.recordId(), now, java.util.Map.of("name", " "))))
                .isInstanceOf(org.qiaoyun.api.InvalidInputException.class).extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field())
                .isEqualTo("name");
        assertThatThrownBy(() -> data.correct(admin, new PersonalData.Correction(kept.recordId(), now, java.util.Map.of("phone", "call me"))))
                .isInstanceOf(org.qiaoyun.api.InvalidInputException.class).extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field())
                .isEqualTo("phone");
        assertThatThrownBy(() -> data.correct(worker, new PersonalData.Correction(kept.recordId(), now, java.util.Map.of("name", "某"))))
                .isInstanceOf(PermissionDeniedException.class);
        TestTenantScope elsewhere = new TestTenantScope(unit, "pd-aid-correct-other", DECEMBER, "director", "admin");
        assertThatThrownBy(() -> data.correct(elsewhere, new PersonalData.Correction(kept.recordId(), now, java.util.Map.of("name", "某"))))
                .isInstanceOf(UnknownObjectException.class);
        assertThat(new Beneficiaries(admin, VAULT).get(li.id()).name()).as("nothing refused was written").isEqualTo("李伯伦");
        assertThat(admin.hasAudited("rights.correct", kept.recordId())).isTrue();
        assertThat(String.join("\n", admin.audited())).doesNotContain("李伯伦", "13902240402", "139 0224 0402");
    }

    @Test
    void theDailyErasureTakesPeopleWhoseKeepingPeriodEndedAndNeverOneWithACaseInHand() {
        TestTenantScope worker = new TestTenantScope(unit, "pd-aid-keeping", DECEMBER, "worker", "caseworker");
        String quietId = residentId();
        Beneficiary quiet = new Beneficiaries(worker, VAULT).register(person("梅姨", quietId, "13902240601"));
        Beneficiary helped = new Beneficiaries(worker, VAULT).register(person("谭伯", residentId(), "13902240602"));
        new Casework(worker).draft(helped.id(), AidType.LIVING_SUBSIDY, new Money(300_00), "谭伯独居");
        AidKeeping keeping = new AidKeeping();
        assertThat(keeping.kinds()).singleElement().satisfies(kind -> assertThat(kind.defaultMonths()).isEqualTo(60));

        TestTenantScope fourYearsOn = worker.at(Clock.fixed(Instant.parse("2030-12-01T02:00:00Z"), ZoneOffset.UTC));
        assertThat(keeping.eraseEnded(fourYearsOn, "beneficiary", 60)).as("within five years").isZero();
        TestTenantScope sixYearsOn = worker.at(Clock.fixed(Instant.parse("2032-12-01T02:00:00Z"), ZoneOffset.UTC));
        assertThat(keeping.eraseEnded(sixYearsOn, "beneficiary", 120)).as("a federation that keeps ten years").isZero();

        assertThat(keeping.eraseEnded(sixYearsOn, "beneficiary", 60)).as("the one with no case in hand").isEqualTo(1);
        assertThat(keeping.eraseEnded(sixYearsOn, "beneficiary", 60)).as("run again, nothing more").isZero();

        TestTenantScope admin = sixYearsOn.as("director", "admin");
        assertThat(new Beneficiaries(admin, VAULT).get(quiet.id()).name()).isEqualTo(Beneficiary.ERASED);
        assertThat(new Beneficiaries(admin, VAULT).get(helped.id()).name()).as("a case still in hand").isEqualTo("谭伯");
        assertThat(new AidPersonalData(() -> VAULT).find(admin, new PersonalData.Person(quietId, null, null))).isEmpty();
        assertThat(sixYearsOn.audited()).anyMatch(line -> line.startsWith("rights.retention beneficiary"))
                .noneMatch(line -> line.contains("梅姨") || line.contains("13902240601"));
    }

    @Test
    void theKeyIsTriedOnTheNewestNumbersAtStartAndAnotherKeyDoesNotOpenThem() {
        TestTenantScope worker = new TestTenantScope(unit, "pd-aid-key", DECEMBER, "worker", "caseworker");
        new Beneficiaries(worker, VAULT).register(person("关伯", residentId(), "13902240701"));
        IdVault other = new IdVault(NEW_KEY, PURPOSE);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_AID_ID_KEY", () -> VAULT, AidModule.SEALED_NEWEST_FIRST)
                .opens(worker, 3)).contains(true);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_AID_ID_KEY", () -> other, AidModule.SEALED_NEWEST_FIRST)
                .opens(worker, 3)).as("another key").contains(false);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_AID_ID_KEY", () -> IdVault.rotating(NEW_KEY, OLD_KEY, PURPOSE),
                AidModule.SEALED_NEWEST_FIRST).opens(worker, 3)).as("a rotation from it").contains(true);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_AID_ID_KEY", () -> VAULT, AidModule.SEALED_NEWEST_FIRST)
                .opens(new TestTenantScope(unit, "pd-aid-key-empty", DECEMBER, "worker", "caseworker"), 3)).as("nothing sealed").isEmpty();
    }
}
