package org.qiaoyun.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the public pages read of a request, and how fast one client may ask. */
class PublicPagesServletTest {

    @Test
    void aFewShortDecodedSegmentsAreReadAndNothingThatClimbsOrHides() {
        assertThat(PublicPagesServlet.segments("/p/gd-taishan/events/sign-up/abc/", "")).containsExactly("gd-taishan", "events", "sign-up", "abc");
        assertThat(PublicPagesServlet.segments("/p/gd/events/%E6%8A%A5%E5%90%8D", "")).containsExactly("gd", "events", "报名");
        assertThat(PublicPagesServlet.segments("/p/gd/events/%2e%2e/x", "")).as("no climbing").isNull();
        assertThat(PublicPagesServlet.segments("/p/gd/events/a%2Fb", "")).as("no hidden slash").isNull();
        assertThat(PublicPagesServlet.segments("/p/gd/events/" + "x".repeat(101), "")).isNull();
        assertThat(PublicPagesServlet.segments("/p/a/b/c/d/e/f/g/h/i/j/k", "")).as("too deep").isNull();
        assertThat(PublicPagesServlet.segments("/p/gd/events/%zz", "")).as("unreadable").isNull();
    }

    @Test
    void fieldsAreTheFirstValueOfEachAndBounded() {
        assertThat(PublicPagesServlet.fields("name=%E9%98%BF%E8%8A%B3&name=x&phone=138")).containsEntry("name", "阿芳")
                .containsEntry("phone", "138").hasSize(2);
        assertThat(PublicPagesServlet.fields("a=1&".repeat(31))).as("too many fields").isNull();
    }

    @Test
    void aClientMayAskInABurstThenAtAStep() {
        MutableClock clock = new MutableClock();
        PublicRateLimit pace = new PublicRateLimit(3, 30, clock);
        assertThat(List.of(pace.allow("a"), pace.allow("a"), pace.allow("a"), pace.allow("a"))).containsExactly(true, true, true, false);
        assertThat(pace.allow("b")).as("another client has its own bucket").isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertThat(pace.allow("a")).as("one more every two seconds").isTrue();
        assertThat(pace.allow("a")).isFalse();
        assertThat(pace.retryAfterSeconds()).isEqualTo(2);
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
