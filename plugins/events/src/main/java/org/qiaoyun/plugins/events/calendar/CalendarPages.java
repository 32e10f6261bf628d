package org.qiaoyun.plugins.events.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.Text;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;

/**
 * The federation's events as calendars for phones (no account): {@code calendar.ics} is the feed of every event the
 * public has seen (published, or cancelled after it was published, marked cancelled) that ended at most
 * {@link #KEPT_IN_FEED} ago; {@code e/<id>/event.ics} is one event, linked from the confirmation email and the
 * person's own page. An event's UID never changes, so a calendar updates the entry it holds (its SEQUENCE is the
 * event's version). A draft or a wrong id: the platform's one 404.
 */
public final class CalendarPages {

    /** How long past events stay in the feed. */
    static final Duration KEPT_IN_FEED = Duration.ofDays(90);
    static final int MOST = 500;

    /** Where the public reaches the platform, for each entry's link to its sign-up page. */
    private final String publicUrl;

    public CalendarPages(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** Whether {@code path} is one of these pages. */
    public static boolean serves(List<String> path) {
        return path.equals(List.of("calendar.ics")) || path.size() == 3 && path.get(0).equals("e") && path.get(2).equals("event.ics");
    }

    public PublicPage answer(PublicRequest request) {
        if (request.posted()) {
            return PublicPage.notFound();
        }
        TenantScope tenant = request.tenant();
        Locale language = request.english() ? Text.ENGLISH : Text.CHINESE;
        Events events = new Events(tenant);
        if (request.path().size() == 1) {
            ICalendar feed = new ICalendar(Text.of("events.page.list-title", tenant.tenantName()).in(language, CalendarPages.class.getClassLoader()));
            Instant now = tenant.clock().instant();
            events.published(now.minus(KEPT_IN_FEED), MOST).forEach(event -> feed.add(entry(tenant, event, language, now)));
            return PublicPage.file(PublicPage.FileKind.CALENDAR, "calendar.ics", feed.bytes());
        }
        return events.seenByThePublic(request.path().get(1))
                .map(event -> PublicPage.file(PublicPage.FileKind.CALENDAR, "event.ics",
                        new ICalendar(event.title()).add(entry(tenant, event, language, tenant.clock().instant())).bytes()))
                .orElse(PublicPage.notFound());
    }

    /**
     * One event as a calendar file ({@code event.ics}, the same entry as {@code e/<id>/event.ics}: its UID and its
     * version as SEQUENCE), for an email to carry; {@code eventUrl} is its public page.
     */
    public static byte[] eventFile(TenantScope tenant, CulturalEvent event, Locale language, String eventUrl) {
        return new ICalendar(event.title()).add(entry(tenant, event, language, tenant.clock().instant(), eventUrl)).bytes();
    }

    private ICalendar.Entry entry(TenantScope tenant, CulturalEvent event, Locale language, Instant now) {
        return entry(tenant, event, language, now, publicUrl + "/p/" + tenant.tenantCode() + "/events/e/" + event.id());
    }

    private static ICalendar.Entry entry(TenantScope tenant, CulturalEvent event, Locale language, Instant now, String eventUrl) {
        ClassLoader texts = CalendarPages.class.getClassLoader();
        String where = event.place() == null ? Text.of("events.page.online").in(language, texts) : event.place();
        StringBuilder about = new StringBuilder(tenant.tenantName());
        if (event.description() != null) {
            about.append('\n').append(event.description());
        }
        if (event.feeNote() != null) {
            about.append('\n').append(Text.of("events.page.fee", event.feeNote()).in(language, texts));
        }
        if (event.reason() != null && event.status() == org.qiaoyun.plugins.events.event.Status.CANCELLED) {
            about.append('\n').append(Text.of("events.page.event-cancelled", event.reason()).in(language, texts));
        }
        return new ICalendar.Entry(event.id() + "@" + tenant.tenantCode() + ".events.qiaoyun", event.version(), now, event.startsAt(),
                event.endsAt(), event.title(), where, about.toString(), eventUrl,
                event.status() == org.qiaoyun.plugins.events.event.Status.CANCELLED);
    }
}
