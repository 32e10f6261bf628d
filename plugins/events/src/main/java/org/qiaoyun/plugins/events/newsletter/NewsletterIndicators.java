package org.qiaoyun.plugins.events.newsletter;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.ChinaTime;

/**
 * The newsletter's figures: readers editions go to (as the month stands at its last change) and editions sent in
 * the month (Beijing time), counted again in the transaction of every change that moves them.
 */
public final class NewsletterIndicators {

    public static final String SUBSCRIBERS = "newsletter-subscribers";
    public static final String EDITIONS_SENT = "editions-sent";

    private NewsletterIndicators() {
    }

    public static List<IndicatorDefinition> definitions() {
        return List.of(
                new IndicatorDefinition(SUBSCRIBERS, "侨刊乡讯订阅人数", "Newsletter subscribers", "person", Aggregation.SUM).asStock(),
                new IndicatorDefinition(EDITIONS_SENT, "本月寄出的侨刊乡讯期数", "Newsletter editions sent this month", "edition", Aggregation.SUM).asFlow());
    }

    static void recount(TenantScope scope, EntityManager em) {
        YearMonth month = ChinaTime.month(scope.clock().instant());
        long readers = em.createQuery("select count(s) from Subscriber s where s.standing = :subscribed", Long.class)
                .setParameter("subscribed", Subscriber.Standing.SUBSCRIBED).getSingleResult();
        OffsetDateTime from = month.atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        long sent = em.createQuery("select count(e) from Edition e where e.status = :sent and e.sentAt >= :from and e.sentAt < :to", Long.class)
                .setParameter("sent", Edition.Status.SENT).setParameter("from", from).setParameter("to", to).getSingleResult();
        scope.record(SUBSCRIBERS, month, BigDecimal.valueOf(readers));
        scope.record(EDITIONS_SENT, month, BigDecimal.valueOf(sent));
    }
}
