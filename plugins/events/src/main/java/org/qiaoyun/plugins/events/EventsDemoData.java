package org.qiaoyun.plugins.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.qiaoyun.api.DemoData;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.event.Audience;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.plugins.events.newsletter.Edition;
import org.qiaoyun.plugins.events.newsletter.Editions;
import org.qiaoyun.plugins.events.newsletter.NewsletterLinks;
import org.qiaoyun.plugins.events.newsletter.Subscriber;
import org.qiaoyun.plugins.events.newsletter.Subscribers;
import org.qiaoyun.plugins.events.registration.Guest;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;

/**
 * Demo records for a demo federation, made through the module's services as its organiser would make them: a 重阳
 * gathering three weeks ago with guests from home and abroad checked in at the door, a Spring Festival gathering to
 * come that is open for sign-up with a few guests and one on the waiting list, a root-seeking tour still a draft; and
 * the newsletter (侨刊乡讯): readers at home and abroad, last month's edition sent (in the public archive), the next one
 * being written.
 */
final class EventsDemoData implements DemoData {

    private final Registrations.Links links;
    private final NewsletterLinks newsletterLinks;

    EventsDemoData(Registrations.Links links, NewsletterLinks newsletterLinks) {
        this.links = links;
        this.newsletterLinks = newsletterLinks;
    }

    @Override
    public void fill(Federation federation) {
        String role = federation.as(Permissions.ORGANISER, scope -> true) ? Permissions.ORGANISER : "admin";
        AtomicReference<String> past = new AtomicReference<>();
        federation.asDaysAgo(role, 30, scope -> {
            CulturalEvent event = plan(scope, "重阳敬老联谊会", Kind.FESTIVAL, "侨联活动中心", Duration.ofDays(9), 60, "江门五邑侨乡文化促进会");
            Registrations list = new Registrations(scope, links);
            list.register(event.id(), Guest.of("黄伯", "13902230001", null, null, null, "1", "需要轮椅通道", true));
            list.register(event.id(), Guest.of("李婆婆", "13902230002", null, null, "城区侨联小组", "0", null, true));
            list.register(event.id(), Guest.of("Mr. Wong", null, "wong.demo@example.com", "美国", "旧金山台山宁阳会馆", "2", null, true));
            list.register(event.id(), Guest.of("陈女士", "+60 12 345 6789", null, "马来西亚", "马来西亚台山会馆", "1", null, true));
            past.set(event.id());
            return null;
        });
        federation.asDaysAgo(role, 21, scope -> {
            Registrations door = new Registrations(scope, links);
            for (Registration r : door.all(past.get())) {
                if (!r.name().equals("李婆婆")) {
                    door.checkIn(past.get(), r.code());
                }
            }
            door.walkIn(past.get(), Guest.of("伍先生", "13902230009", null, "香港", null, "0", null, true));
            return null;
        });
        federation.as(role, scope -> {
            CulturalEvent spring = plan(scope, "春节侨胞联谊晚会", Kind.FESTIVAL, "台山市文化中心大剧院", Duration.ofDays(40), 6, "香港台山商会");
            Registrations list = new Registrations(scope, links);
            list.register(spring.id(), Guest.of("梅先生", "13902230011", null, "加拿大", "温哥华台山同乡会", "2", null, true));
            list.register(spring.id(), Guest.of("甄女士", "13902230012", null, null, null, "2", null, true));
            list.register(spring.id(), Guest.of("谭同学", null, "tam.demo@example.edu", "澳大利亚", "悉尼大学", "1", null, true));
            Events events = new Events(scope);
            CulturalEvent tour = events.plan(new CulturalEvent.Details("海外华裔青少年寻根之旅", Kind.ROOT_SEEKING,
                    "走访碉楼、侨批馆与祖居地，与乡亲座谈。", "开平碉楼与村落", false, day(scope, 120, 9), day(scope, 125, 17),
                    Audience.YOUNG_PEOPLE, 30, null, null, true, "往返交通自理，食宿由侨联安排", "广东省侨联、暨南大学"));
            return tour;
        });
        newsletter(federation, role);
    }

    /** Readers, an edition sent a month ago with its articles, and the next edition as a draft. */
    private void newsletter(Federation federation, String role) {
        federation.asDaysAgo(role, 40, scope -> {
            Subscribers readers = new Subscribers(scope);
            readers.add(Subscriber.Details.of("司徒美玲", "situ.demo@example.org", "zh", "member", null));
            readers.add(Subscriber.Details.of("黄志强", "wong.demo@example.org", "zh", "overseas", "美国"));
            readers.add(Subscriber.Details.of("Linda Chan", "chan.demo@example.org", "en", "overseas", "加拿大"));
            readers.add(Subscriber.Details.of("伍家豪", "ng.demo@example.org", "zh", "overseas", "马来西亚"));
            return null;
        });
        federation.asDaysAgo(role, 30, scope -> {
            Editions editions = new Editions(scope, newsletterLinks);
            Edition sent = editions.plan(new Edition.Details("侨乡通讯 秋季号", 1, LocalDate.now(scope.clock().withZone(ChinaTime.ZONE))));
            editions.addArticle(sent.id(), "重阳敬老联谊会圆满举行",
                    "六十多位归侨侨眷和海外乡亲欢聚一堂，旅美乡亲专程回乡参加。侨联为八十岁以上的老人送上慰问品。");
            editions.addArticle(sent.id(), "侨批档案修复工作进展",
                    "市侨批馆新修复侨批三百余封，将于春节期间展出，欢迎乡亲提供家藏侨批线索。");
            return editions.send(sent.id(), editions.get(sent.id()).edition().version());
        });
        federation.as(role, scope -> {
            Editions editions = new Editions(scope, newsletterLinks);
            Edition next = editions.plan(new Edition.Details("侨乡通讯 冬季号", 2, LocalDate.now(scope.clock().withZone(ChinaTime.ZONE))
                    .plusDays(20)));
            return editions.addArticle(next.id(), "春节侨胞联谊晚会报名开始", "欢迎海内外乡亲扫码报名，名额有限，额满即止。");
        });
    }

    private static CulturalEvent plan(TenantScope scope, String title, Kind kind, String place, Duration inDays, int capacity, String partners) {
        Events events = new Events(scope);
        long days = inDays.toDays();
        CulturalEvent planned = events.plan(new CulturalEvent.Details(title, kind, "欢迎归侨侨眷和海外乡亲携家人参加。", place, false,
                day(scope, days, 14), day(scope, days, 17), Audience.EVERYONE, capacity, null, null, false, "免费", partners));
        return events.publish(planned.id(), planned.version());
    }

    private static Instant day(TenantScope scope, long daysAhead, int hour) {
        return LocalDate.now(scope.clock().withZone(ChinaTime.ZONE)).plusDays(daysAhead).atTime(hour, 0).atZone(ChinaTime.ZONE).toInstant();
    }
}
