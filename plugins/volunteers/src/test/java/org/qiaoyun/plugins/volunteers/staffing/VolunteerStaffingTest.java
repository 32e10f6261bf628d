package org.qiaoyun.plugins.volunteers.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.staffing.StaffingNeed;
import org.qiaoyun.api.staffing.StaffingStatus;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.testing.TestTenantScope;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;

/** The events module asks for volunteers for a festival; asking twice plans once; withdrawing frees the volunteers. */
class VolunteerStaffingTest {

    private static final Instant NOW = VolunteersDatabase.NOW;
    private static final Instant START = NOW.plus(Duration.ofDays(10));

    private static StaffingNeed festival(String reference, Instant end) {
        return new StaffingNeed("events", reference, "侨乡春节联欢会", "台山市体育馆", "台城街道", START, end, 2, "摄影");
    }

    @Test
    void askingTwicePlansOnceAndTheStatusFollowsTheRoster() {
        TestTenantScope organiser = scope("staff-taishan", "organiser", "organiser");
        VolunteerStaffing staffing = new VolunteerStaffing(code -> organiser);
        StaffingStatus first = staffing.request("staff-taishan", festival("gala-2027", START.plus(Duration.ofHours(5))));
        StaffingStatus again = staffing.request("staff-taishan", festival("gala-2027", START.plus(Duration.ofHours(5))));
        assertThat(again.activityId()).isEqualTo(first.activityId());
        assertThat(first.needed()).isEqualTo(2);
        assertThat(first.staffed()).isFalse();

        Rosters rosters = new Rosters(organiser);
        Shift shift = rosters.find(new Rosters.Search("摄影", "台城街道", first.activityId(), null), 0, 5).items().get(0);
        assertThat(shift.activity()).as("volunteers find it like any other activity").isEqualTo("侨乡春节联欢会");
        List<String> people = VolunteersDatabase.volunteers(organiser, 3);
        people.forEach(person -> rosters.signUp(shift.id(), person));
        StaffingStatus staffed = staffing.status("staff-taishan", "events", "gala-2027").orElseThrow();
        assertThat(staffed.confirmed()).isEqualTo(2);
        assertThat(staffed.waiting()).isEqualTo(1);
        assertThat(staffed.staffed()).isTrue();

        assertThatThrownBy(() -> staffing.withdraw("staff-taishan", "events", "gala-2027", " ")).hasMessageContaining("reason");
        StaffingStatus withdrawn = staffing.withdraw("staff-taishan", "events", "gala-2027", "联欢会改期");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(rosters.roster(shift.id())).as("the volunteers' places are freed").isEmpty();
        assertThat(staffing.status("staff-taishan", "events", "no-such-event")).isEmpty();
    }

    @Test
    void aRefusedNeedLeavesNothingBehindAndOnlyOrganisersAsk() {
        TestTenantScope organiser = scope("staff-kaiping", "organiser", "organiser");
        VolunteerStaffing staffing = new VolunteerStaffing(code -> organiser);
        assertThatThrownBy(() -> staffing.request("staff-kaiping", festival("gala", START.minusSeconds(60))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends after");
        assertThat(staffing.status("staff-kaiping", "events", "gala")).as("no activity without its shift").isEmpty();
        assertThatThrownBy(() -> staffing.request("staff-kaiping", new StaffingNeed("events", " ", "x", "y", null, START,
                START.plusSeconds(3600), 1, null))).hasMessageContaining("reference");
        VolunteerStaffing asVolunteer = new VolunteerStaffing(code -> organiser.as("v", "volunteer"));
        assertThatThrownBy(() -> asVolunteer.request("staff-kaiping", festival("gala", START.plusSeconds(3600))))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
