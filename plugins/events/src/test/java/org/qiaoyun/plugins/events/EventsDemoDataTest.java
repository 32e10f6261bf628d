package org.qiaoyun.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.DemoData;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Status;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.testing.TestTenantScope;

/** The demo records go through the module's own services, in a federation with an organiser and in one with an admin only. */
class EventsDemoDataTest {

    private static final org.qiaoyun.plugins.events.newsletter.NewsletterLinks NEWSLETTER =
            org.qiaoyun.plugins.events.newsletter.NewsletterLinks.under("https://qiaoyun.example.cn");

    /** A demo federation whose accounts are named {@code <code>-<role>}, for the roles given. */
    private record Demo(String code, Set<String> roles) implements DemoData.Federation {

        @Override
        public boolean as(String role, Function<TenantScope, ?> work) {
            return asDaysAgo(role, 0, work);
        }

        @Override
        public boolean asDaysAgo(String role, int daysAgo, Function<TenantScope, ?> work) {
            if (!roles.contains(role)) {
                return false;
            }
            work.apply(EventsDatabase.at(EventsDatabase.NOW, code, code + "-" + role, role)
                    .at(Clock.offset(Clock.fixed(EventsDatabase.NOW, ZoneOffset.UTC), Duration.ofDays(-daysAgo))));
            return true;
        }
    }

    @Test
    void aFederationHasAPastEventWithItsAttendanceOneOpenWithAWaitingListAndADraftTour() {
        Demo taishan = new Demo("demo-ev-taishan", Set.of("admin", "organiser"));
        new EventsDemoData(EventsDatabase.LINKS, NEWSLETTER).fill(taishan);
        TestTenantScope organiser = EventsDatabase.scope("demo-ev-taishan", "demo-ev-taishan-organiser", "organiser");
        var all = new Events(organiser).page(null, 0, 10).items();
        assertThat(all).extracting(CulturalEvent::status).containsExactly(Status.PUBLISHED, Status.PUBLISHED, Status.DRAFT);
        Registrations lists = new Registrations(organiser, EventsDatabase.LINKS);
        assertThat(lists.tally(all.get(0).id())).isEqualTo(new Registrations.Tally(60, 9, 0, 8, 5));
        assertThat(lists.tally(all.get(1).id()).waiting()).isEqualTo(2);
        assertThat(all.get(0).organiser()).isEqualTo("demo-ev-taishan-organiser");

        var editions = new org.qiaoyun.plugins.events.newsletter.Editions(organiser, NEWSLETTER);
        assertThat(editions.archive(10)).as("last month's edition in the public archive").singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("侨乡通讯 秋季号"));
        assertThat(editions.count()).as("and the next one being written").isEqualTo(2);
        assertThat(new org.qiaoyun.plugins.events.newsletter.Subscribers(organiser).receiving()).isEqualTo(4);
    }

    @Test
    void aFederationWithAnAdminOnlyIsFilledByItsAdmin() {
        Demo jinjiang = new Demo("demo-ev-jinjiang", Set.of("admin"));
        new EventsDemoData(EventsDatabase.LINKS, NEWSLETTER).fill(jinjiang);
        assertThat(new Events(EventsDatabase.scope("demo-ev-jinjiang", "x", "viewer")).count(null)).isEqualTo(3);
    }
}
