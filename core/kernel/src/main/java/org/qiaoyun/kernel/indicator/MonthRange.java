package org.qiaoyun.kernel.indicator;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * The months a roll-up covers, both ends included: at most {@value #MAX_MONTHS} months, the last not before the
 * first. Built only valid; a refusal names the parameter at fault ({@code from} or {@code to}).
 */
public record MonthRange(YearMonth from, YearMonth to) {

    /** Five years: what a dashboard or an export may span. */
    public static final int MAX_MONTHS = 60;

    public MonthRange {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", Text.of("kernel.indicators.month-missing"));
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", Text.of("kernel.indicators.to-before-from", to.toString(), from.toString()));
        }
        if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            throw new InvalidInputException("to", Text.of("kernel.indicators.range-too-long", MAX_MONTHS));
        }
    }

    /** The twelve months ending with {@code to}. */
    public static MonthRange yearTo(YearMonth to) {
        return new MonthRange(to.minusMonths(11), to);
    }

    /**
     * The range of two texts such as {@code 2026-01}; a missing {@code to} is {@code defaultTo}, a missing
     * {@code from} the eleventh month before {@code to}.
     */
    public static MonthRange parse(String from, String to, YearMonth defaultTo) {
        YearMonth end = to == null || to.isBlank() ? defaultTo : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
        return new MonthRange(start, end);
    }

    private static YearMonth month(String field, String text) {
        try {
            if (text.length() != 7) {
                throw new DateTimeParseException("not yyyy-MM", text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("kernel.indicators.month-format", text));
        }
    }

    /** How many months, from 1 to {@value #MAX_MONTHS}. */
    public int size() {
        return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }

    /** The months in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(size());
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The place of a month in {@link #months()}, or -1 outside the range. */
    public int indexOf(YearMonth month) {
        return month.isBefore(from) || month.isAfter(to) ? -1 : (int) from.until(month, java.time.temporal.ChronoUnit.MONTHS);
    }
}
