package org.qiaoyun.plugins.volunteers.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Filter;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.VolunteerIndicators;

/**
 * The federation's register of volunteers: who registers whom, approvals, looking people up by
 * skill, language or district, the hours each has served and the stars those hours earn under the
 * federation's own thresholds.
 */
public final class Registry {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final TenantScope scope;
    private final Clock clock;

    public Registry(TenantScope scope) {
        this.scope = scope;
        this.clock = scope.clock();
    }

    /** What an organiser or the volunteer fills in on registering. */
    public record Form(String username, String name, String phone, String skills, String languages, String district,
                       String availability, String residentId, LocalDate birthDate, String guardianName, String guardianPhone,
                       DocumentKind documentKind, String issuingCountry) {

        /** A form whose number, if any, is a resident ID number. */
        public Form(String username, String name, String phone, String skills, String languages, String district,
                    String availability, String residentId, LocalDate birthDate, String guardianName, String guardianPhone) {
            this(username, name, phone, skills, languages, district, availability, residentId, birthDate, guardianName, guardianPhone,
                    null, null);
        }

        /** A form without the personal data beyond the name and phone. */
        public Form(String username, String name, String phone, String skills, String languages, String district,
                    String availability) {
            this(username, name, phone, skills, languages, district, availability, null, null, null, null, null, null);
        }
    }

    /** Looking for volunteers: words of the name, a skill, a language or dialect, a district, a status. */
    public record Search(String name, String skill, String language, String district, Volunteer.Status status) {

        public static final Search EVERYONE = new Search(null, null, null, null, null);
    }

    /** A volunteer with the hours they served, the stars these earn and the minutes left to the next star (null: every star). */
    public record Standing(Volunteer volunteer, long minutesServed, int stars, Long minutesToNextStar) {

        Standing(Volunteer volunteer, long minutesServed, StarLevels levels) {
            this(volunteer, minutesServed, levels.stars(minutesServed), levels.minutesToNextStar(minutesServed).stream().boxed()
                    .findFirst().orElse(null));
        }
    }

    /**
     * Registers a volunteer. An organiser registers anyone, approved at once; a platform user registers
     * themselves through the sign-up page and waits for an organiser's approval. One record per account.
     */
    public Volunteer register(Form form) {
        return register(form, null);
    }

    /**
     * Registers a volunteer with their personal data: a resident ID number is kept encrypted under
     * {@code vault} (without one, it is refused), and one number is registered once per federation.
     */
    public Volunteer register(Form form, IdVault vault) {
        boolean organiser = Permissions.organises(scope);
        if (!organiser && !scope.currentUser().map(u -> u.equals(form.username())).orElse(false)) {
            throw new PermissionDeniedException(Text.of("volunteers.volunteer.volunteers-register-themselves-organisers-register"));
        }
        if (form.username() != null && !form.username().isBlank() && !scope.hasMember(form.username().strip())) {
            throw new InvalidInputException("username", Text.of("volunteers.volunteer.user-federation-has-username"));
        }
        Volunteer volunteer = Volunteer.register(form.username(), form.name(), form.phone(), form.skills(), form.languages(),
                form.district(), form.availability(), organiser, clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        DocumentKind kind = form.documentKind() == null ? DocumentKind.RESIDENT_ID : form.documentKind();
        IdentityDocument id = form.residentId() == null || form.residentId().isBlank() ? null
                : IdentityDocument.of(kind, form.residentId(), form.issuingCountry(), today);
        volunteer.personalData(id, form.birthDate(), form.guardianName(), form.guardianPhone(), vault, today);
        Volunteer registered = scope.transaction(em -> {
            if (byUsername(em, volunteer.username()).isPresent()) {
                throw new ConflictException("username", Text.of("volunteers.volunteer.registered-already", volunteer.username()));
            }
            if (id != null && !em.createQuery("select v.id from Volunteer v where v.idHash in :hashes", String.class)
                    .setParameter("hashes", vault.hashes(id)).getResultList().isEmpty()) { // either key's, during a rotation
                throw new ConflictException(kind == DocumentKind.RESIDENT_ID ? "residentId" : IdentityDocument.FIELD,
                        Text.of("volunteers.volunteer.volunteer-id-number-registered-already"));
            }
            em.persist(volunteer);
            scope.audit("volunteer.register", volunteer.id(), organiser ? null : org.qiaoyun.api.Text.of("volunteers.audit.self-registered"));
            return volunteer;
        });
        if (registered.status() == Volunteer.Status.APPROVED) {
            VolunteerIndicators.refresh(scope); // one more active volunteer this month
        }
        return registered;
    }

    /**
     * Updates a volunteer's details (the volunteer themselves or an organiser) as they saw them: a change
     * made on an older version is refused, not applied over someone else's. Audited.
     */
    public Volunteer describe(String volunteerId, long seenVersion, Form form) {
        return scope.transaction(em -> {
            Volunteer volunteer = find(em, volunteerId);
            Permissions.requireSelfOrOrganiser(scope, volunteer.username());
            if (volunteer.version() != seenVersion) {
                throw new StaleVersionException();
            }
            volunteer.describe(form.name(), form.phone(), form.skills(), form.languages(), form.district(), form.availability());
            scope.audit("volunteer.describe", volunteerId);
            return volunteer;
        });
    }

    /** Approves a self-registered volunteer (organisers). */
    public Volunteer approve(String volunteerId) {
        Permissions.requireOrganiser(scope);
        Volunteer approved = scope.transaction(em -> {
            Volunteer volunteer = find(em, volunteerId);
            volunteer.approve();
            scope.audit("volunteer.approve", volunteerId);
            return volunteer;
        });
        VolunteerIndicators.refresh(scope);
        return approved;
    }

    /**
     * An organiser records the volunteer's insurance policy (or removes it with null), as they saw the record.
     * Audited with the insurer and the days covered.
     */
    public Volunteer insure(String volunteerId, Insurance policy, long seenVersion) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> {
            Volunteer volunteer = find(em, volunteerId);
            StaleVersionException.unlessCurrent(seenVersion, volunteer.version());
            volunteer.insure(policy);
            scope.audit("volunteer.insure", volunteerId, policy == null ? Text.of("volunteers.audit.insurance-removed")
                    : Text.of("volunteers.audit.insured", policy.insurer(), policy.validFrom().toString(), policy.validUntil().toString()));
            return volunteer;
        });
    }

    /** Volunteers who registered themselves and wait for an organiser's approval, first come first. */
    public List<Volunteer> pending() {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> em.createQuery("select v from Volunteer v where v.status = :pending order by v.registeredAt",
                Volunteer.class).setParameter("pending", Volunteer.Status.PENDING).getResultList());
    }

    /** Volunteers by name, a page at a time (organisers: the list holds phone numbers). */
    public Page<Volunteer> find(Search search, int page, int size) {
        Permissions.requireOrganiser(scope);
        return scope.transaction(em -> new Filter("Volunteer v")
                .contains("v.name", "name", search.name())
                .contains("v.skills", "skill", search.skill())
                .contains("v.languages", "language", search.language())
                .where("v.district = :district", "district", search.district())
                .where("v.status = :status", "status", search.status())
                .page(em, Volunteer.class, "v.name, v.id", page, size));
    }

    public Volunteer volunteer(String volunteerId) {
        return scope.transaction(em -> find(em, volunteerId));
    }

    /**
     * A volunteer's record as a person looks at it (the volunteer themselves or an organiser): it holds
     * personal data (masked ID number, guardian of a minor), so each opening is audited.
     */
    public Volunteer record(String volunteerId) {
        return scope.transaction(em -> {
            Volunteer volunteer = find(em, volunteerId);
            Permissions.requireSelfOrOrganiser(scope, volunteer.username());
            scope.audit("volunteer.read", volunteerId);
            return volunteer;
        });
    }

    /** The full ID number, for the federation's admins only; every reveal is audited. */
    public String revealId(String volunteerId, IdVault vault) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Volunteer volunteer = find(em, volunteerId);
            if (vault == null || volunteer.idMasked() == null) {
                throw new ConflictException("residentId", Text.of("volunteers.volunteer.id-number-kept-volunteer"));
            }
            String number = volunteer.revealId(vault);
            scope.audit("volunteer.reveal-id", volunteerId);
            return number;
        });
    }

    /** The volunteer record of a platform user in this tenant, if they have one. */
    public Optional<Volunteer> volunteerOf(String username) {
        return scope.transaction(em -> byUsername(em, username));
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

    /** Minutes served by a volunteer, all shifts together (after corrections). */
    public long minutesServed(String volunteerId) {
        return scope.transaction(em -> {
            Long sum = em.createQuery("select sum(s.minutes) from SignUp s where s.volunteerId = :volunteer", Long.class)
                    .setParameter("volunteer", volunteerId).getSingleResult();
            return sum == null ? 0L : sum;
        });
    }

    /** A volunteer with their hours and stars. */
    public Standing standing(Volunteer volunteer) {
        long minutes = minutesServed(volunteer.id());
        return new Standing(volunteer, minutes, starLevels());
    }

    /** Volunteers with their hours and stars, for a page of a list (two queries, whatever the page's length). */
    public List<Standing> standings(List<Volunteer> volunteers) {
        if (volunteers.isEmpty()) {
            return List.of();
        }
        StarLevels levels = starLevels();
        Map<String, Long> minutes = scope.transaction(em -> em.createQuery("select s.volunteerId, sum(s.minutes) from SignUp s"
                        + " where s.volunteerId in :ids and s.minutes is not null group by s.volunteerId", Object[].class)
                .setParameter("ids", volunteers.stream().map(Volunteer::id).toList()).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue())));
        return volunteers.stream().map(v -> {
            long served = minutes.getOrDefault(v.id(), 0L);
            return new Standing(v, served, levels);
        }).toList();
    }

    /** The tenant's approved volunteers by hours served, most first. */
    public List<Standing> leaderboard(int max) {
        StarLevels levels = starLevels();
        return scope.transaction(em -> {
            List<Object[]> rows = em.createQuery("select s.volunteerId, sum(s.minutes) from SignUp s where s.minutes is not null"
                    + " group by s.volunteerId order by sum(s.minutes) desc, s.volunteerId", Object[].class).setMaxResults(max).getResultList();
            Map<String, Volunteer> people = rows.isEmpty() ? Map.of()
                    : em.createQuery("select v from Volunteer v where v.id in :ids and v.status = :approved", Volunteer.class)
                            .setParameter("ids", rows.stream().map(r -> (String) r[0]).toList())
                            .setParameter("approved", Volunteer.Status.APPROVED).getResultList().stream()
                            .collect(Collectors.toMap(Volunteer::id, v -> v));
            return rows.stream().filter(r -> people.containsKey((String) r[0]) && ((Number) r[1]).longValue() > 0)
                    .map(r -> new Standing(people.get((String) r[0]), ((Number) r[1]).longValue(), levels))
                    .toList();
        });
    }

    /** The star thresholds of this federation: its own if it set them, else the default ones. */
    public StarLevels starLevels() {
        return scope.transaction(em -> thresholds(em).map(StarThresholds::levels).orElse(StarLevels.DEFAULT));
    }

    /** Which change of the star thresholds is in force: 0 while the federation uses the default ones. */
    public long starRevision() {
        return scope.transaction(em -> thresholds(em).map(StarThresholds::version).orElse(0L));
    }

    /**
     * The federation's admins set their own star thresholds (hours, rising), naming the revision they
     * changed: a change made on an older one is refused, not applied over another admin's. Audited.
     */
    public StarLevels setStarLevels(List<Integer> hours, long seenRevision) {
        Permissions.requireAdmin(scope);
        StarLevels levels = new StarLevels(hours);
        return scope.transaction(em -> {
            Optional<StarThresholds> current = thresholds(em);
            if (current.map(StarThresholds::version).orElse(0L) != seenRevision) {
                throw new StaleVersionException();
            }
            if (current.isPresent()) {
                current.get().set(levels, Permissions.caller(scope), clock.instant());
            } else {
                em.persist(StarThresholds.first(levels, Permissions.caller(scope), clock.instant()));
            }
            scope.audit("stars.thresholds", "volunteers", levels.thresholdsInHours().toString());
            return levels;
        });
    }

    private static Optional<StarThresholds> thresholds(EntityManager em) {
        return em.createQuery("select t from StarThresholds t", StarThresholds.class).setMaxResults(1).getResultStream().findFirst();
    }

    private static Optional<Volunteer> byUsername(EntityManager em, String username) {
        return em.createQuery("select v from Volunteer v where v.username = :user", Volunteer.class)
                .setParameter("user", username).getResultStream().findFirst();
    }

    private static Volunteer find(EntityManager em, String volunteerId) {
        Volunteer volunteer = volunteerId == null ? null : em.find(Volunteer.class, volunteerId);
        if (volunteer == null) {
            throw new UnknownObjectException(Text.of("volunteers.volunteer.unknown", volunteerId));
        }
        return volunteer;
    }
}
