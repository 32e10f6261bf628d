package org.qiaoyun.plugins.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.staffing.Staffing;
import org.qiaoyun.api.staffing.StaffingNeed;
import org.qiaoyun.api.staffing.StaffingStatus;
import org.qiaoyun.testing.TestTenantScope;

/** An organiser asks the volunteer module for volunteers where it is on, and the event works without it where it is not. */
class EventStaffingTest {

    /** The volunteer module as the SPI describes it: asking twice answers the first request. */
    private static final class Volunteers implements Staffing {
        final List<StaffingNeed> asked = new ArrayList<>();

        @Override
        public StaffingStatus request(String tenantCode, StaffingNeed need) {
            if (asked.stream().noneMatch(n -> n.reference().equals(need.reference()))) {
                asked.add(need);
            }
            return status(tenantCode, need.module(), need.reference()).orElseThrow();
        }

        @Override
        public Optional<StaffingStatus> status(String tenantCode, String module, String reference) {
            return asked.stream().filter(n -> n.reference().equals(reference)).findFirst()
                    .map(n -> new StaffingStatus(module, reference, "activity-1", n.volunteers(), 2, 0,
                            withdrawn.stream().anyMatch(w -> w.startsWith(reference + ":"))));
        }

        final List<String> withdrawn = new ArrayList<>();

        @Override
        public StaffingStatus withdraw(String tenantCode, String module, String reference, String reason) {
            withdrawn.add(reference + ": " + reason);
            return status(tenantCode, module, reference).orElseThrow();
        }
    }

    @Test
    void anOrganiserAsksForVolunteersForTheEventsTimeAndPlaceAndSeesThePlacesFilled() {
        TestTenantScope organiser = scope("st-on", "st-organiser", "organiser");
        CulturalEvent event = new Events(organiser).plan(gathering(100));
        Volunteers volunteers = new Volunteers();
        EventStaffing staffing = new EventStaffing(organiser, Optional.of(volunteers));
        assertThat(staffing.status(event.id())).isEmpty();
        StaffingStatus asked = staffing.ask(event.id(), 6, "粤语、英语");
        assertThat(asked.needed()).isEqualTo(6);
        assertThat(volunteers.asked).singleElement().satisfies(need -> {
            assertThat(need.module()).isEqualTo("events");
            assertThat(need.startsAt()).isEqualTo(event.startsAt());
            assertThat(need.place()).isEqualTo("侨联活动中心");
        });
        staffing.ask(event.id(), 6, null);
        assertThat(volunteers.asked).as("asking twice plans once").hasSize(1);
        assertThat(staffing.status(event.id()).orElseThrow().confirmed()).isEqualTo(2);
        assertThatThrownBy(() -> staffing.ask(event.id(), 0, null)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("volunteers"));
        assertThatThrownBy(() -> new EventStaffing(scope("st-on", "st-viewer", "viewer"), Optional.of(volunteers)).ask(event.id(), 2, null))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void withoutTheVolunteerModuleTheEventWorksAndAskingSaysWhy() {
        TestTenantScope organiser = scope("st-off", "st-organiser", "organiser");
        CulturalEvent event = new Events(organiser).plan(gathering(100));
        EventStaffing staffing = new EventStaffing(organiser, Optional.empty());
        assertThat(staffing.available()).isFalse();
        assertThat(staffing.status(event.id())).isEmpty();
        assertThatThrownBy(() -> staffing.ask(event.id(), 3, null)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.getMessage()).isEqualTo("the volunteer module is not on in this federation: no volunteers can be asked for"));
        assertThat(new Events(organiser).publish(event.id(), event.version()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void cancellingTheEventWithdrawsItsRequestForVolunteersWithTheSameReasonOnce() {
        TestTenantScope organiser = scope("st-cancel", "st-organiser", "organiser");
        CulturalEvent event = new Events(organiser).plan(gathering(100));
        CulturalEvent other = new Events(organiser).plan(gathering(50));
        Volunteers volunteers = new Volunteers();
        EventStaffing staffing = new EventStaffing(organiser, Optional.of(volunteers));
        staffing.ask(event.id(), 4, null);
        CulturalEvent cancelled = staffing.cancel(event.id(), new Events(organiser).get(event.id()).version(), "台风预警");
        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        assertThat(volunteers.withdrawn).containsExactly(event.id() + ": 台风预警");
        assertThat(staffing.status(event.id()).orElseThrow().withdrawn()).isTrue();
        staffing.cancel(other.id(), other.version(), "场地维修");
        assertThat(volunteers.withdrawn).as("no volunteers were asked for the other").hasSize(1);
    }
}
