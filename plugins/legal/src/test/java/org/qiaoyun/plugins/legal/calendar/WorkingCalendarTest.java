package org.qiaoyun.plugins.legal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/** Deadlines in working days on the official calendar of 2026, with its make-up working days (调休). */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(ShippedNotices.all());

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theShippedNoticeOf2026HasItsHolidaysAndMakeUpDays() {
        assertThat(calendar.years()).containsExactly(2026);
        assertThat(calendar.isWorkingDay(day("2026-02-14"))).as("Saturday worked before the Spring Festival").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-02-16"))).as("Monday of the Spring Festival").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-01-04"))).as("Sunday worked after New Year").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-10-08"))).as("Thursday after the National Day week").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-10-10"))).as("Saturday worked after National Day").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-10-17"))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(day("2026-09-25"))).as("Friday off for Mid-Autumn").isFalse();
    }

    @Test
    void acrossTheSpringFestivalTheMakeUpSaturdaysCount() {
        // Friday 13 Feb: Saturday 14 is worked (1), 15-23 are off, Tuesday 24 is the second
        assertThat(calendar.after(day("2026-02-13"), 2)).isEqualTo(new Deadline(day("2026-02-24"), false));
        // ten: 14, 24, 25, 26, 27, Saturday 28 (worked), 2, 3, 4, 5 March
        assertThat(calendar.after(day("2026-02-13"), 10)).isEqualTo(new Deadline(day("2026-03-05"), false));
        // a matter taken in on a holiday counts from the next working day
        assertThat(calendar.after(day("2026-02-18"), 2)).isEqualTo(new Deadline(day("2026-02-25"), false));
    }

    @Test
    void acrossMidAutumnAndNationalDayTheMakeUpDaysCount() {
        // Saturday 19 Sep is off, Sunday 20 is worked
        assertThat(calendar.after(day("2026-09-18"), 1)).isEqualTo(new Deadline(day("2026-09-20"), false));
        // Thursday 24 Sep: 25-27 off, Monday 28 (1), Tuesday 29 (2)
        assertThat(calendar.after(day("2026-09-24"), 2)).isEqualTo(new Deadline(day("2026-09-29"), false));
        // Wednesday 30 Sep: 1-7 Oct off, 8 (1), 9 (2), Saturday 10 worked (3)
        assertThat(calendar.after(day("2026-09-30"), 3)).isEqualTo(new Deadline(day("2026-10-10"), false));
        // then 12, 13, 14, 15, 16 (8), Monday 19, Tuesday 20 (10)
        assertThat(calendar.after(day("2026-09-30"), 10)).isEqualTo(new Deadline(day("2026-10-20"), false));
    }

    @Test
    void aDeadlineReachingIntoAYearWithoutANoticeIsCountedOnWeekendsAndSaysItIsProvisional() {
        assertThat(calendar.after(day("2026-12-24"), 2)).as("within 2026").isEqualTo(new Deadline(day("2026-12-28"), false));
        // Monday 28 Dec 2026: 29, 30, 31, then 2027 on weekends alone: 1 (Fri), 4, 5, 6, 7, 8, 11
        assertThat(calendar.after(day("2026-12-28"), 10)).isEqualTo(new Deadline(day("2027-01-11"), true));
        WorkingCalendar known = new WorkingCalendar(List.of(ShippedNotices.load(2026),
                HolidayNotice.of(2027, List.of(day("2027-01-01")), List.of())));
        assertThat(known.after(day("2026-12-28"), 10)).as("once 2027 is entered").isEqualTo(new Deadline(day("2027-01-12"), false));
    }

    @Test
    void aNoticeWithADayTwiceIsRefusedNamingTheDay() {
        assertThatThrownBy(() -> HolidayNotice.of(2027, List.of(day("2027-02-06"), day("2027-02-06")), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("daysOff");
                    assertThat(refused.text().in(Text.CHINESE, getClass().getClassLoader())).isEqualTo("日期 2027-02-06 出现了两次");
                });
        assertThatThrownBy(() -> HolidayNotice.of(2027, List.of(day("2027-02-06")), List.of(day("2027-02-06"))))
                .as("a day both off and worked").isInstanceOf(InvalidInputException.class).hasMessageContaining("2027-02-06");
        assertThatThrownBy(() -> HolidayNotice.of(2027, List.of(), List.of(day("2027-02-08"))))
                .as("a make-up day on a Monday").isInstanceOf(InvalidInputException.class).hasMessageContaining("2027-02-08");
        assertThatThrownBy(() -> HolidayNotice.of(2027, List.of(day("2026-10-01")), List.of()))
                .as("a day of another year").isInstanceOf(InvalidInputException.class).hasMessageContaining("2026-10-01");
    }

    @Test
    void daysAndRangesAreReadAsWritten() {
        assertThat(ShippedNotices.days("2026-10-01..2026-10-03, 2026-10-10")).containsExactly(day("2026-10-01"), day("2026-10-02"),
                day("2026-10-03"), day("2026-10-10"));
        assertThatThrownBy(() -> ShippedNotices.days("2026-13-01")).isInstanceOf(InvalidInputException.class);
    }
}
