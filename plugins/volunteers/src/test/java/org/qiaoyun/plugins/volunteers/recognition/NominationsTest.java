package org.qiaoyun.plugins.volunteers.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** Organisers propose, the admin decides (never their own proposal), and endorsed awards reach the certificate. */
class NominationsTest {

    private static final String AWARD = "最美基层侨联志愿者";
    private static final String REASON = "三年来坚持每周探访独居老归侨，组织侨乡文化节志愿服务。";

    @Test
    void anOrganiserProposesAndTheAdminEndorsesOnTheRecord() {
        TestTenantScope admin = scope("nom-taishan", "director", "admin");
        TestTenantScope organiser = admin.as("organiser", "organiser");
        String person = VolunteersDatabase.volunteers(organiser, 1).get(0);
        Nominations proposing = new Nominations(organiser);
        assertThatThrownBy(() -> proposing.propose(person, AWARD, 2026, "很好")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> proposing.propose(person, AWARD, 2030, REASON)).hasMessageContaining("this year");
        Nomination proposed = proposing.propose(person, AWARD, 2026, REASON);
        assertThatThrownBy(() -> proposing.propose(person, AWARD, 2026, REASON)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already");
        assertThatThrownBy(() -> new Nominations(organiser.as("v", "volunteer")).propose(person, AWARD, 2026, REASON))
                .isInstanceOf(PermissionDeniedException.class);

        assertThatThrownBy(() -> new Nominations(organiser).decide(proposed.id(), proposed.version(), true, null))
                .as("organisers do not decide").isInstanceOf(PermissionDeniedException.class);
        Nominations deciding = new Nominations(admin);
        assertThatThrownBy(() -> deciding.decide(proposed.id(), proposed.version(), false, " "))
                .as("a refusal explains itself").hasMessageContaining("note");
        Nomination endorsed = deciding.decide(proposed.id(), proposed.version(), true, null);
        assertThat(endorsed.status()).isEqualTo(Nomination.Status.ENDORSED);
        assertThatThrownBy(() -> deciding.decide(proposed.id(), endorsed.version(), false, "再议")).isInstanceOf(ConflictException.class);
        // a certificate needs hours: a morning entered from the paper sign-in sheet
        java.time.Instant start = VolunteersDatabase.NOW.minus(java.time.Duration.ofDays(7));
        var festival = new org.qiaoyun.plugins.volunteers.activity.Activities(organiser).create("侨乡文化节", null, "台城", null);
        var shift = new org.qiaoyun.plugins.volunteers.shift.Rosters(organiser.at(java.time.Clock.fixed(start.minus(java.time.Duration.ofDays(1)),
                java.time.ZoneOffset.UTC))).plan(festival.id(), new org.qiaoyun.plugins.volunteers.shift.Shift.Draft(null, start,
                start.plus(java.time.Duration.ofHours(3)), 5, null, null));
        new org.qiaoyun.plugins.volunteers.shift.Rosters(organiser).enterAfterwards(shift.id(), person, 180, "纸质签到表");
        assertThat(new Certificates(admin).content(person).awards()).containsExactly("2026年度" + AWARD);
        assertThat(deciding.find(Nomination.Status.ENDORSED, 0, 10).total()).isEqualTo(1);
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("nomination.endorse " + proposed.id()));
    }

    @Test
    void theOneWhoProposedDoesNotDecide() {
        TestTenantScope admin = scope("nom-kaiping", "director", "admin");
        String person = VolunteersDatabase.volunteers(admin, 1).get(0);
        Nominations nominations = new Nominations(admin);
        Nomination own = nominations.propose(person, AWARD, 2026, REASON);
        assertThatThrownBy(() -> nominations.decide(own.id(), own.version(), true, null)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("does not decide");
        Nomination declined = new Nominations(admin.as("deputy", "admin")).decide(own.id(), own.version(), false, "材料不全，请补充");
        assertThat(declined.decisionNote()).isEqualTo("材料不全，请补充");
        assertThat(nominations.propose(person, AWARD, 2026, REASON).status()).as("declined: may be proposed again")
                .isEqualTo(Nomination.Status.PROPOSED);
    }

    @Test
    void anEndorsedNominationIsSentUpOnceToTheFederationThatAwards() {
        TestTenantScope admin = scope("nom-enping", "director", "admin");
        TestTenantScope organiser = admin.as("organiser", "organiser");
        String person = VolunteersDatabase.volunteers(organiser, 1).get(0);
        Nomination proposed = new Nominations(organiser).propose(person, AWARD, 2026, REASON);
        Nominations deciding = new Nominations(admin);
        assertThatThrownBy(() -> deciding.sendUp(proposed.id(), proposed.version(), "cn")).as("not yet endorsed")
                .isInstanceOf(ConflictException.class);
        Nomination endorsed = deciding.decide(proposed.id(), proposed.version(), true, null);
        assertThatThrownBy(() -> new Nominations(organiser).sendUp(endorsed.id(), endorsed.version(), "cn"))
                .as("admins send up").isInstanceOf(PermissionDeniedException.class);

        Nomination sent = deciding.sendUp(endorsed.id(), endorsed.version(), "cn");
        assertThat(sent.sentUpTo()).isEqualTo("cn");
        assertThat(admin.sentUp()).singleElement().satisfies(up -> {
            assertThat(up.award()).isEqualTo(org.qiaoyun.api.recognition.Recognition.Award.VOLUNTEER);
            assertThat(up.year()).isEqualTo(2026);
            assertThat(up.citation()).isEqualTo(REASON);
            assertThat(up.nominee()).as("the volunteer's name goes with it").isNotBlank();
        });
        assertThatThrownBy(() -> deciding.sendUp(sent.id(), sent.version(), "cn")).as("once").isInstanceOf(ConflictException.class);
        assertThat(admin.sentUp()).hasSize(1);
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("nomination.send-up " + proposed.id()));
    }
}
