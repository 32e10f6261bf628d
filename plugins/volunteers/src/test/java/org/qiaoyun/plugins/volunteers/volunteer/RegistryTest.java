package org.qiaoyun.plugins.volunteers.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import org.qiaoyun.plugins.volunteers.VolunteersDatabase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.testing.TestTenantScope;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;

/** Who registers whom, finding volunteers, and the stars each federation sets for itself, on a real PostgreSQL. */
class RegistryTest {

    private static final Instant NOW = VolunteersDatabase.NOW;

    private static Registry.Form form(String username, String name, String skills, String languages, String district) {
        return new Registry.Form(username, name, "13800000000", skills, languages, district, "周末");
    }

    @Test
    void volunteersRegisterThemselvesAndWaitWhileOrganisersRegisterOthersApproved() {
        TestTenantScope organiser = scope("reg-who", "organiser", "organiser");
        TestTenantScope fang = organiser.as("fang", "volunteer");
        Volunteer self = new Registry(fang).register(form("fang", "阿芳", null, "台山话", null));
        assertThat(self.status()).isEqualTo(Volunteer.Status.PENDING);
        assertThatThrownBy(() -> new Registry(fang).register(form("ming", "阿明", null, null, null)))
                .as("a volunteer registers nobody but themselves").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Registry(organiser).register(form("fang", "阿芳", null, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("registered as a volunteer already");
        Registry registry = new Registry(organiser);
        assertThat(registry.register(form("ming", "阿明", null, null, null)).status()).isEqualTo(Volunteer.Status.APPROVED);
        assertThat(registry.pending()).extracting(Volunteer::username).containsExactly("fang");
        registry.approve(self.id());
        assertThat(registry.pending()).isEmpty();
        assertThatThrownBy(() -> new Registry(fang).find(Registry.Search.EVERYONE, 0, 10))
                .as("the list holds phone numbers: organisers only").isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void organisersFindVolunteersBySkillLanguageDistrictAndName() {
        Registry registry = new Registry(scope("reg-find", "organiser", "organiser"));
        registry.register(form("a", "陈伟", "急救, 摄影", "粤语, English", "台城街道"));
        registry.register(form("b", "李娜", "法律", "台山话", "大江镇"));
        registry.register(form("c", "陈静", "急救", "Bahasa", "大江镇"));
        assertThat(registry.find(new Registry.Search(null, "急救", null, null, null), 0, 10).items()).extracting(Volunteer::name)
                .containsExactly("陈伟", "陈静");
        assertThat(registry.find(new Registry.Search(null, null, "english", null, null), 0, 10).total()).isEqualTo(1);
        assertThat(registry.find(new Registry.Search("陈", null, null, "大江镇", null), 0, 10).items()).extracting(Volunteer::name)
                .containsExactly("陈静");
        assertThat(registry.find(Registry.Search.EVERYONE, 1, 2).items()).hasSize(1);
    }

    @Test
    void eachFederationSetsItsOwnStarsAndTheLeaderboardUsesThem() {
        TestTenantScope admin = scope("reg-stars", "admin", "admin");
        Registry registry = new Registry(admin);
        Volunteer hero = registry.register(form("hero", "梁英", null, null, null));
        Volunteer newcomer = registry.register(form("new", "黄新", null, null, null));
        Activity festival = new Activities(admin).create("侨乡文化节", null, "广场", null);
        Instant start = NOW.minus(Duration.ofDays(1));
        Rosters planning = new Rosters(admin.at(Clock.fixed(start.minus(Duration.ofDays(2)), ZoneOffset.UTC)));
        Shift shift = planning.plan(festival.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(12)), 5, null, null));
        SignUp served = planning.signUp(shift.id(), hero.id());
        planning.signUp(shift.id(), newcomer.id());
        new Rosters(admin.at(Clock.fixed(start, ZoneOffset.UTC))).checkIn(served.id(), shift.checkInCode());
        new Rosters(admin.at(Clock.fixed(start.plus(Duration.ofHours(12)), ZoneOffset.UTC))).checkOut(served.id());

        assertThat(registry.starLevels()).isEqualTo(StarLevels.DEFAULT);
        assertThat(registry.standing(hero).stars()).as("12 hours: no star at 100").isZero();
        assertThatThrownBy(() -> new Registry(admin.as("organiser", "organiser")).setStarLevels(List.of(10), 0))
                .as("thresholds are the federation admins' to set").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> registry.setStarLevels(List.of(20, 10), 0)).hasMessageContaining("rising");
        assertThat(registry.starRevision()).as("the default ones").isZero();
        registry.setStarLevels(List.of(10, 50), 0);
        assertThatThrownBy(() -> registry.setStarLevels(List.of(10, 12, 50), 0))
                .as("another admin's change in between is not overwritten").isInstanceOf(ConflictException.class);
        registry.setStarLevels(List.of(10, 12, 50), registry.starRevision());
        assertThat(registry.starLevels().thresholdsInHours()).containsExactly(10, 12, 50);
        assertThat(registry.standing(hero).stars()).isEqualTo(2);
        assertThat(new Registry(scope("reg-stars-other", "admin", "admin")).starLevels())
                .as("another federation keeps the default").isEqualTo(StarLevels.DEFAULT);

        List<Registry.Standing> board = registry.leaderboard(10);
        assertThat(board).extracting(s -> s.volunteer().name()).as("nobody without hours").containsExactly("梁英");
        assertThat(board.get(0).minutesServed()).isEqualTo(720);
    }

    private static final org.qiaoyun.api.personal.IdVault VAULT = new org.qiaoyun.api.personal.IdVault(new byte[32],
            org.qiaoyun.plugins.volunteers.VolunteersModule.ID_PURPOSE);

    private static String residentId(String seventeen) {
        return seventeen + org.qiaoyun.api.personal.ResidentId.checkCharacter(seventeen);
    }

    @Test
    void theIdNumberIsKeptEncryptedShownMaskedAndRevealedOnlyToAdminsWithAnAuditEntry() throws Exception {
        TestTenantScope admin = scope("reg-personal", "director", "admin");
        Registry registry = new Registry(admin);
        String number = residentId("44078119850301123");
        Registry.Form form = new Registry.Form("chen", "陈伟", null, null, null, null, null, number, null, null, null);
        assertThatThrownBy(() -> registry.register(form)).as("without the key, no ID numbers")
                .isInstanceOf(org.qiaoyun.api.InvalidInputException.class).hasMessageContaining("QIAOYUN_VOLUNTEERS_ID_KEY");
        Volunteer chen = registry.register(form, VAULT);
        assertThat(chen.idMasked()).isEqualTo("4407**********" + number.substring(14));
        assertThat(chen.birthYear()).isEqualTo(1985);
        assertThat(chen.male()).isTrue();
        try (var connection = org.qiaoyun.testing.ModuleDatabase.pool().getConnection();
             var rows = connection.createStatement().executeQuery("select id_cipher, id_hash from vol_volunteer where id = '" + chen.id() + "'")) {
            rows.next();
            assertThat(rows.getString(1)).as("never readable at rest").doesNotContain(number.substring(6, 14)).isNotBlank();
            assertThat(rows.getString(2)).hasSize(64);
        }
        assertThatThrownBy(() -> registry.register(new Registry.Form("chen2", "陈伟", null, null, null, null, null, number, null, null,
                null), VAULT)).isInstanceOf(ConflictException.class).hasMessageContaining("ID number");

        assertThat(registry.record(chen.id()).name()).isEqualTo("陈伟");
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("volunteer.read " + chen.id()));
        assertThat(registry.revealId(chen.id(), VAULT)).isEqualTo(number);
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("volunteer.reveal-id " + chen.id()));
        assertThatThrownBy(() -> new Registry(admin.as("organiser", "organiser")).revealId(chen.id(), VAULT))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Registry(admin.as("someone", "volunteer")).record(chen.id()))
                .as("another volunteer's record is not theirs to open").isInstanceOf(PermissionDeniedException.class);
    }

    /** A volunteer from Taiwan or abroad is registered by their travel permit or passport, kept as the resident ID is. */
    @Test
    void aVolunteerIsRegisteredByTravelPermitOrPassportAndTheSameHolderOnlyOnce() {
        TestTenantScope admin = scope("reg-documents", "director", "admin");
        Registry registry = new Registry(admin);
        org.qiaoyun.api.personal.DocumentKind taiwan = org.qiaoyun.api.personal.DocumentKind.TAIWAN_PERMIT;
        Volunteer lin = registry.register(new Registry.Form("lin", "林志明", null, null, null, null, null, "0561682001(D)",
                java.time.LocalDate.of(1990, 4, 1), null, null, taiwan, null), VAULT);
        assertThat(lin.documentKind()).isEqualTo(taiwan);
        assertThat(lin.idMasked()).isEqualTo("*******001(D)");
        assertThat(lin.birthYear()).as("typed: the permit's number carries none").isEqualTo(1990);
        assertThat(lin.male()).isNull();
        assertThat(registry.revealId(lin.id(), VAULT)).isEqualTo("0561682001(D)");
        assertThatThrownBy(() -> registry.register(new Registry.Form("lin2", "林志明", null, null, null, null, null, "05616820", null,
                null, null, taiwan, null), VAULT)).as("the card of the same lifetime number").isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("documentNumber");
        Volunteer tan = registry.register(new Registry.Form("tan", "Tan Mei Ling", null, null, null, null, null, "K1234567", null,
                null, null, org.qiaoyun.api.personal.DocumentKind.FOREIGN_PASSPORT, "sgp"), VAULT);
        assertThat(tan.issuingCountry()).isEqualTo("SGP");
        assertThatThrownBy(() -> registry.register(new Registry.Form("tan2", "x", null, null, null, null, null, "K1234567", null,
                null, null, org.qiaoyun.api.personal.DocumentKind.FOREIGN_PASSPORT, null), VAULT))
                .extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field()).isEqualTo("issuingCountry");
        String permit = residentId("82000019950101002");
        String wrong = permit.substring(0, 17) + (permit.charAt(17) == '1' ? '2' : '1');
        assertThatThrownBy(() -> registry.register(new Registry.Form("ho", "何", null, null, null, null, null, wrong, null, null, null,
                org.qiaoyun.api.personal.DocumentKind.HMT_RESIDENCE_PERMIT, null), VAULT))
                .extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field()).isEqualTo("documentNumber");
        Volunteer ho = registry.register(new Registry.Form("ho", "何", null, null, null, null, null, permit, null, null, null,
                org.qiaoyun.api.personal.DocumentKind.HMT_RESIDENCE_PERMIT, null), VAULT);
        assertThat(ho.male()).as("from the residence permit's number").isFalse();
        assertThat(ho.birthYear()).isEqualTo(1995);
    }

    /**
     * A key rotation of the volunteers' numbers: stopped at a row no key opens with nothing written, interrupted
     * after a batch and resumed, both keys read meanwhile, the new key alone afterwards.
     */
    @Test
    void theIdKeyIsRotatedInBatchesThatResumeWhereTheyStood() throws Exception {
        TestTenantScope admin = scope("reg-rotation", "director", "admin");
        byte[] next = new byte[32];
        java.util.Arrays.fill(next, (byte) 4);
        org.qiaoyun.api.personal.IdVault during = org.qiaoyun.api.personal.IdVault.rotating(next, new byte[32],
                org.qiaoyun.plugins.volunteers.VolunteersModule.ID_PURPOSE);
        org.qiaoyun.api.personal.IdVault after = new org.qiaoyun.api.personal.IdVault(next,
                org.qiaoyun.plugins.volunteers.VolunteersModule.ID_PURPOSE);
        Registry registry = new Registry(admin);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(registry.register(new Registry.Form("rot" + i, "志愿者" + i, null, null, null, null, null, residentId("4407811990010" + (100 + i) + "1"),
                    null, null, null), VAULT).id());
        }
        registry.register(form("no-id", "无证件", null, null, null)); // no number: nothing to rotate
        try (var connection = org.qiaoyun.testing.ModuleDatabase.pool().getConnection();
             var update = connection.prepareStatement("update vol_volunteer set id_cipher = ? where id = ?")) {
            update.setString(1, new org.qiaoyun.api.personal.IdVault(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
                    9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, "x").encrypt(org.qiaoyun.api.personal.ResidentId.of(residentId("44078119900101001"),
                    java.time.LocalDate.of(2026, 11, 25))));
            update.setString(2, ids.get(0));
            update.executeUpdate();
            IdKeyRotation rotation = new IdKeyRotation(admin, during);
            assertThatThrownBy(() -> rotation.run(100, 1)).isInstanceOf(ConflictException.class).hasMessageContaining(ids.get(0));
            assertThat(rotation.remaining()).as("nothing half-rotated").isEqualTo(5);
            update.setString(1, VAULT.encrypt(org.qiaoyun.api.personal.ResidentId.of(residentId("44078119900101001"),
                    java.time.LocalDate.of(2026, 11, 25))));
            update.executeUpdate();
        }
        IdKeyRotation rotation = new IdKeyRotation(admin, during);
        assertThat(rotation.run(2, 1)).isEqualTo(new org.qiaoyun.api.personal.Resealing.Progress(2, 3));
        for (String id : ids) {
            assertThat(registry.revealId(id, during)).as("both keys read meanwhile").hasSize(18);
        }
        assertThat(rotation.run(2, 10)).isEqualTo(new org.qiaoyun.api.personal.Resealing.Progress(3, 0));
        for (String id : ids) {
            assertThat(registry.revealId(id, after)).hasSize(18);
        }
        assertThatThrownBy(() -> registry.register(new Registry.Form("rot9", "重复", null, null, null, null, null,
                residentId("4407811990010" + 102 + "1"), null, null, null), after)).as("re-hashed: found under the new key alone")
                .isInstanceOf(ConflictException.class);
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("volunteer.rotate-id-key"));
        assertThatThrownBy(() -> new IdKeyRotation(admin.as("organiser", "organiser"), during).run(10, 1))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aMinorServesWithAGuardiansConsent() {
        Registry registry = new Registry(scope("reg-minor", "organiser", "organiser"));
        java.time.LocalDate fifteen = java.time.LocalDate.of(2011, 6, 1);
        assertThatThrownBy(() -> registry.register(new Registry.Form("teen", "小明", null, null, null, null, null, null, fifteen,
                null, null))).isInstanceOf(org.qiaoyun.api.InvalidInputException.class)
                .extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field()).isEqualTo("guardianName");
        Volunteer teen = registry.register(new Registry.Form("teen", "小明", null, null, null, null, null, null, fifteen, "王芳",
                "13900000000"));
        assertThat(teen.isMinor(java.time.LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(teen.guardianName()).isEqualTo("王芳");
        assertThatThrownBy(() -> registry.register(new Registry.Form("baby", "未来", null, null, null, null, null, null,
                java.time.LocalDate.of(2999, 1, 1), null, null))).hasMessageContaining("future");
        assertThatThrownBy(() -> registry.register(new Registry.Form("typo", "错号", null, null, null, null, null,
                "440781198503011230", null, null, null), VAULT)).extracting(e -> ((org.qiaoyun.api.InvalidInputException) e).field())
                .isEqualTo("residentId");
    }

    @Test
    void volunteersKeepTheirDetailsUpToDateWithoutOverwritingAnotherChange() {
        TestTenantScope organiser = scope("reg-details", "organiser", "organiser");
        Volunteer fang = new Registry(organiser).register(form("fang", "阿芳", null, "台山话", "台城街道"));
        Registry self = new Registry(organiser.as("fang", "volunteer"));
        Volunteer moved = self.describe(fang.id(), fang.version(), new Registry.Form(null, "阿芳", "13800000009", "急救", "台山话, 粤语",
                "大江镇", "周末"));
        assertThat(moved.district()).isEqualTo("大江镇");
        assertThat(moved.username()).as("the account stays").isEqualTo("fang");
        assertThatThrownBy(() -> new Registry(organiser).describe(fang.id(), fang.version(), form(null, "阿芳", null, null, null)))
                .as("made on the version before the volunteer's change").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> self.describe(fang.id(), moved.version(), form(null, " ", null, null, null)))
                .hasMessageContaining("name is required");
        assertThatThrownBy(() -> new Registry(organiser.as("ming", "volunteer")).describe(fang.id(), moved.version(),
                form(null, "阿明", null, null, null))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aVolunteerRecordIsBoundOnlyToAUserOfTheFederation() {
        TestTenantScope organiser = scope("bound", "organiser", "organiser").withMembers("li-lei");
        Registry registry = new Registry(organiser);
        assertThatThrownBy(() -> registry.register(new Registry.Form("kaiping-admin", "别县管理员", null, null, null, null, null)))
                .as("another federation's account, or nobody's").isInstanceOf(org.qiaoyun.api.InvalidInputException.class)
                .hasMessageContaining("no user of this federation");
        assertThat(registry.register(new Registry.Form("li-lei", "李雷", null, null, null, null, null)).username()).isEqualTo("li-lei");
    }
}
