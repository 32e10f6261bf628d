package org.qiaoyun.plugins.volunteers.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.testing.TestTenantScope;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;

/** Organisers plan activities with several shifts, change them and call them off, on a real PostgreSQL. */
class ActivitiesTest {

    private static final Instant NOW = VolunteersDatabase.NOW;

    private static Shift.Draft draft(Instant start, int capacity, String skills) {
        return new Shift.Draft(null, start, start.plus(Duration.ofHours(3)), capacity, skills, null);
    }

    @Test
    void anActivityHasSeveralShiftsAndARenameShowsOnThemAll() {
        TestTenantScope organiser = scope("act-rename", "organiser", "organiser");
        Activities activities = new Activities(organiser);
        Rosters rosters = new Rosters(organiser);
        Activity fair = activities.create("侨法宣传日", "送法进侨村", "台城侨联大楼", "台城街道");
        rosters.plan(fair.id(), draft(NOW.plus(Duration.ofDays(3)), 4, null));
        rosters.plan(fair.id(), draft(NOW.plus(Duration.ofDays(4)), 4, null));

        Activity renamed = activities.describe(fair.id(), fair.version(), "侨法宣传周", "送法进侨村", "台城侨联大楼", "台城街道");
        assertThat(rosters.shiftsOf(fair.id())).hasSize(2).extracting(Shift::activity).containsOnly("侨法宣传周");
        assertThatThrownBy(() -> activities.describe(fair.id(), fair.version(), "旧标题", null, "x", null))
                .as("a change made on an old version does not overwrite the newer one").isInstanceOf(ConflictException.class)
                .hasMessageContaining("someone else changed");
        assertThat(activities.activity(fair.id()).title()).isEqualTo(renamed.title());
        assertThatThrownBy(() -> activities.describe(fair.id(), renamed.version(), " ", null, "x", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new Activities(organiser.as("v", "volunteer")).create("x", null, "y", null))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void activitiesAreFoundByTitleAndDistrictAPageAtATime() {
        TestTenantScope organiser = scope("act-find", "organiser", "organiser");
        Activities activities = new Activities(organiser);
        for (int i = 0; i < 25; i++) {
            activities.create("关爱归侨 " + i, null, "侨联", i % 5 == 0 ? "大江镇" : "台城街道");
        }
        Page<Activity> first = activities.find(Activities.Search.ALL_OPEN, 0, 10);
        assertThat(first.items()).hasSize(10);
        assertThat(first.total()).isEqualTo(25);
        assertThat(activities.find(Activities.Search.ALL_OPEN, 2, 10).items()).hasSize(5);
        assertThat(activities.find(new Activities.Search(null, "大江镇", false), 0, 10).total()).isEqualTo(5);
        assertThat(activities.find(new Activities.Search("归侨 1", null, false), 0, 50).total()).as("1 and 10-19").isEqualTo(11);
        assertThatThrownBy(() -> activities.find(Activities.Search.ALL_OPEN, 0, 500)).hasMessageContaining("size");
    }

    @Test
    void callingAnActivityOffCancelsTheShiftsToComeWithTheirRostersButNotThePast() {
        TestTenantScope organiser = scope("act-cancel", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 2);
        Activity festival = new Activities(organiser).create("侨乡文化节", null, "文化广场", null);
        Rosters before = new Rosters(organiser.at(Clock.fixed(NOW.minus(Duration.ofDays(10)), ZoneOffset.UTC)));
        Shift past = before.plan(festival.id(), draft(NOW.minus(Duration.ofDays(1)), 5, null));
        before.signUp(past.id(), people.get(0));
        Rosters rosters = new Rosters(organiser);
        Shift toCome = rosters.plan(festival.id(), draft(NOW.plus(Duration.ofDays(2)), 5, null));
        rosters.signUp(toCome.id(), people.get(1));

        assertThatThrownBy(() -> rosters.cancelActivity(festival.id(), " ")).hasMessageContaining("reason");
        rosters.cancelActivity(festival.id(), "台风预警");
        assertThat(rosters.shift(toCome.id()).status()).isEqualTo(Shift.Status.CANCELLED);
        assertThat(rosters.roster(toCome.id())).as("nobody is left on a cancelled shift").isEmpty();
        assertThat(rosters.shift(past.id()).status()).as("the past stays as it was").isEqualTo(Shift.Status.OPEN);
        assertThat(rosters.roster(past.id())).hasSize(1);
        assertThat(rosters.calledOffFor(people.get(1))).extracting(Shift::id).containsExactly(toCome.id());
        assertThatThrownBy(() -> rosters.plan(festival.id(), draft(NOW.plus(Duration.ofDays(3)), 5, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("activity.cancel") && line.contains("1 shifts, 1 sign-ups"));
    }

    @Test
    void moreAndFewerPlacesAndNewTimesFollowTheRoster() {
        TestTenantScope organiser = scope("act-change", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 4);
        Activity visit = new Activities(organiser).create("探访老归侨", null, "侨联", null);
        Rosters rosters = new Rosters(organiser);
        Instant start = NOW.plus(Duration.ofDays(5));
        Shift shift = rosters.plan(visit.id(), draft(start, 2, null));
        people.forEach(person -> rosters.signUp(shift.id(), person));

        assertThatThrownBy(() -> rosters.change(shift.id(), shift.version(), draft(start, 1, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 volunteers are confirmed");
        assertThatThrownBy(() -> rosters.change(shift.id(), shift.version(), draft(start.plus(Duration.ofHours(1)), 2, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cancel this shift and plan another");
        Shift more = rosters.change(shift.id(), shift.version(), draft(start, 3, "粤语"));
        assertThat(rosters.roster(shift.id())).extracting(SignUp::status)
                .as("the first in line moves up into the new place").containsExactly(SignUp.Status.CONFIRMED, SignUp.Status.CONFIRMED,
                        SignUp.Status.CONFIRMED, SignUp.Status.WAITING);
        assertThatThrownBy(() -> rosters.change(shift.id(), shift.version(), draft(start, 4, null)))
                .as("a change on the version before the last is refused").hasMessageContaining("someone else changed");
        assertThat(more.skillsWanted()).isEqualTo("粤语");

        Shift empty = rosters.plan(visit.id(), draft(start.plus(Duration.ofDays(1)), 2, null));
        Shift moved = rosters.change(empty.id(), empty.version(), draft(start.plus(Duration.ofDays(2)), 2, null));
        assertThat(moved.startsAt()).as("nobody signed up: the times may move").isEqualTo(start.plus(Duration.ofDays(2)));
    }

    @Test
    void aCancelledShiftTakesNoSignUpsAndVolunteersFindShiftsBySkillAndDistrict() {
        TestTenantScope organiser = scope("act-find-shifts", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 1);
        Activities activities = new Activities(organiser);
        Activity inTown = activities.create("侨法咨询", null, "台城", "台城街道");
        Activity outOfTown = activities.create("侨乡义诊", null, "大江", "大江镇");
        Rosters rosters = new Rosters(organiser);
        Shift lawyers = rosters.plan(inTown.id(), draft(NOW.plus(Duration.ofDays(1)), 2, "法律, 粤语"));
        rosters.plan(outOfTown.id(), draft(NOW.plus(Duration.ofDays(2)), 2, "急救"));
        Shift doctors = rosters.plan(outOfTown.id(), draft(NOW.plus(Duration.ofDays(3)), 2, "急救, 台山话"));

        assertThat(rosters.find(new Rosters.Search("急救", null, null, null), 0, 10).total()).isEqualTo(2);
        assertThat(rosters.find(new Rosters.Search(null, "台城街道", null, null), 0, 10).items()).extracting(Shift::id)
                .containsExactly(lawyers.id());
        assertThat(rosters.find(new Rosters.Search("台山话", "大江镇", null, null), 0, 10).items()).extracting(Shift::id)
                .containsExactly(doctors.id());
        assertThat(rosters.find(new Rosters.Search(null, null, null, null), 1, 2).items()).as("the second page of two").hasSize(1);

        TestTenantScope volunteer = organiser.as(organiser.tenantCode() + "-v0", "volunteer");
        assertThatThrownBy(() -> new Rosters(volunteer).cancelShift(lawyers.id(), "x")).isInstanceOf(PermissionDeniedException.class);
        rosters.cancelShift(lawyers.id(), "律师临时有事");
        assertThat(rosters.find(new Rosters.Search(null, "台城街道", null, null), 0, 10).total()).isZero();
        assertThatThrownBy(() -> new Rosters(volunteer).signUp(lawyers.id(), people.get(0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(() -> rosters.cancelShift(lawyers.id(), "again")).isInstanceOf(ConflictException.class);
    }

    @Test
    void theVolunteersOfAShiftCalledOffAreToldWhenItIsCalledOff() {
        TestTenantScope organiser = scope("act-tell", "organiser", "organiser");
        List<String> people = VolunteersDatabase.volunteers(organiser, 3);
        Activity visit = new Activities(organiser).create("中秋探访老归侨", null, "侨联", null);
        Rosters rosters = new Rosters(organiser);
        Shift shift = rosters.plan(visit.id(), draft(NOW.plus(Duration.ofDays(2)), 1, null));
        rosters.signUp(shift.id(), people.get(0));
        rosters.signUp(shift.id(), people.get(1)); // waiting in line: told too
        assertThatThrownBy(() -> rosters.cancelShift(shift.id(), " ")).hasMessageContaining("reason");
        assertThat(organiser.told()).as("a cancellation refused tells nobody").isEmpty();

        rosters.cancelShift(shift.id(), "台风预警");
        String tenant = organiser.tenantCode();
        assertThat(organiser.told()).extracting(TestTenantScope.Told::recipient).containsExactlyInAnyOrder(tenant + "-v0", tenant + "-v1");
        assertThat(organiser.told()).allSatisfy(told -> {
            assertThat(told.kind()).isEqualTo("volunteers.shift-cancelled");
            assertThat(told.arguments()).contains("中秋探访老归侨", "台风预警");
        });
    }
}
