package org.qiaoyun.plugins.legal.consultation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.network.Adviser;

/**
 * The head's assignment desk: the advisers' loads (open matters each), and for one matter the active advisers
 * in the order the head would likely choose: who knows the category, speaks the person's language, serves the
 * station and is on duty there today, and then who has the least to do. The head still chooses.
 */
public final class AssignmentDesk {

    private final TenantScope scope;
    private final Consultations consultations;

    public AssignmentDesk(TenantScope scope) {
        this.scope = scope;
        this.consultations = new Consultations(scope, null); // the desk reads no ID numbers
    }

    /** An adviser as the desk shows them for one matter. */
    public record Candidate(Adviser adviser, long load, boolean knowsCategory, boolean speaksLanguage, boolean servesStation,
                            boolean onDutyToday) {

        int score() {
            return (knowsCategory ? 8 : 0) + (speaksLanguage ? 4 : 0) + (servesStation ? 2 : 0) + (onDutyToday ? 1 : 0);
        }
    }

    /** Open matters per adviser id (those with none are absent). For heads and admins: figures, no names of people. */
    public Map<String, Long> loads() {
        requireHeadOrAdmin();
        return scope.transaction(AssignmentDesk::loads);
    }

    private static Map<String, Long> loads(EntityManager em) {
        Map<String, Long> loads = new HashMap<>();
        em.createQuery("select c.adviserId, count(c) from Consultation c where c.adviserId is not null and c.status <> :closed"
                        + " group by c.adviserId", Object[].class)
                .setParameter("closed", Status.CLOSED).getResultList().forEach(row -> loads.put((String) row[0], ((Number) row[1]).longValue()));
        return loads;
    }

    /** The active advisers for this matter, likeliest first: for the head who assigns it. */
    public List<Candidate> candidates(String consultationId) {
        Consultation c = consultations.get(consultationId);
        if (!consultations.callerIsHead()) {
            throw new PermissionDeniedException(Text.of("legal.role.head"));
        }
        LocalDate today = ChinaTime.today(scope);
        return scope.transaction(em -> {
            Map<String, Long> loads = loads(em);
            Set<String> onDuty = new HashSet<>(em.createQuery(
                    "select d.adviserId from DutyShift d where d.stationId = :station and d.day = :today", String.class)
                    .setParameter("station", c.stationId()).setParameter("today", today).getResultList());
            return em.createQuery("select a from Adviser a where a.active = true", Adviser.class).getResultList().stream()
                    .map(a -> new Candidate(a, loads.getOrDefault(a.id(), 0L), a.specialities().contains(c.category()),
                            a.speaks(c.language()), a.serves(c.stationId()), onDuty.contains(a.id())))
                    .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparingLong(Candidate::load)
                            .thenComparing(candidate -> candidate.adviser().name()))
                    .toList();
        });
    }

    private void requireHeadOrAdmin() {
        if (!scope.callerHas("admin") && !consultations.callerIsHead()) {
            throw new PermissionDeniedException(Text.of("legal.role.head"));
        }
    }
}
