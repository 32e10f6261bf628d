package org.qiaoyun.plugins.legal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * One year of the State Council's notice of holidays (放假) and make-up working days (调休): the days off
 * that would otherwise be working days, and the Saturdays and Sundays that are worked instead. Every other
 * Saturday and Sunday is a day off. It cannot be built with a day twice (in one list or in both), a day of
 * another year, or a make-up day that is not a weekend day: each refusal names the day.
 */
public record HolidayNotice(int year, Set<LocalDate> daysOff, Set<LocalDate> makeUpDays) {

    public HolidayNotice {
        daysOff = Set.copyOf(daysOff);
        makeUpDays = Set.copyOf(makeUpDays);
    }

    /** Checks the lists as a person entered them (with possible repeats) and builds the notice. */
    public static HolidayNotice of(int year, Collection<LocalDate> daysOff, Collection<LocalDate> makeUpDays) {
        if (year < 2000 || year > 2199) {
            throw new InvalidInputException("year", Text.of("legal.calendar.year-range"));
        }
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate day : daysOff) {
            requireInYear(year, day, "daysOff");
            if (!off.add(day)) {
                throw new InvalidInputException("daysOff", Text.of("legal.calendar.day-twice", day.toString()));
            }
        }
        Set<LocalDate> worked = new TreeSet<>();
        for (LocalDate day : makeUpDays) {
            requireInYear(year, day, "makeUpDays");
            if (!worked.add(day) || off.contains(day)) {
                throw new InvalidInputException("makeUpDays", Text.of("legal.calendar.day-twice", day.toString()));
            }
            if (!isWeekend(day)) {
                throw new InvalidInputException("makeUpDays", Text.of("legal.calendar.make-up-not-weekend", day.toString()));
            }
        }
        return new HolidayNotice(year, off, worked);
    }

    private static void requireInYear(int year, LocalDate day, String field) {
        if (day == null) {
            throw new InvalidInputException(field, Text.of("legal.calendar.day-missing"));
        }
        if (day.getYear() != year) {
            throw new InvalidInputException(field, Text.of("legal.calendar.day-other-year", day.toString(), year));
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether people work on this day of the notice's year. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !daysOff.contains(day);
    }
}
