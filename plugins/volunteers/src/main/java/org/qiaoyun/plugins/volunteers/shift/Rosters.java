package org.qiaoyun.plugins.volunteers.shift;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Csv;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * Shifts and who serves on them. Every change of a shift's roster (sign-up, cancellation) holds the
 * shift's row lock, so that the capacity is never exceeded and the waiting list keeps the order in
 * which people came, however many sign up at the same moment.
 */
public final class Rosters {

    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private final TenantScope scope;
    private final Clock clock;

    public Rosters(TenantScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    public Shift plan(Shift shift) {
        requireOrganiser();
        return scope.transaction(em -> {
            em.persist(shift);
            scope.audit("shift.plan", shift.id(), shift.activity() + " " + shift.startsAt());
            return shift;
        });
    }

    /** Signs a volunteer up: a confirmed place while there is room, else a place on the waiting list. */
    public SignUp signUp(String shiftId, String volunteerId) {
        return scope.transaction(em -> {
            Shift shift = locked(em, shiftId);
            shift.requireOpen(clock.instant());
            // the volunteer's row too: two sign-ups of one person for overlapping shifts are decided in turn
            Volunteer volunteer = volunteerId == null ? null : em.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE);
            if (volunteer == null || volunteer.status() != Volunteer.Status.APPROVED) {
                throw new InvalidInputException("volunteerId", "only an approved volunteer signs up for shifts");
            }
            long overlapping = em.createQuery("select count(s) from SignUp s where s.volunteerId = :volunteer"
                            + " and s.status <> :cancelled and s.shiftStart < :end and s.shiftEnd > :start", Long.class)
                    .setParameter("volunteer", volunteerId).setParameter("cancelled", SignUp.Status.CANCELLED)
                    .setParameter("start", java.time.OffsetDateTime.ofInstant(shift.startsAt(), java.time.ZoneOffset.UTC))
                    .setParameter("end", java.time.OffsetDateTime.ofInstant(shift.endsAt(), java.time.ZoneOffset.UTC))
                    .getSingleResult();
            if (overlapping > 0) {
                throw new ConflictException("shiftId", "you are signed up for a shift at the same time");
            }
            boolean room = confirmed(em, shiftId) < shift.capacity();
            SignUp signUp = new SignUp(shift, volunteerId, room);
            em.persist(signUp);
            return signUp;
        });
    }

    /** Cancels a sign-up before the deadline; the first on the waiting list moves up. */
    public SignUp cancel(String signUpId) {
        return scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            Shift shift = locked(em, signUp.shiftId());
            shift.requireCancellable(clock.instant());
            boolean freed = signUp.status() == SignUp.Status.CONFIRMED;
            signUp.cancel();
            if (freed) {
                em.createQuery("select s from SignUp s where s.shiftId = :shift and s.status = :waiting order by s.position",
                                SignUp.class)
                        .setParameter("shift", shift.id()).setParameter("waiting", SignUp.Status.WAITING).setMaxResults(1)
                        .getResultStream().findFirst().ifPresent(SignUp::confirm);
            }
            return signUp;
        });
    }

    public SignUp checkIn(String signUpId, String code) {
        return scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            em.find(Shift.class, signUp.shiftId()).requireCheckIn(code, clock.instant());
            signUp.checkIn(clock.instant());
            return signUp;
        });
    }

    public SignUp checkOut(String signUpId) {
        return scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            signUp.checkOut(clock.instant());
            return signUp;
        });
    }

    /** An organiser corrects the minutes served, with a reason; the correction is audited. */
    public SignUp correct(String signUpId, int minutes, String reason) {
        requireOrganiser();
        return scope.transaction(em -> {
            SignUp signUp = find(em, signUpId);
            Integer before = signUp.minutes();
            signUp.correct(minutes, reason);
            scope.audit("hours.correct", signUpId, before + " -> " + minutes + " minutes: " + reason);
            return signUp;
        });
    }

    /** The shift's roster: confirmed first, then the waiting list, each in the order people came. */
    public List<SignUp> roster(String shiftId) {
        return scope.transaction(em -> em.createQuery("select s from SignUp s where s.shiftId = :shift and s.status <> :cancelled"
                        + " order by s.status, s.position", SignUp.class)
                .setParameter("shift", shiftId).setParameter("cancelled", SignUp.Status.CANCELLED).getResultList());
    }

    /** Shifts that have not begun, soonest first. */
    public List<Shift> upcoming(int max) {
        return scope.transaction(em -> em.createQuery("select s from Shift s where s.startsAt > :now order by s.startsAt, s.id",
                        Shift.class)
                .setParameter("now", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .setMaxResults(max).getResultList());
    }

    /** A volunteer's sign-ups that are not cancelled, soonest shift first. */
    public List<SignUp> signUpsOf(String volunteerId) {
        return scope.transaction(em -> em.createQuery("select s from SignUp s where s.volunteerId = :volunteer"
                        + " and s.status <> :cancelled order by s.shiftStart", SignUp.class)
                .setParameter("volunteer", volunteerId).setParameter("cancelled", SignUp.Status.CANCELLED).getResultList());
    }

    public Shift shift(String shiftId) {
        return scope.transaction(em -> {
            Shift shift = em.find(Shift.class, shiftId);
            if (shift == null) {
                throw new UnknownObjectException("shift", shiftId);
            }
            return shift;
        });
    }

    /** Volunteers who registered themselves and wait for an organiser's approval. */
    public List<Volunteer> pending() {
        requireOrganiser();
        return scope.transaction(em -> em.createQuery("select v from Volunteer v where v.status = :pending order by v.registeredAt",
                Volunteer.class).setParameter("pending", Volunteer.Status.PENDING).getResultList());
    }

    /** Approves a self-registered volunteer (organisers). */
    public Volunteer approve(String volunteerId) {
        requireOrganiser();
        return scope.transaction(em -> {
            Volunteer volunteer = em.find(Volunteer.class, volunteerId);
            if (volunteer == null) {
                throw new UnknownObjectException("volunteer", volunteerId);
            }
            volunteer.approve();
            scope.audit("volunteer.approve", volunteerId, volunteer.name());
            return volunteer;
        });
    }

    /** Names of volunteers by id, for rosters. */
    public Map<String, String> names(Collection<String> volunteerIds) {
        if (volunteerIds.isEmpty()) {
            return Map.of();
        }
        return scope.transaction(em -> em.createQuery("select v from Volunteer v where v.id in :ids", Volunteer.class)
                .setParameter("ids", volunteerIds).getResultList().stream()
                .collect(Collectors.toMap(Volunteer::id, Volunteer::name)));
    }

    /** A waiting volunteer's place in line on their shift: 1 moves up at the next cancellation. */
    public long placeInLine(SignUp waiting) {
        return scope.transaction(em -> em.createQuery("select count(s) from SignUp s where s.shiftId = :shift"
                        + " and s.status = :waiting and s.position <= :position", Long.class)
                .setParameter("shift", waiting.shiftId()).setParameter("waiting", SignUp.Status.WAITING)
                .setParameter("position", waiting.position()).getSingleResult());
    }

    /** Place in line (1 = next to move up) of each waiting sign-up; positions count all sign-ups, so they are not it. */
    public static Map<String, Integer> waitingPlaces(List<SignUp> roster) {
        List<SignUp> waiting = roster.stream().filter(s -> s.status() == SignUp.Status.WAITING)
                .sorted(java.util.Comparator.comparingLong(SignUp::position)).toList();
        Map<String, Integer> places = new java.util.HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            places.put(waiting.get(i).id(), i + 1);
        }
        return places;
    }

    /**
     * The roster of a shift as CSV for the organiser's own records: name, status, waiting place,
     * check-in and check-out in Beijing time, minutes. Audited, since the list names people.
     */
    public void export(String shiftId, OutputStream out) throws IOException {
        requireOrganiser();
        Shift shift = scope.transaction(em -> em.find(Shift.class, shiftId));
        if (shift == null) {
            throw new UnknownObjectException("shift", shiftId);
        }
        List<SignUp> signUps = roster(shiftId);
        Map<String, String> names = names(signUps.stream().map(SignUp::volunteerId).toList());
        Map<String, Integer> places = waitingPlaces(signUps);
        Csv.write(out, List.of("volunteer", "status", "waiting place", "checked in", "checked out", "minutes"),
                signUps.stream().map(s -> Arrays.asList(names.get(s.volunteerId()), s.status().name().toLowerCase(Locale.ROOT),
                        places.containsKey(s.id()) ? places.get(s.id()).toString() : null,
                        s.checkedInAt() == null ? null : EXPORT_TIME.format(s.checkedInAt()),
                        s.checkedOutAt() == null ? null : EXPORT_TIME.format(s.checkedOutAt()),
                        s.minutes() == null ? null : s.minutes().toString())).toList());
        scope.audit("roster.export", shiftId, shift.activity() + ": " + signUps.size() + " people");
    }

    /** The volunteer record of a platform user in this tenant, if they have one. */
    public java.util.Optional<Volunteer> volunteerOf(String username) {
        return scope.transaction(em -> em.createQuery("select v from Volunteer v where v.username = :user", Volunteer.class)
                .setParameter("user", username).getResultStream().findFirst());
    }

    /** Minutes served by a volunteer, all shifts together. */
    public long minutesServed(String volunteerId) {
        return scope.transaction(em -> {
            Long sum = em.createQuery("select sum(s.minutes) from SignUp s where s.volunteerId = :volunteer", Long.class)
                    .setParameter("volunteer", volunteerId).getSingleResult();
            return sum == null ? 0L : sum;
        });
    }

    private static long confirmed(EntityManager em, String shiftId) {
        return em.createQuery("select count(s) from SignUp s where s.shiftId = :shift and s.status = :confirmed", Long.class)
                .setParameter("shift", shiftId).setParameter("confirmed", SignUp.Status.CONFIRMED).getSingleResult();
    }

    private static Shift locked(EntityManager em, String shiftId) {
        Shift shift = shiftId == null ? null : em.find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
        if (shift == null) {
            throw new UnknownObjectException("shift", shiftId);
        }
        return shift;
    }

    private static SignUp find(EntityManager em, String signUpId) {
        SignUp signUp = em.find(SignUp.class, signUpId);
        if (signUp == null) {
            throw new UnknownObjectException("sign-up", signUpId);
        }
        return signUp;
    }

    /** Whether the caller keeps rosters here: organisers, and the federation's admins. */
    public boolean callerOrganises() {
        return scope.callerHas("organiser") || scope.callerHas("admin");
    }

    private void requireOrganiser() {
        if (!callerOrganises()) {
            throw new PermissionDeniedException("this needs the organiser or admin role");
        }
    }
}
