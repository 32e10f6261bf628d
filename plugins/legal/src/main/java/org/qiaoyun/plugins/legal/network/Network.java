package org.qiaoyun.plugins.legal.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Filter;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.legal.Permissions;
import org.qiaoyun.plugins.legal.consultation.Category;

/**
 * The federation's legal service network: centres with their heads, stations and points, advisers and the
 * stations they serve, and the duty roster. Admins keep it; every member of the federation reads it (it
 * says where to go and who is there, nothing about the people served). Accounts are bound only once the
 * platform says they are the federation's ({@link TenantScope#hasMember}).
 */
public final class Network {

    private final TenantScope scope;

    public Network(TenantScope scope) {
        this.scope = scope;
    }

    /** Opens the federation's legal service centre with its head. */
    public Station openCentre(Station.Details details, String head) {
        Permissions.requireAdmin(scope);
        requireMember(head, "head");
        return scope.transaction(em -> {
            Station centre = Station.centre(details, head, scope.clock().instant());
            em.persist(centre);
            scope.audit("station.open", centre.id(), Text.of("legal.audit.station-open", Text.of("legal.kind." + centre.kind())));
            return centre;
        });
    }

    /** Opens a station or point of a centre. */
    public Station openStation(StationKind kind, String centreId, Station.Details details) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Station centre = centreId == null ? null : em.find(Station.class, centreId);
            Station station = Station.of(kind, centre, details, scope.clock().instant());
            em.persist(station);
            scope.audit("station.open", station.id(), Text.of("legal.audit.station-open", Text.of("legal.kind." + station.kind())));
            return station;
        });
    }

    /** Changes a place's name, address, hours or contact, and a centre's head, as the admin saw it. */
    public Station describe(String stationId, Long seenVersion, Station.Details details, String head) {
        Permissions.requireAdmin(scope);
        if (head != null && !head.isBlank()) {
            requireMember(head, "head");
        }
        return scope.transaction(em -> {
            Station station = station(em, stationId);
            StaleVersionException.unlessCurrent(seenVersion, station.version());
            station.describe(details);
            if (head != null && !head.isBlank()) {
                station.headedBy(head);
            }
            scope.audit("station.describe", station.id());
            return station;
        });
    }

    public Station station(String stationId) {
        return scope.transaction(em -> station(em, stationId));
    }

    /** The federation's centres, stations and points, centres first, a page at a time. */
    public Page<Station> stations(StationKind kind, String text, int page, int size) {
        return scope.transaction(em -> new Filter("Station s").where("s.kind = :kind", "kind", kind).contains("s.name", "text", text)
                .page(em, Station.class, "s.kind, s.name, s.id", page, size));
    }

    /** Every place of the network (a federation has a handful). */
    public List<Station> allStations() {
        return scope.transaction(em -> em.createQuery("select s from Station s order by s.kind, s.name, s.id", Station.class).getResultList());
    }

    /** Adds an adviser: a user of the federation, or an external lawyer without an account. */
    public Adviser addAdviser(Adviser.Profile profile) {
        Permissions.requireAdmin(scope);
        if (profile.username() != null && !profile.username().isBlank()) {
            requireMember(profile.username().strip(), "username");
            if (!scope.hasMember(profile.username().strip(), "legal_adviser")) { // an account advises only in the role
                throw new InvalidInputException("username", Text.of("legal.account.not-adviser", profile.username().strip()));
            }
        }
        return scope.transaction(em -> {
            requireStations(em, profile);
            Adviser adviser = Adviser.of(profile, scope.clock().instant());
            if (adviser.username().isPresent() && byUsername(em, adviser.username().get()).isPresent()) {
                throw new ConflictException("username", Text.of("legal.adviser.account-twice", adviser.username().get()));
            }
            em.persist(adviser);
            scope.audit("adviser.add", adviser.id());
            return adviser;
        });
    }

    /** Changes an adviser's profile as the admin saw it (the account stays the one first bound). */
    public Adviser describeAdviser(String adviserId, Long seenVersion, Adviser.Profile profile) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Adviser adviser = adviser(em, adviserId);
            StaleVersionException.unlessCurrent(seenVersion, adviser.version());
            requireStations(em, profile);
            adviser.describe(profile);
            scope.audit("adviser.describe", adviser.id());
            return adviser;
        });
    }

    /** Takes an adviser off the list of those consultations are assigned to (their past work stays theirs). */
    public Adviser retireAdviser(String adviserId, Long seenVersion) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Adviser adviser = adviser(em, adviserId);
            StaleVersionException.unlessCurrent(seenVersion, adviser.version());
            adviser.retire();
            scope.audit("adviser.retire", adviser.id());
            return adviser;
        });
    }

    /** Which advisers to list: any part may be null. */
    public record AdviserSearch(String stationId, Category speciality, String language, String text, Boolean active) {
    }

    public Page<Adviser> advisers(AdviserSearch search, int page, int size) {
        return scope.transaction(em -> adviserFilter(search).page(em, Adviser.class, "a.name, a.id", page, size));
    }

    /** The active advisers of the federation. */
    public List<Adviser> activeAdvisers() {
        return scope.transaction(em -> em.createQuery("select a from Adviser a where a.active = true order by a.name, a.id", Adviser.class)
                .getResultList());
    }

    private static Filter adviserFilter(AdviserSearch search) {
        return new Filter("Adviser a")
                .where("a.stationIds like :station", "station", search.stationId() == null ? null : "%" + search.stationId() + "%")
                .where("a.specialities like :speciality", "speciality", search.speciality() == null ? null : "%" + search.speciality().name() + "%")
                .contains("a.languages", "language", search.language())
                .contains("a.name", "text", search.text())
                .where("a.active = :active", "active", search.active());
    }

    public Adviser adviser(String adviserId) {
        return scope.transaction(em -> adviser(em, adviserId));
    }

    /** Puts an adviser of the station on duty there on a day. */
    public DutyShift putOnDuty(String stationId, LocalDate day, String adviserId) {
        Permissions.requireAdmin(scope);
        if (day == null) {
            throw new InvalidInputException("day", Text.of("legal.duty.day-required"));
        }
        return scope.transaction(em -> {
            station(em, stationId);
            Adviser adviser = em.find(Adviser.class, adviserId == null ? "" : adviserId);
            if (adviser == null || !adviser.active()) {
                throw new InvalidInputException("adviserId", Text.of("legal.adviser.not-of-tenant"));
            }
            if (!adviser.serves(stationId)) {
                throw new InvalidInputException("adviserId", Text.of("legal.duty.not-serving", adviser.name()));
            }
            boolean already = !em.createQuery("select d from DutyShift d where d.stationId = :station and d.day = :day and d.adviserId = :adviser",
                    DutyShift.class).setParameter("station", stationId).setParameter("day", day).setParameter("adviser", adviserId)
                    .getResultList().isEmpty();
            if (already) {
                throw new ConflictException("day", Text.of("legal.duty.already", adviser.name(), day.toString()));
            }
            DutyShift shift = new DutyShift(stationId, day, adviserId, Permissions.caller(scope));
            em.persist(shift);
            scope.audit("duty.add", shift.id(), Text.of("legal.audit.duty", day.toString()));
            return shift;
        });
    }

    /** Takes a line off the roster. */
    public void takeOffDuty(String shiftId) {
        Permissions.requireAdmin(scope);
        scope.transaction(em -> {
            DutyShift shift = em.find(DutyShift.class, shiftId == null ? "" : shiftId);
            if (shift == null) {
                throw new UnknownObjectException(Text.of("legal.duty.unknown", shiftId));
            }
            em.remove(shift);
            scope.audit("duty.remove", shiftId, Text.of("legal.audit.duty", shift.day().toString()));
            return null;
        });
    }

    /** The roster from {@code from} to {@code to} (both included, at most 92 days), by day and station. */
    public List<DutyShift> roster(LocalDate from, LocalDate to, String stationId) {
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(92))) {
            throw new InvalidInputException("to", Text.of("legal.duty.range"));
        }
        return scope.transaction(em -> new Filter("DutyShift d").where("d.day >= :from", "from", from).where("d.day <= :to", "to", to)
                .where("d.stationId = :station", "station", stationId)
                .rows(em, DutyShift.class, "d.day, d.stationId, d.id", 0, 10_000));
    }

    static Station station(EntityManager em, String stationId) {
        Station station = stationId == null ? null : em.find(Station.class, stationId);
        if (station == null) {
            throw new UnknownObjectException(Text.of("legal.station.unknown", stationId));
        }
        return station;
    }

    static Adviser adviser(EntityManager em, String adviserId) {
        Adviser adviser = adviserId == null ? null : em.find(Adviser.class, adviserId);
        if (adviser == null) {
            throw new UnknownObjectException(Text.of("legal.adviser.unknown", adviserId));
        }
        return adviser;
    }

    /** The adviser record of a platform account, if the account is one of the federation's advisers. */
    public static Optional<Adviser> byUsername(EntityManager em, String username) {
        return em.createQuery("select a from Adviser a where a.username = :user", Adviser.class).setParameter("user", username)
                .getResultStream().findFirst();
    }

    private void requireMember(String username, String field) {
        if (username == null || username.isBlank() || !scope.hasMember(username.strip())) {
            throw new InvalidInputException(field, Text.of("legal.account.not-member", username == null ? "" : username.strip()));
        }
    }

    private static void requireStations(EntityManager em, Adviser.Profile profile) {
        if (profile.stationIds() == null) {
            return;
        }
        for (String stationId : profile.stationIds()) {
            if (stationId == null || em.find(Station.class, stationId) == null) {
                throw new InvalidInputException("stationIds", Text.of("legal.station.unknown", stationId));
            }
        }
    }
}
