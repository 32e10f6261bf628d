package org.qiaoyun.plugins.legal.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * China's official working calendar as far as it is known: the holiday notices of the years entered (and
 * those the module ships). A year without a notice is counted on weekends alone, and a deadline that
 * counted through such a year says so ({@link Deadline#provisional()}), never assuming silently.
 */
public final class WorkingCalendar {

    private final Map<Integer, HolidayNotice> notices;

    public WorkingCalendar(Iterable<HolidayNotice> known) {
        Map<Integer, HolidayNotice> byYear = new TreeMap<>();
        known.forEach(notice -> byYear.put(notice.year(), notice));
        this.notices = Map.copyOf(byYear);
    }

    /** The years whose notice is known. */
    public Set<Integer> years() {
        return new java.util.TreeSet<>(notices.keySet());
    }

    /** Whether the notice of this day's year is known. */
    public boolean knows(LocalDate day) {
        return notices.containsKey(day.getYear());
    }

    /** Whether people work on this day; in a year without a notice, every weekday. */
    public boolean isWorkingDay(LocalDate day) {
        HolidayNotice notice = notices.get(day.getYear());
        return notice == null ? !HolidayNotice.isWeekend(day) : notice.isWorkingDay(day);
    }

    /**
     * The {@code workingDays}-th working day after {@code start} (the day something came in counts as day
     * zero, whatever day it is). Provisional when a day it looked at lies in a year without a notice.
     */
    public Deadline after(LocalDate start, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("count at least one working day: " + workingDays);
        }
        LocalDate day = start;
        boolean provisional = false;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            provisional |= !knows(day);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Deadline(day, provisional);
    }
}
