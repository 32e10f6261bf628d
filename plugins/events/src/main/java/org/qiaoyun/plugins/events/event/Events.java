package org.qiaoyun.plugins.events.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.qiaoyun.api.Filter;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.events.ChinaTime;
import org.qiaoyun.plugins.events.EventsIndicators;
import org.qiaoyun.plugins.events.Permissions;
import org.qiaoyun.plugins.events.registration.Places;
import org.qiaoyun.plugins.events.registration.Registration;

/**
 * The life of events, for every way in (REST, screens, demo data): organisers and admins plan, change, publish,
 * postpone and cancel; every member reads published events, organisers, admins and viewers drafts too. Each
 * change names the version it was made on, is audited with a coded summary and recounts the figures of the
 * months it touches in its transaction; a postponement or a cancellation tells everyone signed up.
 */
public final class Events {

    private final TenantScope scope;

    public Events(TenantScope scope) {
        this.scope = scope;
    }

    /** What the organisers' list asks for: text in the title or place, a status, a kind; sorted by a column. */
    public record Search(String text, Status status, Kind kind, String sort, boolean descending) {

        public static final Search ALL = new Search(null, null, null, "startsAt", false);

        String orderBy() {
            String column = switch (sort == null ? "startsAt" : sort) {
                case "title" -> "e.title";
                case "capacity" -> "e.capacity";
                case "status" -> "e.status";
                case "kind" -> "e.kind";
                default -> "e.startsAt";
            };
            return column + (descending ? " desc" : "") + ", e.id";
        }
    }

    public CulturalEvent plan(CulturalEvent.Details details) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            CulturalEvent event = CulturalEvent.plan(details, scope.currentUser().orElseThrow(), scope.clock().instant());
            em.persist(event);
            scope.audit("event.plan", event.id(), Text.of("events.audit.planned", event.title(), ChinaTime.shown(event.startsAt())));
            return event;
        });
    }

    /** Changes an event as the organiser saw it (version); the capacity never below the places taken; more room moves the line up. */
    public CulturalEvent change(String id, Long seenVersion, CulturalEvent.Details details) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Places places = Places.locked(em, id);
            CulturalEvent event = places.event();
            StaleVersionException.unlessCurrent(seenVersion, event.version());
            Instant before = event.startsAt();
            event.change(details, places.taken());
            places.moveUp();
            scope.audit("event.change", id, Text.of("events.audit.changed", event.title(), seenVersion == null ? event.version() : seenVersion));
            em.flush();
            EventsIndicators.recount(scope, em, before, event.startsAt());
            return event;
        });
    }

    public CulturalEvent publish(String id, Long seenVersion) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            CulturalEvent event = Places.locked(em, id).event();
            StaleVersionException.unlessCurrent(seenVersion, event.version());
            event.publish(scope.clock().instant());
            scope.audit("event.publish", id, Text.of("events.audit.published", event.title()));
            em.flush();
            EventsIndicators.recount(scope, em, event.startsAt());
            return event;
        });
    }

    /** New times with a reason; everyone signed up with an email is told. */
    public CulturalEvent postpone(String id, Long seenVersion, Instant newStart, Instant newEnd, String reason) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Places places = Places.locked(em, id);
            CulturalEvent event = places.event();
            StaleVersionException.unlessCurrent(seenVersion, event.version());
            Instant before = event.startsAt();
            event.postpone(newStart, newEnd, reason);
            tell(places.signedUp(), "events.postponed", event.title(), ChinaTime.shown(before), ChinaTime.shown(event.startsAt()),
                    event.reason(), scope.tenantName());
            scope.audit("event.postpone", id, Text.of("events.audit.postponed", event.title(), ChinaTime.shown(event.startsAt())));
            em.flush();
            EventsIndicators.recount(scope, em, before, event.startsAt());
            return event;
        });
    }

    /** Cancels with a reason; everyone signed up with an email is told. Their registrations stay on the record. */
    public CulturalEvent cancel(String id, Long seenVersion, String reason) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Places places = Places.locked(em, id);
            CulturalEvent event = places.event();
            StaleVersionException.unlessCurrent(seenVersion, event.version());
            event.cancel(reason);
            List<Registration> told = places.signedUp();
            tell(told, "events.cancelled", event.title(), ChinaTime.shown(event.startsAt()), event.reason(), scope.tenantName());
            scope.audit("event.cancel", id, Text.of("events.audit.cancelled", event.title(), told.size()));
            em.flush();
            EventsIndicators.recount(scope, em, event.startsAt());
            return event;
        });
    }

    private void tell(List<Registration> people, String kind, Object... arguments) {
        for (Registration person : people) {
            if (person.email() != null) {
                scope.notifications().email(person.email(), kind, arguments);
            }
        }
    }

    /** One event: published ones for every member (and the public pages), drafts for those who read all. */
    public CulturalEvent get(String id) {
        CulturalEvent event = scope.transaction(em -> id == null ? null : em.find(CulturalEvent.class, id));
        if (event == null || (event.status() == Status.DRAFT && !Permissions.readsAll(scope) && scope.currentUser().isPresent())
                || (event.status() == Status.DRAFT && scope.currentUser().isEmpty())) {
            throw new UnknownObjectException(Text.of("events.event.unknown", id));
        }
        return event;
    }

    /** A page of events for the list: drafts only for organisers, admins and viewers. */
    public Page<CulturalEvent> page(Search search, int page, int size) {
        Search s = search == null ? Search.ALL : search;
        return scope.transaction(em -> filter(s).page(em, CulturalEvent.class, s.orderBy(), page, size));
    }

    /** The same for a grid, which asks by offset. */
    public List<CulturalEvent> rows(Search search, int first, int max) {
        Search s = search == null ? Search.ALL : search;
        return scope.transaction(em -> filter(s).rows(em, CulturalEvent.class, s.orderBy(), first, Math.min(max, Page.MAX_SIZE)));
    }

    /** The events starting in a month (Beijing time), by start, for the organisers' calendar: drafts only for those who read all. */
    public List<CulturalEvent> month(java.time.YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(org.qiaoyun.plugins.events.ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(org.qiaoyun.plugins.events.ChinaTime.ZONE).toOffsetDateTime();
        return scope.transaction(em -> filter(Search.ALL).where("e.startsAt >= :from", "from", from.withOffsetSameInstant(ZoneOffset.UTC))
                .where("e.startsAt < :to", "to", to.withOffsetSameInstant(ZoneOffset.UTC))
                .rows(em, CulturalEvent.class, "e.startsAt, e.id", 0, 500));
    }

    public long count(Search search) {
        return scope.transaction(em -> filter(search == null ? Search.ALL : search).count(em));
    }

    private Filter filter(Search s) {
        Filter filter = new Filter("CulturalEvent e")
                .contains("concat(e.title, ' ', coalesce(e.place, ''))", "text", s.text())
                .where("e.status = :status", "status", s.status())
                .where("e.kind = :kind", "kind", s.kind());
        if (!Permissions.readsAll(scope)) {
            filter.where("e.status <> :draft", "draft", Status.DRAFT);
        }
        return filter;
    }

    /**
     * The events the public has seen, for the calendar feed: published ones and those cancelled after publication
     * (so that calendars learn of the cancellation), from {@code since} on, by start.
     */
    public List<CulturalEvent> published(Instant since, int max) {
        return scope.transaction(em -> em.createQuery("select e from CulturalEvent e where e.publishedAt is not null and e.endsAt > :since"
                        + " order by e.startsAt, e.id", CulturalEvent.class)
                .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).setMaxResults(max).getResultList());
    }

    /** An event the public has seen (published, or cancelled after publication), for its calendar entry. */
    public java.util.Optional<CulturalEvent> seenByThePublic(String id) {
        return scope.transaction(em -> java.util.Optional.ofNullable(id == null ? null : em.find(CulturalEvent.class, id))
                .filter(e -> e.publishedAt() != null));
    }

    /** Published events not yet over, soonest first: the public list. */
    public List<CulturalEvent> upcoming(int max) {
        return scope.transaction(em -> em.createQuery("select e from CulturalEvent e where e.status = :published and e.endsAt > :now"
                        + " order by e.startsAt, e.id", CulturalEvent.class)
                .setParameter("published", Status.PUBLISHED)
                .setParameter("now", OffsetDateTime.ofInstant(scope.clock().instant(), ZoneOffset.UTC)).setMaxResults(max).getResultList());
    }
}
