package org.qiaoyun.plugins.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.IndicatorDefinition.Breakdown;
import org.qiaoyun.api.IndicatorDefinition.Member;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.plugins.events.event.Status;
import org.qiaoyun.plugins.events.registration.Region;
import org.qiaoyun.plugins.events.registration.Standing;

/**
 * The figures cultural events report up the tree, per month of the events' start (Beijing time), counted again
 * in the transaction of every change that moves them: events held by kind (published, not cancelled), people
 * registered (places held, companions included), people attending (checked in, with companions), and attendees
 * from overseas (Hong Kong, Macao and Taiwan included) by country or region. Parents read these, never the lists.
 */
public final class EventsIndicators {

    public static final String EVENTS = "events";
    public static final String REGISTERED = "registered";
    public static final String ATTENDED = "attended";
    public static final String OVERSEAS = "overseas-attendees";

    private EventsIndicators() {
    }

    public static List<IndicatorDefinition> definitions() {
        return List.of(
                new IndicatorDefinition(EVENTS, "本月文化交流活动", "Cultural events this month", "event", Aggregation.SUM)
                        .by(new Breakdown("活动类型", "Kind", Arrays.stream(Kind.values())
                                .map(k -> member(key(k), "events.kind." + k.name())).toList())),
                new IndicatorDefinition(REGISTERED, "本月活动报名人数", "People registered for this month's events", "person", Aggregation.SUM),
                new IndicatorDefinition(ATTENDED, "本月活动到场人数", "People attending this month's events", "person", Aggregation.SUM),
                new IndicatorDefinition(OVERSEAS, "本月海外到场人数", "Attendees from overseas this month", "person", Aggregation.SUM)
                        .by(new Breakdown("国家或地区", "Country or region", Arrays.stream(Region.values()).filter(Region::overseas)
                                .map(r -> member(r.code(), "events.region." + r.name())).toList())));
    }

    private static Member member(String code, String text) {
        ClassLoader loader = EventsIndicators.class.getClassLoader();
        return new Member(code, Text.of(text).in(Text.CHINESE, loader), Text.of(text).in(Text.ENGLISH, loader));
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Counts the months of these start times again (inside the change's transaction) and records them. */
    public static void recount(TenantScope scope, EntityManager em, Instant... starts) {
        Arrays.stream(starts).map(ChinaTime::month).distinct().forEach(month -> count(em, month).forEach((code, value) -> scope.record(code, month, value)));
    }

    static Map<String, BigDecimal> count(EntityManager em, YearMonth month) {
        var from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        var to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        Map<String, BigDecimal> figures = new HashMap<>();
        for (Kind kind : Kind.values()) {
            figures.put(EVENTS + "." + key(kind), BigDecimal.ZERO);
        }
        for (Region region : Region.values()) {
            if (region.overseas()) {
                figures.put(OVERSEAS + "." + region.code(), BigDecimal.ZERO);
            }
        }
        for (Object[] row : em.createQuery("select e.kind, count(e) from CulturalEvent e where e.status = :published"
                        + " and e.startsAt >= :from and e.startsAt < :to group by e.kind", Object[].class)
                .setParameter("published", Status.PUBLISHED).setParameter("from", from).setParameter("to", to).getResultList()) {
            figures.put(EVENTS + "." + key((Kind) row[0]), BigDecimal.valueOf(((Number) row[1]).longValue()));
        }
        String ofMonth = " from Registration r, CulturalEvent e where r.eventId = e.id and e.status = :published"
                + " and e.startsAt >= :from and e.startsAt < :to";
        figures.put(REGISTERED, single(em.createQuery("select coalesce(sum(r.companions + 1), 0)" + ofMonth + " and r.standing in :holding",
                        Number.class).setParameter("published", Status.PUBLISHED).setParameter("from", from).setParameter("to", to)
                .setParameter("holding", List.of(Standing.CONFIRMED, Standing.PENDING)).getSingleResult()));
        figures.put(ATTENDED, single(em.createQuery("select coalesce(sum(r.companions + 1), 0)" + ofMonth + " and r.checkedInAt is not null",
                Number.class).setParameter("published", Status.PUBLISHED).setParameter("from", from).setParameter("to", to).getSingleResult()));
        List<Object[]> overseas = new ArrayList<>(em.createQuery("select r.region, sum(r.companions + 1)" + ofMonth
                        + " and r.checkedInAt is not null group by r.region", Object[].class)
                .setParameter("published", Status.PUBLISHED).setParameter("from", from).setParameter("to", to).getResultList());
        for (Object[] row : overseas) {
            Region region = (Region) row[0];
            if (region.overseas()) {
                figures.put(OVERSEAS + "." + region.code(), single((Number) row[1]));
            }
        }
        return figures;
    }

    private static BigDecimal single(Number n) {
        return n == null ? BigDecimal.ZERO : BigDecimal.valueOf(n.longValue());
    }
}
