package org.qiaoyun.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time the tests' stories happen at when the date is not what they are about. The platform's code takes time
 * only from the clock it is given; tests give it a moment far from the day they run on, so that anything reading
 * the wall clock (or the JVM's zone) instead shows up as a failure on every day, not only on the first of a month.
 */
public final class StoryClock {

    /**
     * 01:00 on 16 March 2027 in Beijing, while it is still the 15th in UTC: a date read in the JVM's default zone
     * (UTC on the build machines) or from the system clock disagrees with the story's day.
     */
    public static final Instant START = Instant.parse("2027-03-15T17:00:00Z");

    private StoryClock() {
    }

    /**
     * A clock that starts at {@link #START} and ticks with real time: for stories with leases, retries and time-outs
     * that wait for time to pass. Two clocks made a moment apart agree to within that moment.
     */
    public static Clock ticking() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), START));
    }
}
