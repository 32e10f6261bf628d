package org.qiaoyun.plugins.events.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.events.EventsDatabase.NOW;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.plugins.events.EventsDailyWork;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The platform's mail channel finds a reader's address refused for good: the newsletter marks that reader bounced, with
 * the mail server's words, so that the organisers see why they get nothing; a bounce from before a reader subscribed, or
 * one staff already dealt with, changes nothing.
 */
class BouncesTest {

    @Test
    void aBounceTheMailChannelMetMarksTheReaderWithTheServersWordsOnceAndNeverAnEarlierOne() {
        TestTenantScope organiser = scope("nl-bounce", "nl-editor", "organiser");
        Subscribers readers = new Subscribers(organiser);
        Subscriber gone = readers.add(Subscriber.Details.of("黄先生", "Huang@Example.cn", "zh", "member", null));
        Subscriber later = readers.add(Subscriber.Details.of("林女士", "lin@example.my", "zh", "overseas", "马来西亚"));
        Subscriber fine = readers.add(Subscriber.Details.of("Tom Lee", "tom@example.com", "en", "overseas", "USA"));
        organiser.bouncing("huang@example.cn", NOW.plus(Duration.ofHours(3)), "SMTPAddressFailedException: 550 5.1.1\n<huang@example.cn>: user unknown")
                .bouncing("lin@example.my", NOW.minus(Duration.ofDays(30)), "550 no such user")
                .bouncing("stranger@example.org", NOW.plus(Duration.ofHours(2)), "550 no such user");
        TestTenantScope nextDay = organiser.at(Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC)).as("system");

        new EventsDailyWork().run(nextDay);

        Subscriber marked = new Subscribers(organiser).byToken(gone.token()).orElseThrow();
        assertThat(marked.standing()).isEqualTo(Subscriber.Standing.BOUNCED);
        assertThat(marked.bouncedAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(marked.bounceNote()).as("the server's words on one line")
                .isEqualTo("SMTPAddressFailedException: 550 5.1.1 <huang@example.cn>: user unknown");
        assertThat(new Subscribers(organiser).byToken(later.token()).orElseThrow().standing())
                .as("a bounce from before the reader subscribed").isEqualTo(Subscriber.Standing.SUBSCRIBED);
        assertThat(new Subscribers(organiser).byToken(fine.token()).orElseThrow().standing()).isEqualTo(Subscriber.Standing.SUBSCRIBED);
        assertThat(nextDay.hasAudited("subscriber.bounce", gone.id())).isTrue();
        assertThat(String.join("\n", nextDay.audited())).doesNotContain("huang@example.cn");
        assertThat(new Subscribers(organiser).receiving()).isEqualTo(2);
        assertThat(Subscribers.takeBounces(nextDay)).as("run again, nothing more").isZero();

        Subscriber resumed = new Subscribers(organiser).resume(gone.id(), marked.version(),
                Subscriber.Details.of("黄先生", "huang@example.cn", "zh", "member", null));
        assertThat(resumed.standing()).isEqualTo(Subscriber.Standing.SUBSCRIBED);
        assertThat(new Subscribers(organiser).markBounced()).as("the bounce staff dealt with is not marked again").isZero();
        assertThatThrownBy(() -> new Subscribers(organiser.as("nl-viewer", "viewer")).markBounced())
                .isInstanceOf(PermissionDeniedException.class);
    }
}
