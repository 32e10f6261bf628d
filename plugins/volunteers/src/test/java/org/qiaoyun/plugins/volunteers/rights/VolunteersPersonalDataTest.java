package org.qiaoyun.plugins.volunteers.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.NOW;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.plugins.volunteers.VolunteersModule;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.recognition.Nomination;
import org.qiaoyun.plugins.volunteers.recognition.Nominations;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A volunteer asks their federation what is kept about them and to have it erased: found by document number (under
 * either key while a rotation runs) or phone, in their federation only; erased once no shift of theirs is to come and
 * no award of theirs is being decided, every sign-up keeping its times and minutes and losing its notes.
 */
class VolunteersPersonalDataTest {

    private static final ClassLoader LOADER = VolunteersPersonalDataTest.class.getClassLoader();
    private static final byte[] OLD_KEY = new byte[32];
    private static final IdVault VAULT = new IdVault(OLD_KEY, VolunteersModule.ID_PURPOSE);

    private static String residentId(String seventeen) {
        return seventeen + ResidentId.checkCharacter(seventeen);
    }

    private static TestTenantScope at(TestTenantScope scope, Instant moment) {
        return scope.at(Clock.fixed(moment, ZoneOffset.UTC));
    }

    private static Shift shift(TestTenantScope organiser, Instant start) {
        Activity activity = new Activities(organiser).create("侨乡文化节", null, "台山市文化广场", "台城街道");
        return new Rosters(organiser).plan(activity.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(4)), 5, null, null));
    }

    @Test
    void aVolunteerIsFoundByDocumentNumberOrPhoneInTheirFederationOnly() {
        TestTenantScope organiser = scope("pd-vol-find", "organiser", "organiser");
        String id = residentId("44078119900101234");
        Volunteer chen = new Registry(organiser).register(new Registry.Form("chen.zhiming", "陈志明", "139 0224 0301", "摄影", "粤语、台山话",
                "台城街道", "周末", id, null, null, null), VAULT);
        Shift served = shift(organiser, NOW.plus(Duration.ofDays(1)));
        new Rosters(organiser).signUp(served.id(), chen.id());
        TestTenantScope admin = organiser.as("director", "admin");
        VolunteersPersonalData data = new VolunteersPersonalData(() -> VAULT);

        List<PersonalData.Kept> byNumber = data.find(admin, new PersonalData.Person(id, null, null));
        assertThat(byNumber).extracting(kept -> kept.kind().in(Text.CHINESE, LOADER)).containsExactly("志愿者登记", "志愿服务记录");
        assertThat(byNumber.get(0).recordId()).isEqualTo("volunteer:" + chen.id());
        assertThat(byNumber.get(0).fields()).extracting(f -> f.label().in(Text.CHINESE, LOADER))
                .contains("姓名", "平台账号", "手机号码", "证件号码（隐去部分）", "技能特长", "语言和方言", "登记状态");
        assertThat(byNumber.get(0).fields()).extracting(PersonalData.Field::value).contains("陈志明", "139 0224 0301", chen.idMasked())
                .doesNotContain(id);
        assertThat(byNumber.get(1).fields()).filteredOn(f -> f.coded() != null).extracting(f -> f.coded().in(Text.ENGLISH, LOADER))
                .containsExactly("Confirmed");
        assertThat(data.find(admin, new PersonalData.Person(null, "+86 13902240301", null))).hasSize(2);
        IdVault rotating = IdVault.rotating("a new key of thirty-two bytes!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII), OLD_KEY,
                VolunteersModule.ID_PURPOSE);
        assertThat(new VolunteersPersonalData(() -> rotating).find(admin, new PersonalData.Person(id, null, null)))
                .as("a row not yet re-sealed is found under the previous key").hasSize(2);
        assertThat(new VolunteersPersonalData(() -> null).find(admin, new PersonalData.Person(id, null, null)))
                .as("without a key no number is kept to find").isEmpty();

        TestTenantScope elsewhere = scope("pd-vol-find-other", "director", "admin");
        assertThat(data.find(elsewhere, new PersonalData.Person(id, "13902240301", null))).as("another federation's volunteer").isEmpty();
        assertThatThrownBy(() -> data.erase(elsewhere, "volunteer:" + chen.id())).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> data.find(organiser, new PersonalData.Person(id, null, null))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void erasureWaitsForShiftsToComeAndAwardsInTheMakingThenKeepsTheMinutesAndForgetsTheDetails() throws Exception {
        TestTenantScope organiser = scope("pd-vol-erase", "organiser", "organiser");
        String id = residentId("44078119850505123");
        Volunteer huang = new Registry(organiser).register(new Registry.Form("huang.li", "黄丽", "13902240401", "急救", "英语",
                "台城街道", "工作日晚上", id, null, null, null), VAULT);
        Volunteer other = new Registry(organiser).register(new Registry.Form("other", "李华", "13902240499", null, null, null, null));
        Instant start = NOW.plus(Duration.ofDays(1));
        Shift served = shift(organiser, start);
        SignUp signUp = new Rosters(organiser).signUp(served.id(), huang.id());
        new Rosters(at(organiser, start.minus(Duration.ofMinutes(10)))).checkIn(signUp.id(), served.checkInCode());
        new Rosters(at(organiser, start.plus(Duration.ofHours(4)))).checkOut(signUp.id());
        new Rosters(organiser).evaluate(signUp.id(), SignUp.Evaluation.EXCELLENT, "黄丽急救知识扎实");
        Shift coming = shift(organiser, NOW.plus(Duration.ofDays(10)));
        SignUp toCome = new Rosters(organiser).signUp(coming.id(), huang.id());
        TestTenantScope admin = at(organiser.as("director", "admin"), start.plus(Duration.ofDays(1)));
        VolunteersPersonalData data = new VolunteersPersonalData(() -> VAULT);

        assertThatThrownBy(() -> data.erase(admin, "volunteer:" + huang.id())).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).text().in(Text.CHINESE, LOADER)).contains("1 个尚未结束的班次"));
        new Rosters(organiser).cancel(toCome.id());
        Nomination nominated = new Nominations(organiser).propose(huang.id(), "最美基层侨联志愿者", 2026, "黄丽多次参加急救服务");
        assertThatThrownBy(() -> data.erase(admin, "volunteer:" + huang.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("award");
        new Nominations(admin).decide(nominated.id(), nominated.version(), true, "同意");

        data.erase(admin, "volunteer:" + huang.id());

        try (Connection c = ModuleDatabase.pool().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select username, name, phone, skills, languages, id_cipher, id_hash, id_masked, status"
                    + " from vol_volunteer where id = '" + huang.id() + "'")) {
                rs.next();
                assertThat(rs.getString("username")).isEqualTo("erased-" + huang.id());
                assertThat(rs.getString("name")).isEqualTo(Volunteer.ERASED);
                for (String column : List.of("phone", "skills", "languages", "id_cipher", "id_hash", "id_masked")) {
                    assertThat(rs.getString(column)).as(column).isNull();
                }
                assertThat(rs.getString("status")).isEqualTo("RETIRED");
            }
            try (ResultSet rs = s.executeQuery("select minutes, evaluation, evaluation_note, status from vol_sign_up where id = '"
                    + signUp.id() + "'")) {
                rs.next();
                assertThat(rs.getInt("minutes")).as("the hours served stay").isEqualTo(240);
                assertThat(rs.getString("evaluation")).isEqualTo("EXCELLENT");
                assertThat(rs.getString("evaluation_note")).isNull();
            }
            try (ResultSet rs = s.executeQuery("select reason from vol_nomination where id = '" + nominated.id() + "'")) {
                rs.next();
                assertThat(rs.getString("reason")).isEqualTo(Volunteer.ERASED);
            }
        }
        assertThat(data.find(admin, new PersonalData.Person(id, "13902240401", null))).as("nothing left to find").isEmpty();
        assertThat(data.find(admin, new PersonalData.Person(null, "13902240499", null))).extracting(PersonalData.Kept::recordId)
                .as("the others untouched").containsExactly("volunteer:" + other.id());
        assertThatThrownBy(() -> data.erase(admin, "volunteer:" + huang.id())).as("erased once").isInstanceOf(UnknownObjectException.class);
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("rights.erase volunteer:" + huang.id()));
        assertThat(String.join("\n", admin.audited())).doesNotContain("黄丽", "13902240401", id, "huang.li");
    }

    @Test
    void aVolunteersNameAndPhoneAreCorrectedOnTheVersionReadAndAuditedWithoutThem() {
        TestTenantScope organiser = scope("pd-vol-correct", "organiser", "organiser");
        Volunteer lin = new Registry(organiser).register(new Registry.Form("lin.fang", "林芳", "13902240501", "摄影", null, "台城街道",
                null, null, null, null, null));
        TestTenantScope admin = organiser.as("director", "admin");
        VolunteersPersonalData data = new VolunteersPersonalData(() -> VAULT);
        PersonalData.Kept kept = data.find(admin, new PersonalData.Person(null, "13902240501", null)).get(0);
        assertThat(kept.correctable()).extracting(PersonalData.Correctable::name).containsExactly("name", "phone", "district");

        data.correct(admin, new PersonalData.Correction(kept.recordId(), kept.version(), java.util.Map.of("phone", "13902240502", "district", "")));

        PersonalData.Kept after = data.find(admin, new PersonalData.Person(null, "13902240502", null)).get(0);
        assertThat(after.correctable()).extracting(PersonalData.Correctable::value).containsExactly("林芳", "13902240502", null);
        assertThat(after.fields()).extracting(PersonalData.Field::value).contains("摄影").as("what was not named stays");
        assertThatThrownBy(() -> data.correct(admin, new PersonalData.Correction(kept.recordId(), kept.version(), java.util.Map.of("name", "林芳芳"))))
                .isInstanceOf(org.qiaoyun.api.StaleVersionException.class);
        assertThatThrownBy(() -> data.correct(admin, new PersonalData.Correction(kept.recordId(), after.version(), java.util.Map.of("name", ""))))
                .isInstanceOf(org.qiaoyun.api.InvalidInputException.class).extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field())
                .isEqualTo("name");
        assertThatThrownBy(() -> data.correct(organiser, new PersonalData.Correction(kept.recordId(), after.version(), java.util.Map.of("name", "某"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(admin.hasAudited("rights.correct", kept.recordId())).isTrue();
        assertThat(String.join("\n", admin.audited())).doesNotContain("13902240502");
    }

    @Test
    void theKeyIsTriedOnTheNewestNumbersAtStartAndAnotherKeyDoesNotOpenThem() {
        TestTenantScope organiser = scope("pd-vol-key", "organiser", "organiser");
        new Registry(organiser).register(new Registry.Form("guan.li", "关丽", "13902240801", null, null, null, null,
                residentId("44078119850505456"), null, null, null), VAULT);
        IdVault other = new IdVault("a new key of thirty-two bytes!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                VolunteersModule.ID_PURPOSE);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_VOLUNTEERS_ID_KEY", () -> VAULT, VolunteersModule.SEALED_NEWEST_FIRST)
                .opens(organiser, 3)).contains(true);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_VOLUNTEERS_ID_KEY", () -> other, VolunteersModule.SEALED_NEWEST_FIRST)
                .opens(organiser, 3)).contains(false);
        assertThat(org.qiaoyun.api.personal.SealedNumbers.of("QIAOYUN_VOLUNTEERS_ID_KEY", () -> null, VolunteersModule.SEALED_NEWEST_FIRST)
                .opens(organiser, 3)).as("no key: no numbers kept").isEmpty();
    }
}
