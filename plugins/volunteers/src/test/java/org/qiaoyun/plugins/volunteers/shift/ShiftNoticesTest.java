package org.qiaoyun.plugins.volunteers.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.testing.TestTenantScope;

/**
 * What a volunteer is told of their sign-ups, in the transaction of the change, on a real PostgreSQL: moved up from
 * the waiting list, confirmed or turned down by the organiser, and reminded the day before, once per sign-up.
 */
class ShiftNoticesTest {

    private static final Instant NOW = VolunteersDatabase.NOW; // 16:00 in Beijing

    private static Shift.Draft draft(Instant start, int capacity, boolean needsApproval) {
        return new Shift.Draft(null, start, start.plus(Duration.ofHours(3)), capacity, null, null, needsApproval);
    }

    private static List<TestTenantScope.Told> toldOf(TestTenantScope scope, String kind) {
        return scope.told().stream().filter(t -> t.kind().equals(kind)).toList();
    }

    @Test
    void theFirstInLineIsToldWhenAPlaceComesFree() {
        TestTenantScope organiser = scope("notice-up", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 3);
        Activity visit = new Activities(organiser).create("重阳敬老", null, "侨联", null);
        Rosters rosters = new Rosters(organiser);
        Shift shift = rosters.plan(visit.id(), draft(NOW.plus(Duration.ofDays(3)), 1, false));
        SignUp first = rosters.signUp(shift.id(), people.get(0));
        rosters.signUp(shift.id(), people.get(1));
        rosters.signUp(shift.id(), people.get(2));
        assertThat(toldOf(organiser, "volunteers.moved-up")).isEmpty();

        rosters.cancel(first.id());
        List<TestTenantScope.Told> told = toldOf(organiser, "volunteers.moved-up");
        assertThat(told).extracting(TestTenantScope.Told::recipient).containsExactly(organiser.tenantCode() + "-v1");
        assertThat(told.get(0).arguments()).contains("重阳敬老");
    }

    @Test
    void aSignUpConfirmedOrTurnedDownIsToldWithTheReason() {
        TestTenantScope organiser = scope("notice-approve", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 2);
        Activity clinic = new Activities(organiser).create("义诊", null, "侨联", null);
        Rosters rosters = new Rosters(organiser);
        Shift shift = rosters.plan(clinic.id(), draft(NOW.plus(Duration.ofDays(5)), 2, true));
        SignUp yes = rosters.signUp(shift.id(), people.get(0));
        SignUp no = rosters.signUp(shift.id(), people.get(1));

        rosters.approveSignUp(yes.id());
        rosters.declineSignUp(no.id(), "需要医护资质");
        String tenant = organiser.tenantCode();
        assertThat(toldOf(organiser, "volunteers.sign-up-confirmed")).extracting(TestTenantScope.Told::recipient).containsExactly(tenant + "-v0");
        assertThat(toldOf(organiser, "volunteers.sign-up-declined")).singleElement().satisfies(t -> {
            assertThat(t.recipient()).isEqualTo(tenant + "-v1");
            assertThat(t.arguments()).contains("义诊", "需要医护资质");
        });
    }

    @Test
    void aVolunteerIsRemindedTheDayBeforeOncePerSignUp() {
        TestTenantScope organiser = scope("notice-remind", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 3);
        Activity fair = new Activities(organiser).create("侨法宣传", null, "台城侨联大楼", null);
        Rosters rosters = new Rosters(organiser);
        Shift tomorrow = rosters.plan(fair.id(), draft(NOW.plus(Duration.ofDays(1)), 1, false));
        Shift later = rosters.plan(fair.id(), draft(NOW.plus(Duration.ofDays(2)), 1, false));
        rosters.signUp(tomorrow.id(), people.get(0));
        rosters.signUp(tomorrow.id(), people.get(1)); // waiting: no place, no reminder
        rosters.signUp(later.id(), people.get(2));

        assertThat(rosters.remindTomorrow()).isEqualTo(1);
        assertThat(toldOf(organiser, "volunteers.shift-tomorrow")).singleElement().satisfies(t -> {
            assertThat(t.recipient()).isEqualTo(organiser.tenantCode() + "-v0");
            assertThat(t.arguments()).contains("侨法宣传", "台城侨联大楼");
        });
        assertThat(rosters.remindTomorrow()).as("run again the same day: nobody twice").isZero();
        assertThat(toldOf(organiser, "volunteers.shift-tomorrow")).hasSize(1);
    }
}
