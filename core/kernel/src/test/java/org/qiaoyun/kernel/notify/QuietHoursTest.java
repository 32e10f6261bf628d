package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The quiet hours of text messages, 22:00 to 08:00 Beijing time (UTC+8), on the instants either side of them. */
class QuietHoursTest {

    private static final String NOTICE = "volunteers.shift-cancelled";

    @Test
    void aNoticeGoesBeforeTenAtNightAndFromEightInTheMorning() {
        Instant before = Instant.parse("2026-12-01T13:59:59Z"); // 21:59:59 in Beijing
        Instant morning = Instant.parse("2026-12-01T00:00:00Z"); // 08:00
        assertThat(QuietHours.allowed(NOTICE, before)).isEqualTo(before);
        assertThat(QuietHours.allowed(NOTICE, morning)).isEqualTo(morning);
    }

    @Test
    void aNoticeInTheQuietHoursWaitsUntilEightBeijingTime() {
        Instant eightNextMorning = Instant.parse("2026-12-02T00:00:00Z");
        assertThat(QuietHours.allowed(NOTICE, Instant.parse("2026-12-01T14:00:00Z"))).as("22:00").isEqualTo(eightNextMorning);
        assertThat(QuietHours.allowed(NOTICE, Instant.parse("2026-12-01T15:59:00Z"))).as("23:59").isEqualTo(eightNextMorning);
        assertThat(QuietHours.allowed(NOTICE, Instant.parse("2026-12-01T16:00:00Z"))).as("00:00, the next day in Beijing")
                .isEqualTo(eightNextMorning);
        assertThat(QuietHours.allowed(NOTICE, Instant.parse("2026-12-01T23:59:59Z"))).as("07:59:59").isEqualTo(eightNextMorning);
    }

    @Test
    void whatKeepsAnAccountSafeGoesAtNightToo() {
        Instant night = Instant.parse("2026-12-01T18:30:00Z"); // 02:30 in Beijing
        assertThat(QuietHours.allowed("kernel.notify.account-locked", night)).isEqualTo(night);
        assertThat(QuietHours.allowed("kernel.notify.password-reset", night)).isEqualTo(night);
    }
}
