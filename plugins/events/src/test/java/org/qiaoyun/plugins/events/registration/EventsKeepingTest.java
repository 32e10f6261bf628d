package org.qiaoyun.plugins.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.guest;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.EventsDatabase;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.newsletter.Subscriber;
import org.qiaoyun.plugins.events.newsletter.Subscribers;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The events module's keeping periods: an event's people are forgotten at the federation's period after it ended, and
 * never later than the year the sign-up page promises; newsletter readers who left are forgotten a month after leaving
 * by default, their address kept so that nothing goes there again.
 */
class EventsKeepingTest {

    private static final ClassLoader LOADER = EventsKeepingTest.class.getClassLoader();

    private static Instant monthsAfter(Instant at, int months, int days) {
        return at.atOffset(ZoneOffset.UTC).plusMonths(months).plusDays(days).toInstant();
    }

    private static CulturalEvent published(Events events) {
        CulturalEvent planned = events.plan(gathering(50));
        return events.publish(planned.id(), planned.version());
    }

    @Test
    void theKindsPromiseNoLongerThanTheConsentText() {
        EventsKeeping keeping = new EventsKeeping();
        assertThat(keeping.kinds()).extracting(k -> k.code() + " " + k.defaultMonths() + " " + k.leastMonths() + "-" + k.mostMonths())
                .containsExactly("registration 12 1-12", "subscriber 1 1-12");
        assertThat(keeping.kinds().get(0).name().in(Text.CHINESE, LOADER)).isEqualTo("活动报名");
        assertThat(keeping.kinds().get(1).from().in(Text.ENGLISH, LOADER)).contains("unsubscribed");
        assertThat(Text.of("events.page.consent-text", "台山市侨联").in(Text.CHINESE, LOADER)).contains("最迟于活动结束一年后删除");
    }

    @Test
    void anEventsPeopleAreForgottenAtTheFederationsPeriodAndTheCountsStay() {
        TestTenantScope organiser = scope("keep-ev", "keep-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent event = published(events);
        new Registrations(visitor("keep-ev"), LINKS).signUp(event.id(), guest("伍阿姨", "13902227777", 1));
        Registrations.Tally before = new Registrations(organiser, LINKS).tally(event.id());
        EventsKeeping keeping = new EventsKeeping();

        TestTenantScope fiveMonthsOn = EventsDatabase.at(monthsAfter(event.endsAt(), 5, 20), "keep-ev", "system");
        assertThat(keeping.eraseEnded(fiveMonthsOn, "registration", 6)).as("within a federation's six months").isZero();
        TestTenantScope sixMonthsOn = EventsDatabase.at(monthsAfter(event.endsAt(), 6, 1), "keep-ev", "system");
        assertThat(keeping.eraseEnded(sixMonthsOn, "registration", 12)).as("the default: a year").isZero();
        assertThat(keeping.eraseEnded(sixMonthsOn, "registration", 6)).isEqualTo(1);
        assertThat(keeping.eraseEnded(sixMonthsOn, "registration", 6)).as("run again, nothing more").isZero();
        Registration forgotten = new Registrations(organiser, LINKS).all(event.id()).get(0);
        assertThat(forgotten.name()).isEmpty();
        assertThat(forgotten.phone()).isNull();
        assertThat(new Registrations(organiser, LINKS).tally(event.id())).as("how many came stays").isEqualTo(before);
        assertThat(sixMonthsOn.audited()).anyMatch(line -> line.startsWith("rights.retention registration"));
        assertThat(String.join("\n", sixMonthsOn.audited())).doesNotContain("伍阿姨", "13902227777");

        CulturalEvent later = published(events);
        new Registrations(visitor("keep-ev"), LINKS).signUp(later.id(), guest("黄先生", "13902228888", 0));
        TestTenantScope aYearOn = EventsDatabase.at(monthsAfter(later.endsAt(), 12, 1), "keep-ev", "system");
        assertThat(keeping.eraseEnded(aYearOn, "registration", 36)).as("a period longer than promised is held to the promise").isEqualTo(1);
    }

    @Test
    void readersWhoLeftAreForgottenAMonthOnTheirAddressKeptAndReadersStayUntouched() {
        TestTenantScope organiser = scope("keep-nl", "keep-organiser", "organiser");
        Subscribers readers = new Subscribers(organiser);
        Subscriber stays = readers.add(Subscriber.Details.of("陈先生", "chen@example.com", "zh", "member", null));
        Subscriber leaves = readers.add(Subscriber.Details.of("林女士", "lin@example.my", "zh", "overseas_contact", "马来西亚"));
        Subscriber bounces = readers.add(Subscriber.Details.of("Mary Wong", "mary@example.ca", "en", "overseas_contact", "加拿大"));
        new Subscribers(EventsDatabase.scope("keep-nl", "nobody")).unsubscribe(leaves.token());
        readers.bounced(bounces.id(), "550 5.1.1 user unknown");
        EventsKeeping keeping = new EventsKeeping();

        TestTenantScope weeksOn = EventsDatabase.at(EventsDatabase.NOW.plus(Duration.ofDays(20)), "keep-nl", "system");
        assertThat(keeping.eraseEnded(weeksOn, "subscriber", 1)).as("within the month").isZero();
        TestTenantScope monthOn = EventsDatabase.at(monthsAfter(EventsDatabase.NOW, 1, 1), "keep-nl", "system");
        assertThat(keeping.eraseEnded(monthOn, "subscriber", 1)).isEqualTo(2);
        assertThat(keeping.eraseEnded(monthOn, "subscriber", 1)).as("run again, nothing more").isZero();

        Subscriber left = new Subscribers(organiser).byToken(leaves.token()).orElseThrow();
        assertThat(left.name()).isEmpty();
        assertThat(left.country()).isNull();
        assertThat(left.email()).as("the address stays: nothing goes there again").isEqualTo("lin@example.my");
        Subscriber bounced = new Subscribers(organiser).byToken(bounces.token()).orElseThrow();
        assertThat(bounced.name()).isEmpty();
        assertThat(bounced.bounceNote()).isNull();
        assertThat(new Subscribers(organiser).byToken(stays.token()).orElseThrow().name()).isEqualTo("陈先生");
        assertThat(monthOn.audited()).anyMatch(line -> line.startsWith("rights.retention subscriber"));
        assertThat(keeping.eraseEnded(monthOn, "letters", 1)).as("not a kind of the module").isZero();
    }
}
