package org.qiaoyun.plugins.aid.periodic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;

/** A schedule of periodic aid: set within what the case approved, each month due once it has come, stopped with a reason. */
class ScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static AidCase approved(Money amount) {
        AidCase c = AidCase.draft("person-1", AidType.LIVING_SUBSIDY, amount, "独居老人生活补助", "worker", AT).aidCase();
        c.submit("worker", null);
        c.verify("worker", TODAY, "李社工", "属实", TODAY);
        c.approve("director", amount, new Money(5_000_00), null);
        return c;
    }

    private static InvalidInputException refusedAt(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aScheduleRunsItsMonthsAndEachIsDueOnceItHasComeUntilPaid() {
        Schedule s = Schedule.set(approved(new Money(1_800_00)), "fund-1", new Money(300_00), DECEMBER, 6, "director", AT);
        assertThat(s.periods()).containsExactly(DECEMBER, DECEMBER.plusMonths(1), DECEMBER.plusMonths(2), DECEMBER.plusMonths(3),
                DECEMBER.plusMonths(4), DECEMBER.plusMonths(5));
        assertThat(s.due(YearMonth.of(2026, 11), Set.of())).as("nothing before the first month").isEmpty();
        assertThat(s.due(YearMonth.of(2027, 2), Set.of(DECEMBER))).as("months come and an earlier one unpaid stays due")
                .containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2));
        s.requirePayable(YearMonth.of(2027, 1), YearMonth.of(2027, 2), false);
        assertThatThrownBy(() -> s.requirePayable(DECEMBER, YearMonth.of(2027, 2), true)).as("never twice")
                .isInstanceOf(ConflictException.class);
        assertThat(refusedAt(() -> s.requirePayable(YearMonth.of(2027, 3), YearMonth.of(2027, 2), false)).field())
                .as("not ahead of its month").isEqualTo("month");
        assertThat(refusedAt(() -> s.requirePayable(YearMonth.of(2027, 6), YearMonth.of(2027, 8), false)).text()
                .in(Locale.SIMPLIFIED_CHINESE, getClass().getClassLoader())).isEqualTo("2027-06 不在这项定期救助的月份内（2026-12 至 2027-05）");
    }

    @Test
    void aScheduleStaysWithinWhatTheCaseApprovedAndNotYetPaid() {
        AidCase c = approved(new Money(1_000_00));
        c.disbursed("worker", new Money(200_00), "侨爱心基金");
        InvalidInputException above = refusedAt(() -> Schedule.set(c, "fund-1", new Money(300_00), DECEMBER, 3, "director", AT));
        assertThat(above.field()).isEqualTo("months");
        assertThat(above.text().in(Locale.ENGLISH, getClass().getClassLoader()))
                .isEqualTo("the schedule comes to ¥900.00, more than the ¥800.00 the case has approved and not yet paid");
        assertThat(Schedule.set(c, "fund-1", new Money(200_00), DECEMBER, 4, "director", AT).months()).isEqualTo(4);
        assertThat(refusedAt(() -> Schedule.set(c, "fund-1", Money.ZERO, DECEMBER, 4, "director", AT)).field()).isEqualTo("monthlyAmount");
        assertThat(refusedAt(() -> Schedule.set(c, "fund-1", new Money(10_00), null, 4, "director", AT)).field()).isEqualTo("firstMonth");
        assertThat(refusedAt(() -> Schedule.set(c, "fund-1", new Money(10_00), DECEMBER, 0, "director", AT)).field()).isEqualTo("months");
        assertThat(refusedAt(() -> Schedule.set(c, "fund-1", new Money(10_00), DECEMBER, 37, "director", AT)).field()).isEqualTo("months");
        AidCase draft = AidCase.draft("person-2", AidType.LIVING_SUBSIDY, new Money(900_00), null, "worker", AT).aidCase();
        assertThatThrownBy(() -> Schedule.set(draft, "fund-1", new Money(300_00), DECEMBER, 3, "director", AT))
                .as("not before approval").isInstanceOf(ConflictException.class);
    }

    @Test
    void aStoppedScheduleHasNothingDueAndSaysWhyAPaymentIsRefused() {
        Schedule s = Schedule.set(approved(new Money(1_800_00)), "fund-1", new Money(300_00), DECEMBER, 6, "director", AT);
        s.refused(DECEMBER, Text.of("aid.fund.balance-short", "侨爱心基金", "¥100.00", "¥300.00"));
        assertThat(s.refusedMonth()).isEqualTo(DECEMBER);
        assertThat(s.refusal()).isPresent();
        s.paid();
        assertThat(s.refusal()).as("a payment ends the refusal").isEmpty();
        assertThat(refusedAt(() -> s.stop(" ", "director", AT)).field()).isEqualTo("reason");
        assertThat(refusedAt(() -> s.stop("迁".repeat(501), "director", AT)).field()).as("longer than is kept").isEqualTo("reason");
        assertThat(s.status()).isEqualTo(Schedule.Status.ACTIVE);
        s.stop("已迁居外省", "director", AT);
        assertThat(s.due(YearMonth.of(2027, 3), Set.of())).isEmpty();
        assertThatThrownBy(() -> s.requirePayable(DECEMBER, YearMonth.of(2027, 3), false)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("已迁居外省");
        assertThatThrownBy(() -> s.stop("again", "director", AT)).isInstanceOf(ConflictException.class);
    }
}
