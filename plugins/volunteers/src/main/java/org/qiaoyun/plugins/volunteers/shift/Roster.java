package org.qiaoyun.plugins.volunteers.shift;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * A shift with its places, taken under the shift's row lock for one transaction: the one place where
 * capacity, a volunteer's overlapping shifts, the waiting list and moving up are decided. Signing up,
 * giving a place up, turning a sign-up down and adding places all go through it, one after the other per
 * shift, so no two volunteers ever take one place and the first in line always moves up. What a single
 * sign-up allows is {@link SignUpAction}'s to say; who may act is the service's ({@link Rosters}).
 */
final class Roster {

    /** The statuses that hold one of a shift's places. */
    static final List<SignUp.Status> HOLDING = List.of(SignUp.Status.CONFIRMED, SignUp.Status.PENDING);

    private final EntityManager em;
    private final Shift shift;
    /** Who moved up from the waiting list in this transaction: the service tells them. */
    private final List<SignUp> movedUp = new java.util.ArrayList<>();

    private Roster(EntityManager em, Shift shift) {
        this.em = em;
        this.shift = shift;
    }

    /** The shift's roster, its row locked until the transaction ends. */
    static Roster locked(EntityManager em, String shiftId) {
        Shift shift = shiftId == null ? null : em.find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null) {
            throw new UnknownObjectException(Text.of("volunteers.shift.unknown", shiftId));
        }
        return new Roster(em, shift);
    }

    Shift shift() {
        return shift;
    }

    /** The sign-ups that moved up from the waiting list through this roster, in the order they moved. */
    List<SignUp> movedUp() {
        return List.copyOf(movedUp);
    }

    /** Places held (confirmed, or held for the organiser's approval). */
    long placesTaken() {
        return em.createQuery("select count(s) from SignUp s where s.shiftId = :shift and s.status in :holding", Long.class)
                .setParameter("shift", shift.id()).setParameter("holding", HOLDING).getSingleResult();
    }

    /** Everyone signed up and not cancelled: the places held and the waiting list. */
    long signedUp() {
        return em.createQuery("select count(s) from SignUp s where s.shiftId = :shift and s.status <> :cancelled", Long.class)
                .setParameter("shift", shift.id()).setParameter("cancelled", SignUp.Status.CANCELLED).getSingleResult();
    }

    /**
     * Signs a volunteer (approved, their row locked by the caller) up: a place while there is room, else a
     * place at the end of the waiting list; never two overlapping shifts for one person.
     */
    SignUp take(Volunteer volunteer, Instant now) {
        shift.requireOpen(now);
        requireNoOverlap(volunteer);
        boolean room = placesTaken() < shift.capacity();
        SignUp signUp = new SignUp(shift, volunteer.id(), room, nextPosition());
        em.persist(signUp);
        return signUp;
    }

    /**
     * An organiser enters the hours of a volunteer who served on this shift without a sign-up (补录): once
     * the shift has ended, never for someone already on its roster (their minutes are corrected instead),
     * never overlapping another shift of theirs.
     */
    SignUp enterAfterwards(Volunteer volunteer, int minutes, String reason, String by, Instant now) {
        if (shift.status() == Shift.Status.CANCELLED) {
            throw new ConflictException("shiftId", Text.of("volunteers.shift.shift-cancelled"));
        }
        if (shift.endsAt().isAfter(now)) {
            throw new ConflictException("minutes", Text.of("volunteers.shift.hours-recorded-shift-has-ended"));
        }
        long onRoster = em.createQuery("select count(s) from SignUp s where s.shiftId = :shift and s.volunteerId = :volunteer"
                        + " and s.status <> :cancelled", Long.class)
                .setParameter("shift", shift.id()).setParameter("volunteer", volunteer.id())
                .setParameter("cancelled", SignUp.Status.CANCELLED).getSingleResult();
        if (onRoster > 0) {
            throw new ConflictException("volunteerId", Text.of("volunteers.shift.on-roster-correct-instead"));
        }
        requireNoOverlap(volunteer);
        SignUp entered = SignUp.enteredAfterwards(shift, volunteer.id(), nextPosition(), minutes, reason, by);
        em.persist(entered);
        return entered;
    }

    private void requireNoOverlap(Volunteer volunteer) {
        long overlapping = em.createQuery("select count(s) from SignUp s where s.volunteerId = :volunteer"
                        + " and s.status <> :cancelled and s.shiftStart < :end and s.shiftEnd > :start", Long.class)
                .setParameter("volunteer", volunteer.id()).setParameter("cancelled", SignUp.Status.CANCELLED)
                .setParameter("start", OffsetDateTime.ofInstant(shift.startsAt(), ZoneOffset.UTC))
                .setParameter("end", OffsetDateTime.ofInstant(shift.endsAt(), ZoneOffset.UTC))
                .getSingleResult();
        if (overlapping > 0) {
            throw new ConflictException("shiftId", Text.of("volunteers.shift.you-signed-up-shift-same"));
        }
    }

    /**
     * The shift's next position. The shift itself is not changed by a sign-up, so an organiser's edit of it is
     * never refused as stale because volunteers signed up meanwhile; the lock alone orders the positions.
     */
    private long nextPosition() {
        return em.createQuery("select coalesce(max(s.position), 0) from SignUp s where s.shiftId = :shift", Long.class)
                .setParameter("shift", shift.id()).getSingleResult() + 1;
    }

    /** A sign-up leaves the roster ({@code leave}: cancelled or turned down); a place it held goes to the first in line. */
    void release(SignUp leaving, Runnable leave) {
        boolean freed = leaving.status().holdsAPlace();
        leave.run();
        moveUp(freed ? 1 : 0);
    }

    /** The organiser changes the shift; places added move the first in line up at once. */
    void change(Shift.Draft draft, Instant now) {
        long taken = placesTaken();
        shift.change(draft, taken, signedUp(), now);
        moveUp((int) (shift.capacity() - taken));
    }

    /** The shift (locked by the caller) was called off: every sign-up on it goes, whatever the deadline; how many went. */
    static List<SignUp> callOff(EntityManager em, String shiftId) {
        List<SignUp> onIt = em.createQuery("select s from SignUp s where s.shiftId = :shift and s.status <> :cancelled", SignUp.class)
                .setParameter("shift", shiftId).setParameter("cancelled", SignUp.Status.CANCELLED).getResultList();
        onIt.forEach(SignUp::callOff);
        return onIt;
    }

    /** Places came free: the first {@code places} in line move up, in the order they came. */
    private void moveUp(int places) {
        if (places > 0) {
            em.createQuery("select s from SignUp s where s.shiftId = :shift and s.status = :waiting order by s.position", SignUp.class)
                    .setParameter("shift", shift.id()).setParameter("waiting", SignUp.Status.WAITING).setMaxResults(places)
                    .getResultList().forEach(next -> {
                        next.moveUp(shift);
                        movedUp.add(next);
                    });
        }
    }
}
