package org.qiaoyun.plugins.volunteers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * The volunteer figures reported up the tree for the current month: active (approved) volunteers,
 * hours served this month, and places filled against places needed in this month's shifts.
 */
public final class VolunteerIndicators {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private VolunteerIndicators() {
    }

    public static List<IndicatorDefinition> definitions() {
        return List.of(
                new IndicatorDefinition("active-volunteers", "在册志愿者", "Active volunteers", "person", Aggregation.SUM),
                new IndicatorDefinition("hours-served", "本月服务时长", "Hours served this month", "hour", Aggregation.SUM),
                new IndicatorDefinition("places-filled", "本月已满岗位", "Places filled this month", "place", Aggregation.SUM),
                new IndicatorDefinition("places-needed", "本月所需岗位", "Places needed this month", "place", Aggregation.SUM));
    }

    public static void refresh(TenantScope scope) {
        YearMonth month = YearMonth.now(CHINA);
        var start = month.atDay(1).atStartOfDay(CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        var end = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        long[] figures = scope.transaction(em -> new long[] {
            em.createQuery("select count(v) from Volunteer v where v.status = :approved", Long.class)
                    .setParameter("approved", Volunteer.Status.APPROVED).getSingleResult(),
            orZero(em.createQuery("select sum(s.minutes) from SignUp s where s.shiftStart >= :start and s.shiftStart < :end", Long.class)
                    .setParameter("start", start).setParameter("end", end).getSingleResult()),
            em.createQuery("select count(s) from SignUp s where s.status = :confirmed and s.shiftStart >= :start and s.shiftStart < :end",
                    Long.class).setParameter("confirmed", SignUp.Status.CONFIRMED).setParameter("start", start)
                    .setParameter("end", end).getSingleResult(),
            orZero(em.createQuery("select sum(s.capacity) from Shift s where s.startsAt >= :start and s.startsAt < :end", Long.class)
                    .setParameter("start", start).setParameter("end", end).getSingleResult())
        });
        scope.record("active-volunteers", month, BigDecimal.valueOf(figures[0]));
        scope.record("hours-served", month, BigDecimal.valueOf(figures[1]).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
        scope.record("places-filled", month, BigDecimal.valueOf(figures[2]));
        scope.record("places-needed", month, BigDecimal.valueOf(figures[3]));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
