package org.qiaoyun.plugins.legal.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.legal.TestFederation.VAULT;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.plugins.legal.TestFederation;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Outcome;
import org.qiaoyun.plugins.legal.consultation.Satisfaction;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A person who asked a legal service station for advice asks what is kept about them and to have it erased: their
 * matters found by document number or phone, in their federation only, the matter's contents left to its adviser;
 * erasure refused while the matter is handled and through the three years it is kept after its close, then done in
 * place, its figures kept and the conflict check no longer finding them.
 */
class LegalPersonalDataTest {

    private static final ClassLoader LOADER = LegalPersonalDataTest.class.getClassLoader();
    private static final Instant MARCH_2026 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Clock MARCH_2029 = Clock.fixed(Instant.parse("2029-03-02T02:00:00Z"), ZoneOffset.UTC);

    private static String residentId(String seventeen) {
        return seventeen + ResidentId.checkCharacter(seventeen);
    }

    /** A matter taken in, checked, assigned to adviser A, acknowledged, answered and closed on the federation's day. */
    private static Consultation closed(TestFederation f, Consultation.Intake intake) {
        Consultation taken = f.consultations("clerk", "caseworker").takeIn(intake);
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        Consultation assigned = f.head().assign(taken.id(), checked.version(), f.a().id());
        Consultations adviser = f.consultations("adv-a", "legal_adviser");
        Consultation acknowledged = adviser.acknowledge(taken.id(), assigned.version(), "已电话联系黄美玲");
        Consultation answered = adviser.answer(taken.id(), acknowledged.version(), "可向不动产登记部门申请更正登记");
        return adviser.close(taken.id(), answered.version(), new Consultation.Closing(Outcome.ADVICE_GIVEN, null, null,
                Satisfaction.SATISFIED, "黄美玲祖父侨房已指引办理"));
    }

    @Test
    void theMattersOfThePersonAskingAreFoundByDocumentNumberOrPhoneTheirContentsLeftToTheAdviser() {
        TestFederation f = TestFederation.open(MARCH_2026);
        String id = residentId("44078119700808123");
        Consultation matter = f.consultations("clerk", "caseworker").takeIn(f.intake("黄美玲", "13902230001", id, "黄国强"));
        LegalPersonalData data = new LegalPersonalData(() -> VAULT);

        List<PersonalData.Kept> byNumber = data.find(f.admin(), new PersonalData.Person(id, null, null));
        assertThat(byNumber).singleElement().satisfies(kept -> {
            assertThat(kept.recordId()).isEqualTo("consultation:" + matter.id());
            assertThat(kept.kind().in(Text.CHINESE, LOADER)).isEqualTo("法律咨询");
            assertThat(kept.fields()).extracting(PersonalData.Field::value).contains("黄美玲", "13902230001", matter.maskedId())
                    .doesNotContain(id, "祖父名下的侨房被他人占用");
            assertThat(kept.fields()).filteredOn(field -> field.coded() != null).extracting(field -> field.coded().in(Text.CHINESE, LOADER))
                    .contains("侨眷", "侨房", "已受理", "属保密事项，由承办的法律顾问或法律服务中心负责人向本人提供");
        });
        assertThat(data.find(f.admin(), new PersonalData.Person(null, "+86 139 0223 0001", null))).hasSize(1);
        assertThat(data.find(f.admin(), new PersonalData.Person(null, null, "huang@example.org"))).as("no email kept here").isEmpty();
        assertThat(new LegalPersonalData(() -> null).find(f.admin(), new PersonalData.Person(id, null, null)))
                .as("without a key no number is kept to find").isEmpty();

        TestFederation other = TestFederation.open(MARCH_2026);
        assertThat(data.find(other.admin(), new PersonalData.Person(id, "13902230001", null))).as("another federation's matters").isEmpty();
        assertThatThrownBy(() -> data.erase(other.admin(), "consultation:" + matter.id())).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> data.find(f.as("head", "viewer"), new PersonalData.Person(id, null, null)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aMatterIsErasedOnlyOnceClosedAndKeptItsThreeYearsThenInPlace() throws Exception {
        TestFederation f = TestFederation.open(MARCH_2026);
        String id = residentId("44078119700909123");
        Consultation matter = closed(f, f.intake("黄美玲", "13902230101", id, "黄国强"));
        f.as("adv-a", "legal_adviser").files().attach(Consultations.fileRecord(matter.id()), "房产证.pdf",
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        Consultation open = f.consultations("clerk", "caseworker").takeIn(f.intake("黄美玲", "13902230101", id));
        LegalPersonalData data = new LegalPersonalData(() -> VAULT);

        assertThatThrownBy(() -> data.erase(f.admin(), "consultation:" + open.id())).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).text().in(Text.CHINESE, LOADER)).contains("尚在办理中"));
        assertThatThrownBy(() -> data.erase(f.admin(), "consultation:" + matter.id())).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).text().in(Text.CHINESE, LOADER))
                        .contains("2026-03-02 办结", "须保存至 2029-03-02", "民法典"))
                .hasMessageContaining("kept until 2029-03-02");

        TestTenantScope later = f.admin().at(MARCH_2029);
        data.erase(later, "consultation:" + matter.id());

        try (Connection c = ModuleDatabase.pool().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select person_name, person_phone, id_cipher, id_masked, parties, facts, answer, summary,"
                    + " category, status, received_on, closed_on, outcome from legal_consultation where id = '" + matter.id() + "'")) {
                rs.next();
                assertThat(rs.getString("person_name")).isEqualTo(Consultation.ERASED);
                assertThat(rs.getString("facts")).isEqualTo(Consultation.ERASED);
                for (String column : List.of("person_phone", "id_cipher", "id_masked", "parties", "answer", "summary")) {
                    assertThat(rs.getString(column)).as(column).isNull();
                }
                assertThat(rs.getString("category")).isEqualTo("OVERSEAS_HOUSE");
                assertThat(rs.getString("status")).isEqualTo("CLOSED");
                assertThat(rs.getString("outcome")).isEqualTo("ADVICE_GIVEN");
                assertThat(rs.getDate("received_on").toLocalDate()).isEqualTo("2026-03-02");
                assertThat(rs.getDate("closed_on").toLocalDate()).isEqualTo("2026-03-02");
            }
            try (ResultSet rs = s.executeQuery("select count(*) from legal_party where consultation_id = '" + matter.id() + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the conflict check no longer names them").isZero();
            }
            try (ResultSet rs = s.executeQuery("select count(*), count(note) from legal_event where consultation_id = '" + matter.id()
                    + "' and note like '%黄美玲%'")) {
                rs.next();
                assertThat(rs.getInt(2)).as("notes written on the timeline go").isZero();
            }
            try (ResultSet rs = s.executeQuery("select count(*) from legal_event where consultation_id = '" + matter.id() + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every step stays").isGreaterThanOrEqualTo(6);
            }
        }
        assertThat(later.files().of(Consultations.fileRecord(matter.id()))).as("the papers the person brought").isEmpty();
        assertThat(data.find(later, new PersonalData.Person(id, null, null))).extracting(PersonalData.Kept::recordId)
                .as("the open matter is still theirs").containsExactly("consultation:" + open.id());
        assertThatThrownBy(() -> data.erase(later, "consultation:" + matter.id())).as("erased once").isInstanceOf(UnknownObjectException.class);
        assertThat(later.audited()).anyMatch(line -> line.startsWith("rights.erase consultation:" + matter.id()));
        assertThat(String.join("\n", later.audited())).doesNotContain("黄美玲", "13902230101", id, "房产证");
    }

    @Test
    void theNameAndPhoneOfThePersonAskingAreCorrectedAndTheConflictCheckKnowsThemBoth() {
        TestFederation f = TestFederation.open(MARCH_2026);
        String id = residentId("44078119700808456");
        Consultation matter = f.consultations("clerk", "caseworker").takeIn(f.intake("黄美龄", "13902230201", id));
        LegalPersonalData data = new LegalPersonalData(() -> VAULT);
        var admin = f.admin();
        PersonalData.Kept kept = data.find(admin, new PersonalData.Person(id, null, null)).get(0);
        assertThat(kept.correctable()).extracting(PersonalData.Correctable::name).containsExactly("personName", "personPhone");

        data.correct(admin, new PersonalData.Correction(kept.recordId(), kept.version(),
                java.util.Map.of("personName", "黄美玲", "personPhone", "13902230202")));

        assertThat(data.find(admin, new PersonalData.Person(null, "13902230202", null))).as("found by the corrected phone")
                .singleElement().satisfies(k -> assertThat(k.fields()).extracting(PersonalData.Field::value).contains("黄美玲"));
        assertThat(data.find(admin, new PersonalData.Person(null, "13902230201", null))).as("no longer by the wrong one").isEmpty();
        assertThat(data.find(admin, new PersonalData.Person(id, null, null))).as("still by the document").hasSize(1);
        assertThatThrownBy(() -> data.correct(admin, new PersonalData.Correction(kept.recordId(), kept.version(),
                java.util.Map.of("personName", "黄")))).isInstanceOf(org.qiaoyun.api.StaleVersionException.class);
        assertThatThrownBy(() -> data.correct(admin, new PersonalData.Correction(kept.recordId(), data.find(admin, new PersonalData.Person(id, null, null)).get(0).version(),
                java.util.Map.of("personPhone", "#1")))).isInstanceOf(org.qiaoyun.api.InvalidInputException.class)
                .extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field()).isEqualTo("personPhone");
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("rights.correct consultation:" + matter.id()))
                .noneMatch(line -> line.contains("黄美玲") || line.contains("13902230202"));
    }

    @Test
    void theDailyErasureTakesClosedMattersOnceTheirKeepingPeriodEndsAndNeverBefore() {
        TestFederation f = TestFederation.open(MARCH_2026);
        String id = residentId("44078119700909456");
        Consultation matter = closed(f, f.intake("黄美珍", "13902230301", id));
        Consultation open = f.consultations("clerk", "caseworker").takeIn(f.intake("黄美珍", "13902230301", id));
        LegalKeeping keeping = new LegalKeeping();
        assertThat(keeping.kinds()).singleElement().satisfies(kind -> {
            assertThat(kind.defaultMonths()).as("the Civil Code's three years").isEqualTo(36);
            assertThat(kind.leastMonths()).isEqualTo(36);
            assertThat(kind.name().in(Text.CHINESE, LOADER)).isEqualTo("法律咨询和信访维权事项");
        });

        TestTenantScope dayBefore = f.admin().at(Clock.fixed(Instant.parse("2029-03-01T02:00:00Z"), ZoneOffset.UTC));
        assertThat(keeping.eraseEnded(dayBefore, "consultation", 36)).as("a day before its three years end").isZero();
        assertThat(keeping.eraseEnded(dayBefore, "consultation", 1)).as("never less than the law's period").isZero();
        TestTenantScope later = f.admin().at(Clock.fixed(Instant.parse("2029-03-03T02:00:00Z"), ZoneOffset.UTC));
        assertThat(keeping.eraseEnded(later, "consultation", 48)).as("a federation that keeps four years").isZero();

        assertThat(keeping.eraseEnded(later, "consultation", 36)).isEqualTo(1);
        assertThat(keeping.eraseEnded(later, "consultation", 36)).as("run again, nothing more").isZero();

        LegalPersonalData data = new LegalPersonalData(() -> VAULT);
        assertThat(data.find(later, new PersonalData.Person(id, null, null))).extracting(PersonalData.Kept::recordId)
                .as("the open matter stays, the closed one is erased").containsExactly("consultation:" + open.id())
                .doesNotContain("consultation:" + matter.id());
        assertThat(later.audited()).anyMatch(line -> line.startsWith("rights.retention consultation"))
                .noneMatch(line -> line.contains("黄美珍") || line.contains("13902230301"));
        assertThat(keeping.eraseEnded(later, "letters", 36)).isZero();
    }

    @Test
    void theKeyIsTriedOnTheNewestNumbersAtStartAndAnotherKeyDoesNotOpenThem() {
        TestFederation f = TestFederation.open(MARCH_2026);
        f.consultations("clerk", "caseworker").takeIn(f.intake("关美玲", "13902230401", residentId("44078119700909789")));
        org.qiaoyun.api.personal.IdVault other = new org.qiaoyun.api.personal.IdVault("a new key of thirty-two bytes!!!"
                .getBytes(StandardCharsets.US_ASCII), "qiaoyun/legal/resident-id-hash");
        String newest = org.qiaoyun.plugins.legal.LegalModule.SEALED_NEWEST_FIRST;
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_LEGAL_ID_KEY", () -> VAULT, newest).opens(f.admin(), 3)).contains(true);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_LEGAL_ID_KEY", () -> other, newest).opens(f.admin(), 3)).contains(false);
    }
}
