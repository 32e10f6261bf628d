package org.qiaoyun.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Money;

class FormatsTest {

    @Test
    void amountsDatesTimesAndDurationsReadAsPeopleReadThem() {
        assertThat(Formats.money(new Money(1_234_500))).isEqualTo("¥12,345.00");
        assertThat(Formats.money(null)).isEmpty();
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertThat(Formats.date(day, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年11月30日");
        assertThat(Formats.date(day, Locale.ENGLISH)).isEqualTo("2026-11-30");
        assertThat(Formats.time(Instant.parse("2026-11-30T16:30:00Z"))).as("Beijing time, past midnight")
                .isEqualTo("2026-12-01 00:30");
        assertThat(Formats.dayOf(Instant.parse("2026-11-30T16:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Formats.duration(Duration.ofMinutes(150), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2小时30分钟");
        assertThat(Formats.duration(Duration.ofMinutes(150), Locale.ENGLISH)).isEqualTo("2 h 30 min");
        assertThat(Formats.duration(Duration.ofMinutes(45), Locale.SIMPLIFIED_CHINESE)).isEqualTo("45分钟");
        assertThat(Formats.duration(Duration.ofHours(3), Locale.ENGLISH)).isEqualTo("3 h");
    }
}
