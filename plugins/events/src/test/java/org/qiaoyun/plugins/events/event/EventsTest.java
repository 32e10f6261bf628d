package org.qiaoyun.plugins.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.NOW;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.guest;
import static org.qiaoyun.plugins.events.EventsDatabase.guestWithEmail;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.testing.TestTenantScope;

/** An event's life: planned, published, changed on the version seen, postponed and cancelled with reasons that reach everyone signed up. */
class EventsTest {

    @Test
    void anOrganiserPlansPublishesAndChangesAndAStaleChangeIsRefused() {
        TestTenantScope organiser = scope("ev-life", "ev-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(gathering(80));
        assertThat(planned.status()).isEqualTo(Status.DRAFT);
        assertThat(planned.organiser()).isEqualTo("ev-organiser");
        assertThat(events.get(planned.id()).title()).isEqualTo("中秋联谊晚会");
        assertThatThrownBy(() -> new Events(scope("ev-life", "ev-member", "volunteer")).get(planned.id()))
                .as("a draft is for those who plan and read all").isInstanceOf(UnknownObjectException.class);
        assertThat(new Events(scope("ev-life", "ev-viewer", "viewer")).get(planned.id()).id()).isEqualTo(planned.id());

        CulturalEvent published = events.publish(planned.id(), planned.version());
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(new Events(scope("ev-life", "ev-member", "volunteer")).page(null, 0, 10).items()).extracting(CulturalEvent::id)
                .containsExactly(planned.id());
        CulturalEvent.Details bigger = new CulturalEvent.Details("中秋联谊晚会（扩容）", Kind.FESTIVAL, null, "侨联大礼堂", false,
                published.startsAt(), published.endsAt(), Audience.EVERYONE, 200, null, null, false, null, null);
        CulturalEvent changed = events.change(planned.id(), published.version(), bigger);
        assertThat(changed.capacity()).isEqualTo(200);
        assertThat(changed.version()).isGreaterThan(published.version());
        assertThatThrownBy(() -> events.change(planned.id(), published.version(), bigger)).as("made on a version changed since")
                .isInstanceOf(StaleVersionException.class);
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("event.change " + planned.id()));
        assertThat(organiser.recorded(YearMonth.of(2026, 12))).containsEntry("events.festival", BigDecimal.ONE);
    }

    @Test
    void badDatesAndACapacityBelowThePlacesTakenAreRefusedNamingTheField() {
        TestTenantScope organiser = scope("ev-bad", "ev-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent.Details good = gathering(3);
        CulturalEvent.Details backwards = new CulturalEvent.Details(good.title(), good.kind(), null, good.place(), false, good.startsAt(),
                good.startsAt().minusSeconds(60), null, 3, null, null, false, null, null);
        assertThatThrownBy(() -> events.plan(backwards)).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo("endsAt");
            assertThat(refused.text().in(Text.CHINESE, getClass().getClassLoader())).isEqualTo("结束时间应晚于开始时间");
        });
        CulturalEvent.Details nowhere = new CulturalEvent.Details(good.title(), good.kind(), null, " ", false, good.startsAt(), good.endsAt(),
                null, 3, null, null, false, null, null);
        assertThatThrownBy(() -> events.plan(nowhere)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("place"));
        assertThatThrownBy(() -> events.plan(new CulturalEvent.Details("长".repeat(101), good.kind(), null, "礼堂", false, good.startsAt(),
                good.endsAt(), null, 3, null, null, false, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("title"));

        CulturalEvent event = events.plan(good);
        event = events.publish(event.id(), event.version());
        new Registrations(visitor("ev-bad"), LINKS).signUp(event.id(), guest("伍先生", "13800000001", 1));
        CulturalEvent.Details smaller = new CulturalEvent.Details(good.title(), good.kind(), null, good.place(), false, good.startsAt(),
                good.endsAt(), null, 1, null, null, false, null, null);
        long version = event.version();
        String id = event.id();
        assertThatThrownBy(() -> events.change(id, version, smaller)).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo("capacity");
            assertThat(refused.getMessage()).isEqualTo("2 people hold places already: the capacity cannot be lower");
        });
    }

    @Test
    void postponingAndCancellingTellEveryoneSignedUpAndOnlyOrganisersDoIt() {
        TestTenantScope organiser = scope("ev-cancel", "ev-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent event = events.plan(gathering(1));
        CulturalEvent published = events.publish(event.id(), event.version());
        Registrations publicPage = new Registrations(visitor("ev-cancel"), LINKS);
        publicPage.signUp(event.id(), guestWithEmail("陈女士", "chen@example.com", 0));
        publicPage.signUp(event.id(), guestWithEmail("黄先生", "wong@example.org", 0));
        publicPage.signUp(event.id(), guest("李先生", "13800000002", 0));

        assertThatThrownBy(() -> new Events(scope("ev-cancel", "ev-volunteer", "volunteer")).cancel(event.id(), published.version(), "台风"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> events.postpone(event.id(), published.version(), published.startsAt().minusSeconds(3600),
                published.endsAt(), "场地")).isInstanceOfSatisfying(InvalidInputException.class, r -> assertThat(r.field()).isEqualTo("startsAt"));
        Instant later = published.startsAt().plus(Duration.ofDays(7));
        CulturalEvent postponed = events.postpone(event.id(), published.version(), later, later.plus(Duration.ofHours(3)), "台风预警");
        assertThat(postponed.startsAt()).isEqualTo(later);
        assertThat(organiser.told()).filteredOn(t -> t.kind().equals("events.postponed")).extracting(TestTenantScope.Told::recipient)
                .containsExactlyInAnyOrder("chen@example.com", "wong@example.org");

        assertThatThrownBy(() -> events.cancel(event.id(), postponed.version(), " ")).isInstanceOfSatisfying(InvalidInputException.class,
                r -> assertThat(r.field()).isEqualTo("reason"));
        CulturalEvent cancelled = events.cancel(event.id(), postponed.version(), "场地维修");
        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        assertThat(organiser.told()).filteredOn(t -> t.kind().equals("events.cancelled"))
                .extracting(TestTenantScope.Told::recipient).as("those in line too").containsExactlyInAnyOrder("chen@example.com", "wong@example.org");
        assertThatThrownBy(() -> events.change(event.id(), cancelled.version(), gathering(5))).isInstanceOf(ConflictException.class);
        assertThat(new Events(visitor("ev-cancel")).upcoming(10)).as("no longer on the public list").isEmpty();
        assertThat(NOW).isBefore(cancelled.startsAt());
    }
}
