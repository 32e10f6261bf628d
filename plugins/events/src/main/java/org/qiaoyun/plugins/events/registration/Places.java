package org.qiaoyun.plugins.events.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.events.event.CulturalEvent;

/**
 * An event with its places, taken under the event's row lock for one transaction: the one place where the
 * capacity (which counts companions), duplicates, the waiting list and moving up are decided. Signing up,
 * cancelling, walking in and raising the capacity all go through it, one after the other per event, so the
 * event is never overfilled and the waiting list keeps the order in which people came. The event row itself is
 * not changed by a sign-up, so an organiser's edit is never refused as stale because people signed up meanwhile.
 */
public final class Places {

    private final EntityManager em;
    private final CulturalEvent event;

    private Places(EntityManager em, CulturalEvent event) {
        this.em = em;
        this.event = event;
    }

    /** The event's places, its row locked until the transaction ends. */
    public static Places locked(EntityManager em, String eventId) {
        CulturalEvent event = eventId == null ? null : em.find(CulturalEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new UnknownObjectException(Text.of("events.event.unknown", eventId));
        }
        return new Places(em, event);
    }

    public CulturalEvent event() {
        return event;
    }

    /** People holding places: guests confirmed or pending, with their companions. */
    public long taken() {
        return em.createQuery("select coalesce(sum(r.companions + 1), 0) from Registration r where r.eventId = :event"
                        + " and r.standing in :holding", Long.class)
                .setParameter("event", event.id()).setParameter("holding", List.of(Standing.CONFIRMED, Standing.PENDING)).getSingleResult();
    }

    /** Everyone not cancelled: those holding places and those in line. */
    public List<Registration> signedUp() {
        return em.createQuery("select r from Registration r where r.eventId = :event and r.standing <> :cancelled order by r.position",
                Registration.class).setParameter("event", event.id()).setParameter("cancelled", Standing.CANCELLED).getResultList();
    }

    /**
     * Takes places for a guest: while there is room for them and their companions and nobody waits before them,
     * places (pending when the organiser confirms sign-ups); else the end of the waiting list. A walk-in takes
     * places or nothing. The same phone or email twice for one event is refused.
     */
    Registration take(Guest guest, Source source, String by, Instant now) {
        refuseDuplicate("phone", "r.phone", guest.phone(), "events.signup.duplicate-phone");
        refuseDuplicate("email", "r.email", guest.email(), "events.signup.duplicate-email");
        boolean nobodyWaits = em.createQuery("select count(r) from Registration r where r.eventId = :event and r.standing = :waiting",
                Long.class).setParameter("event", event.id()).setParameter("waiting", Standing.WAITING).getSingleResult() == 0;
        boolean room = nobodyWaits && taken() + guest.people() <= event.capacity();
        if (source == Source.WALK_IN && !room) {
            throw new ConflictException("companions", Text.of("events.walk-in.full", event.capacity() - taken()));
        }
        Standing standing = !room ? Standing.WAITING
                : event.needsConfirmation() && source == Source.PUBLIC ? Standing.PENDING : Standing.CONFIRMED;
        long position = em.createQuery("select coalesce(max(r.position), 0) from Registration r where r.eventId = :event", Long.class)
                .setParameter("event", event.id()).getSingleResult() + 1;
        Registration registration = new Registration(event.id(), guest, standing, position, source, by, now, freeCode());
        em.persist(registration);
        return registration;
    }

    /** A registration leaves; the places it held go to the first in line. Those who moved up. */
    List<Registration> release(Registration leaving, Instant now) {
        leaving.cancel(now);
        em.flush();
        return moveUp();
    }

    /**
     * Places came free (a cancellation, a larger capacity): the first in line move up while their party fits,
     * in the order they came; a party that does not fit keeps its turn, and nobody behind it jumps ahead.
     */
    public List<Registration> moveUp() {
        long free = event.capacity() - taken();
        List<Registration> moved = new ArrayList<>();
        for (Registration next : em.createQuery("select r from Registration r where r.eventId = :event and r.standing = :waiting"
                        + " order by r.position", Registration.class)
                .setParameter("event", event.id()).setParameter("waiting", Standing.WAITING).setMaxResults(200).getResultList()) {
            if (next.people() > free) {
                break;
            }
            next.moveUp(event.needsConfirmation() && next.source() == Source.PUBLIC);
            free -= next.people();
            moved.add(next);
        }
        return moved;
    }

    /** The registration with this door code at this event, if any (codes are unique per event). */
    java.util.Optional<Registration> byCode(String code) {
        return em.createQuery("select r from Registration r where r.eventId = :event and r.code = :code", Registration.class)
                .setParameter("event", event.id()).setParameter("code", code).getResultStream().findFirst();
    }

    private void refuseDuplicate(String field, String path, String value, String refusal) {
        if (value == null) {
            return;
        }
        long same = em.createQuery("select count(r) from Registration r where r.eventId = :event and r.standing <> :cancelled and "
                        + path + " = :value", Long.class)
                .setParameter("event", event.id()).setParameter("cancelled", Standing.CANCELLED).setParameter("value", value)
                .getSingleResult();
        if (same > 0) {
            throw new ConflictException(field, Text.of(refusal));
        }
    }

    private String freeCode() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String code = Registration.newCode();
            if (byCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free door code after ten draws"); // 31^8 codes: never in practice
    }
}
