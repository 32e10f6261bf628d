package org.qiaoyun.kernel.notify;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The hours no text message wakes anyone: 22:00 to 08:00 Beijing time. A message that is not urgent waits until 08:00;
 * the urgent ones, what keeps an account safe ({@link Choices#ALWAYS}: locked, an address stopped guessing, a password
 * set anew), go at once, since the person must act on them now. Only text messages wait: an email or the bell wakes
 * nobody. The time is the platform's clock, never the wall clock.
 */
final class QuietHours {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LocalTime START = LocalTime.of(22, 0);
    static final LocalTime END = LocalTime.of(8, 0);

    private QuietHours() {
    }

    /** The kinds that go in the quiet hours too. */
    static Set<String> urgent() {
        return Choices.ALWAYS;
    }

    /** When a message of {@code kind} may go by text message, at {@code now}: now, or 08:00 when the hours are quiet. */
    static Instant allowed(String kind, Instant now) {
        if (urgent().contains(kind)) {
            return now;
        }
        ZonedDateTime local = now.atZone(BEIJING);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(START)) {
            return local.toLocalDate().plusDays(1).atTime(END).atZone(BEIJING).toInstant();
        }
        if (time.isBefore(END)) {
            return local.toLocalDate().atTime(END).atZone(BEIJING).toInstant();
        }
        return now;
    }
}
