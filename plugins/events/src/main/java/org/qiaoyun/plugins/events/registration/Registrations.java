package org.qiaoyun.plugins.events.registration;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.events.ChinaTime;
import org.qiaoyun.plugins.events.EventsIndicators;
import org.qiaoyun.plugins.events.Permissions;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Status;

/**
 * Who comes to an event, for every way in: the public page signs people up (no caller), organisers and admins
 * register people, confirm them, cancel them, check them in at the door and add walk-ins, and read the list
 * with contact details (an audited read); a person with their personal link sees and cancels their own place.
 * Every change of a list goes through {@link Places} under the event's lock, tells the person by email
 * what happened (with their link), is audited without personal data, and recounts the month's figures.
 */
public final class Registrations {

    private final TenantScope scope;
    private final Links links;

    /** Where a person's own page is: the module builds the absolute link the email carries. */
    public interface Links {
        String personal(String tenantCode, String token);

        /** An event's public sign-up page, a page of the module beside the person's own ({@code …/events/r/<token>}). */
        default String eventPage(String tenantCode, String eventId) {
            String own = personal(tenantCode, "");
            return own.substring(0, own.length() - "r/".length()) + "e/" + eventId;
        }

        /** An event's calendar entry ({@code .ics}), beside its sign-up page. */
        default String calendar(String tenantCode, String eventId) {
            return eventPage(tenantCode, eventId) + "/event.ics";
        }
    }

    public Registrations(TenantScope scope, Links links) {
        this.scope = scope;
        this.links = links;
    }

    /** How long after its end an event's people are remembered: what the sign-up page's consent text promises. */
    public static final java.time.Period KEPT_AFTER_EVENT = java.time.Period.ofYears(1);

    /**
     * Keeps the consent text's promise at the latest: the people of events that ended more than {@link #KEPT_AFTER_EVENT}
     * ago lose their name, phone, email, organisation, country and notes; how many came, with companions, standing and
     * region, stays for the figures. The platform's daily erasure does it at the federation's keeping period
     * ({@code EventsKeeping}, a year or less); listing the federation's events (screen or REST) runs it too, so that
     * nothing past the promise is shown on a day the daily work has not reached yet. Work of no caller in particular;
     * audited with the number forgotten. An archived federation is read-only: nothing is changed there.
     *
     * @return how many registrations were forgotten now
     */
    public static int forgetPast(TenantScope scope) {
        java.time.OffsetDateTime before = scope.clock().instant().atOffset(java.time.ZoneOffset.UTC).minus(KEPT_AFTER_EVENT);
        try {
            return scope.transaction(em -> {
                int forgotten = forgetEndedBefore(em, before);
                if (forgotten > 0) {
                    scope.audit("registration.forget", "events", Text.of("events.audit.forgotten", forgotten));
                }
                return forgotten;
            });
        } catch (org.qiaoyun.api.RefusalException readOnly) {
            return 0; // an archived federation's data stays as it was archived
        }
    }

    /**
     * Forgets, in the caller's transaction, the people of the events that ended before {@code before} (the place, companions,
     * standing and region stay); how many registrations. The one way a registration is forgotten for its age.
     */
    public static int forgetEndedBefore(jakarta.persistence.EntityManager em, java.time.OffsetDateTime before) {
        return em.createQuery("update Registration r set r.name = '', r.phone = null, r.email = null,"
                        + " r.organisation = null, r.country = null, r.notes = null where r.name <> ''"
                        + " and r.eventId in (select e.id from CulturalEvent e where e.endsAt < :before)")
                .setParameter("before", before).executeUpdate();
    }

    /** How an event's list stands, in people (companions counted). */
    public record Tally(long capacity, long taken, long waiting, long attended, long registrations) {
    }

    /** A sign-up on the public page: published, within its window, not cancelled. Anyone; no caller. */
    public Registration signUp(String eventId, Guest guest) {
        return signUp(eventId, guest, null);
    }

    /**
     * A sign-up on the public page from a client the platform names by the pseudonym of its address: refused, with
     * nothing stored, once that client made {@link ClientSignUp#LIMIT} sign-ups in the federation within the hour
     * ({@code TooManyRequestsException}); a sign-up refused for any other reason does not count.
     */
    public Registration signUp(String eventId, Guest guest, String client) {
        return scope.transaction(em -> {
            ClientSignUp.requireRoom(em, client, scope.clock().instant());
            Places places = Places.locked(em, eventId);
            if (places.event().status() == Status.DRAFT) {
                throw new UnknownObjectException(Text.of("events.event.unknown", eventId));
            }
            places.event().requireOpenForSignUp(scope.clock().instant());
            Registration taken = taken(em, places, guest, Source.PUBLIC);
            ClientSignUp.count(em, client, scope.clock().instant());
            return taken;
        });
    }

    /** Staff register someone (by phone, at the office): outside the public window too, unless cancelled. */
    public Registration register(String eventId, Guest guest) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Places places = Places.locked(em, eventId);
            requireNotCancelled(places.event());
            return taken(em, places, guest, Source.STAFF);
        });
    }

    /** Somebody came to the door without signing up: places if there are any, checked in at once. */
    public Registration walkIn(String eventId, Guest guest) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Places places = Places.locked(em, eventId);
            requireNotCancelled(places.event());
            Registration walkIn = places.take(guest, Source.WALK_IN, Permissions.caller(scope), scope.clock().instant());
            walkIn.checkIn(Permissions.caller(scope), scope.clock().instant());
            scope.audit("registration.walk-in", walkIn.id(), Text.of("events.audit.walk-in", places.event().title(), walkIn.people()));
            em.flush();
            EventsIndicators.recount(scope, em, places.event().startsAt());
            return walkIn;
        });
    }

    /** Checks a person in by the code they show at the door; a wrong or used code is refused plainly. */
    public Registration checkIn(String eventId, String code) {
        Permissions.requireOrganiser(scope);
        String typed = Registration.typedCode(code);
        if (typed.isEmpty()) {
            throw new InvalidInputException("code", Text.of("events.text.required", Text.of("events.field.code")));
        }
        return scope.transaction(em -> {
            Places places = Places.locked(em, eventId);
            if (places.event().status() == Status.CANCELLED) {
                throw new InvalidInputException("event", Text.of("events.signup.cancelled"));
            }
            Registration found = places.byCode(typed)
                    .orElseThrow(() -> new InvalidInputException("code", Text.of("events.checkin.unknown-code", typed)));
            found.checkIn(Permissions.caller(scope), scope.clock().instant());
            scope.audit("registration.check-in", found.id(), Text.of("events.audit.checked-in", places.event().title(), found.people()));
            em.flush();
            EventsIndicators.recount(scope, em, places.event().startsAt());
            return found;
        });
    }

    /** The organiser confirms a pending sign-up (events that ask for it). */
    public Registration confirm(String registrationId) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Registration found = find(em, registrationId);
            Places places = Places.locked(em, found.eventId());
            em.refresh(found);
            found.confirm();
            tellStanding(found, places.event());
            scope.audit("registration.confirm", found.id(), Text.of("events.audit.confirmed", places.event().title()));
            return found;
        });
    }

    /** Staff cancel someone's place; the first in line moves up. */
    public Registration cancel(String registrationId) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> released(em, find(em, registrationId)));
    }

    /** The person cancels their own place with their personal link. */
    public Registration cancelOwn(String token) {
        return scope.transaction(em -> released(em, byToken(em, token).orElseThrow(() -> new UnknownObjectException(Text.of("events.link.unknown")))));
    }

    /** A person's own registration and its event, by their personal link; nothing for a wrong one. */
    public Optional<Own> own(String token) {
        return scope.transaction(em -> byToken(em, token).map(r -> new Own(r, em.find(CulturalEvent.class, r.eventId()), waitingAhead(em, r))));
    }

    /** What the personal page shows: the registration, its event, and how many parties wait ahead of it. */
    public record Own(Registration registration, CulturalEvent event, long ahead) {
    }

    /** The list with contact details, for organisers and admins (an audited read); holding places first, then the line. */
    public Page<Registration> list(String eventId, int page, int size) {
        Permissions.requireOrganiser(scope);
        Page.requireValid(page, size);
        return scope.transaction(em -> {
            CulturalEvent event = em.find(CulturalEvent.class, eventId == null ? "" : eventId);
            if (event == null) {
                throw new UnknownObjectException(Text.of("events.event.unknown", eventId));
            }
            List<Registration> rows = em.createQuery("select r from Registration r where r.eventId = :event"
                            + " order by case when r.standing = :cancelled then 1 else 0 end, r.position", Registration.class)
                    .setParameter("event", eventId).setParameter("cancelled", Standing.CANCELLED)
                    .setFirstResult(Page.firstRow(page, size)).setMaxResults(size).getResultList();
            long total = em.createQuery("select count(r) from Registration r where r.eventId = :event", Long.class)
                    .setParameter("event", eventId).getSingleResult();
            scope.audit("registration.read", eventId, Text.of("events.audit.list-read", event.title(), rows.size()));
            return new Page<>(rows, page, size, total);
        });
    }

    /** Everyone on an event's list (at most 5,000), for the attendance sheet: organisers and admins, an audited read. */
    public List<Registration> all(String eventId) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            CulturalEvent event = em.find(CulturalEvent.class, eventId == null ? "" : eventId);
            if (event == null) {
                throw new UnknownObjectException(Text.of("events.event.unknown", eventId));
            }
            List<Registration> rows = em.createQuery("select r from Registration r where r.eventId = :event order by r.position",
                    Registration.class).setParameter("event", eventId).setMaxResults(5000).getResultList();
            scope.audit("registration.read", eventId, Text.of("events.audit.list-read", event.title(), rows.size()));
            return rows;
        });
    }

    /** How the list stands, in people: for everyone who reads the event (no names). */
    public Tally tally(String eventId) {
        return scope.transaction(em -> {
            CulturalEvent event = em.find(CulturalEvent.class, eventId == null ? "" : eventId);
            if (event == null) {
                throw new UnknownObjectException(Text.of("events.event.unknown", eventId));
            }
            long taken = 0;
            long waiting = 0;
            long registrations = 0;
            for (Object[] row : em.createQuery("select r.standing, sum(r.companions + 1), count(r) from Registration r"
                    + " where r.eventId = :event and r.standing <> :cancelled group by r.standing", Object[].class)
                    .setParameter("event", eventId).setParameter("cancelled", Standing.CANCELLED).getResultList()) {
                Standing standing = (Standing) row[0];
                taken += standing.holdsPlaces() ? n(row[1]) : 0;
                waiting += standing == Standing.WAITING ? n(row[1]) : 0;
                registrations += n(row[2]);
            }
            long attended = n(em.createQuery("select sum(r.companions + 1) from Registration r where r.eventId = :event"
                    + " and r.checkedInAt is not null", Number.class).setParameter("event", eventId).getSingleResult());
            return new Tally(event.capacity(), taken, waiting, attended, registrations);
        });
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Registration taken(EntityManager em, Places places, Guest guest, Source source) {
        Registration registration = places.take(guest, source, Permissions.caller(scope), scope.clock().instant());
        tellStanding(registration, places.event());
        scope.audit("registration." + (source == Source.PUBLIC ? "sign-up" : "register"), registration.id(),
                Text.of("events.audit.registered", places.event().title(), registration.people(),
                        Text.of("events.standing." + registration.standing().name())));
        em.flush();
        EventsIndicators.recount(scope, em, places.event().startsAt());
        return registration;
    }

    private Registration released(EntityManager em, Registration leaving) {
        Places places = Places.locked(em, leaving.eventId());
        em.refresh(leaving);
        List<Registration> moved = places.release(leaving, scope.clock().instant());
        for (Registration next : moved) {
            tellStanding(next, places.event());
        }
        scope.audit("registration.cancel", leaving.id(), Text.of("events.audit.registration-cancelled", places.event().title(), moved.size()));
        em.flush();
        EventsIndicators.recount(scope, em, places.event().startsAt());
        return leaving;
    }

    /** Emails the person (when they gave an address) where they stand, with their personal link. */
    private void tellStanding(Registration r, CulturalEvent event) {
        if (r.email() == null) {
            return;
        }
        String link = links.personal(scope.tenantCode(), r.token());
        String where = event.place() == null ? Text.of("events.page.online").in(Text.CHINESE, Registrations.class.getClassLoader()) : event.place();
        String kind = "events.standing-" + r.standing().name().toLowerCase(java.util.Locale.ROOT);
        Object[] arguments = {r.name(), event.title(), ChinaTime.shown(event.startsAt()), where, r.code(), link, r.people(),
            scope.tenantName(), links.calendar(scope.tenantCode(), event.id())};
        if (r.standing() == Standing.CONFIRMED || r.standing() == Standing.PENDING) {
            // the calendar entry travels with the email too, for a phone that opens an attachment more readily than a link
            byte[] ics = org.qiaoyun.plugins.events.calendar.CalendarPages.eventFile(scope, event, Text.CHINESE,
                    links.eventPage(scope.tenantCode(), event.id()));
            scope.notifications().email(r.email(), Text.CHINESE, new org.qiaoyun.api.notify.Notifications.Attachment("event.ics",
                    "text/calendar", ics), kind, arguments);
        } else {
            scope.notifications().email(r.email(), kind, arguments);
        }
    }

    private static void requireNotCancelled(CulturalEvent event) {
        if (event.status() == Status.CANCELLED) {
            throw new InvalidInputException("event", Text.of("events.signup.cancelled"));
        }
    }

    private Registration find(EntityManager em, String id) {
        Registration found = id == null ? null : em.find(Registration.class, id);
        if (found == null) {
            throw new UnknownObjectException(Text.of("events.registration.unknown", id));
        }
        return found;
    }

    private static Optional<Registration> byToken(EntityManager em, String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("select r from Registration r where r.token = :token", Registration.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    private static long waitingAhead(EntityManager em, Registration r) {
        if (r.standing() != Standing.WAITING) {
            return 0;
        }
        return em.createQuery("select count(w) from Registration w where w.eventId = :event and w.standing = :waiting"
                        + " and w.position < :position", Long.class)
                .setParameter("event", r.eventId()).setParameter("waiting", Standing.WAITING).setParameter("position", r.position())
                .getSingleResult();
    }
}
