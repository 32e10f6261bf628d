package org.qiaoyun.plugins.volunteers.shift;

import java.time.Duration;
import java.time.Instant;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * How much of a stay counts as service (志愿服务时长, the record rules' "actual service time"): from the shift's
 * start, not an early check-in (waiting to begin is not service), to the check-out, but never past the shift's
 * end plus the tolerance the federation allows for work that ran over. A check-out the next day therefore
 * counts the shift and its tolerance, never a night. A check-out never given counts nothing on its own: the
 * organiser enters the minutes afterwards with a reason (补录), as from a paper sign-in sheet.
 *
 * @param tolerance how long after the shift's end a check-out still counts (0 to 4 hours)
 */
public record ServiceTime(Duration tolerance) {

    /** The longest tolerance a federation may set: beyond it, the shift was planned wrong. */
    public static final Duration MAX_TOLERANCE = Duration.ofHours(4);
    /** The tolerance a federation has until its admins set their own. */
    public static final ServiceTime DEFAULT = new ServiceTime(Duration.ofMinutes(30));

    public ServiceTime {
        if (tolerance == null || tolerance.isNegative() || tolerance.compareTo(MAX_TOLERANCE) > 0) {
            throw new InvalidInputException("checkOutToleranceMinutes", Text.of("volunteers.hours.tolerance-between"));
        }
    }

    /** A tolerance in whole minutes, as admins type it. */
    public static ServiceTime ofMinutes(int minutes) {
        return new ServiceTime(Duration.ofMinutes(minutes));
    }

    /** The latest moment a check-out still counts for a shift ending at {@code end}. */
    public Instant countsUntil(Instant end) {
        return end.plus(tolerance);
    }

    /** The whole minutes served between a check-in and a check-out on a shift from {@code start} to {@code end}. */
    public int minutes(Instant start, Instant end, Instant checkedIn, Instant checkedOut) {
        Instant from = checkedIn.isAfter(start) ? checkedIn : start;
        Instant until = checkedOut.isAfter(countsUntil(end)) ? countsUntil(end) : checkedOut;
        return until.isAfter(from) ? (int) Duration.between(from, until).toMinutes() : 0;
    }

    public int toleranceMinutes() {
        return (int) tolerance.toMinutes();
    }
}
