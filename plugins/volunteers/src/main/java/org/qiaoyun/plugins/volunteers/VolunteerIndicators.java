package org.qiaoyun.plugins.volunteers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * The volunteer figures reported up the tree per month: active (approved) volunteers, hours served in the
 * month's shifts, and places filled against places needed in them (cancelled shifts need none).
 */
public final class VolunteerIndicators {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private VolunteerIndicators() {
    }

    public static List<IndicatorDefinition> definitions() {
        return List.of(
                // a count of today: carried into months nobody changed
                new IndicatorDefinition("active-volunteers", "在册志愿者", "Active volunteers", "person", Aggregation.SUM).asStock(),
                new IndicatorDefinition("hours-served", "本月服务时长", "Hours served this month", "hour", Aggregation.SUM).asFlow()
                        .suppressedBelow(0),
                new IndicatorDefinition("places-filled", "本月已满岗位", "Places filled this month", "place", Aggregation.SUM).asFlow(),
                new IndicatorDefinition("places-needed", "本月所需岗位", "Places needed this month", "place", Aggregation.SUM).asFlow(),
                IndicatorDefinition.ratio("fill-rate", "岗位满员率", "Places filled of places needed", "places-filled", "places-needed"));
    }

    /** Records the figures of the month the scope's clock is in. */
    public static void refresh(TenantScope scope) {
        refresh(scope, YearMonth.now(scope.clock().withZone(CHINA)));
    }

    /** The month (Beijing time) an instant falls in, e.g. the month of a shift whose figures changed. */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(CHINA));
    }

    /**
     * Records the figures of a month: hours served and places filled and needed in that month's shifts,
     * and, for the current month, the active volunteers (a count of today, not of a past month). The domain
     * calls it after every change that moves a figure, so that screens and REST keep the reports alike.
     */
    public static void refresh(TenantScope scope, YearMonth month) {
        var start = month.atDay(1).atStartOfDay(CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        var end = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        boolean current = month.equals(YearMonth.now(scope.clock().withZone(CHINA)));
        long[] figures = scope.transaction(em -> new long[] {
            current ? em.createQuery("select count(v) from Volunteer v where v.status = :approved", Long.class)
                    .setParameter("approved", Volunteer.Status.APPROVED).getSingleResult() : 0,
            orZero(em.createQuery("select sum(s.minutes) from SignUp s where s.shiftStart >= :start and s.shiftStart < :end", Long.class)
                    .setParameter("start", start).setParameter("end", end).getSingleResult()),
            // places planned and filled: a walk-in's hours entered afterwards filled no planned place, a no-show left one empty
            em.createQuery("select count(s) from SignUp s where s.status = :confirmed and s.enteredAfterwards = false"
                    + " and s.shiftStart >= :start and s.shiftStart < :end", Long.class).setParameter("confirmed", SignUp.Status.CONFIRMED).setParameter("start", start)
                    .setParameter("end", end).getSingleResult(),
            orZero(em.createQuery("select sum(s.capacity) from Shift s where s.startsAt >= :start and s.startsAt < :end"
                    + " and s.status = :open", Long.class)
                    .setParameter("start", start).setParameter("end", end).setParameter("open", Shift.Status.OPEN).getSingleResult())
        });
        if (current) {
            scope.record("active-volunteers", month, BigDecimal.valueOf(figures[0]));
        }
        scope.record("hours-served", month, BigDecimal.valueOf(figures[1]).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
        scope.record("places-filled", month, BigDecimal.valueOf(figures[2]));
        scope.record("places-needed", month, BigDecimal.valueOf(figures[3]));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
