package org.qiaoyun.plugins.legal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The holiday notices the module ships, one file per year ({@code calendar/<year>.properties}: {@code off}
 * and {@code make-up}, comma-separated days or ranges {@code 2026-02-15..2026-02-23}). A federation's admin
 * enters the years published after the module was built ({@link Calendars#enter}).
 */
public final class ShippedNotices {

    /** The years shipped in this build. */
    static final List<Integer> YEARS = List.of(2026);

    private ShippedNotices() {
    }

    public static List<HolidayNotice> all() {
        return YEARS.stream().map(ShippedNotices::load).toList();
    }

    static HolidayNotice load(int year) {
        Properties file = new Properties();
        try (InputStream in = ShippedNotices.class.getResourceAsStream("/calendar/" + year + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no shipped holiday notice for " + year);
            }
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HolidayNotice.of(year, days(file.getProperty("off", "")), days(file.getProperty("make-up", "")));
    }

    /** Days and ranges, as a person writes them: {@code 2026-01-01..2026-01-03, 2026-01-04}. */
    public static List<LocalDate> days(String text) {
        List<LocalDate> days = new ArrayList<>();
        for (String part : text.split("[,，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.split("\\.\\.");
            LocalDate first = parse(range[0]);
            LocalDate last = range.length > 1 ? parse(range[1]) : first;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.qiaoyun.api.InvalidInputException("days", org.qiaoyun.api.Text.of("legal.calendar.day-format", day.strip()));
        }
    }
}
