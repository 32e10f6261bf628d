package org.qiaoyun.plugins.legal.consultation;

import java.time.LocalDate;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.network.Station;

/**
 * Overdue matters go up to the head of their centre: once a day (the module's daily work), every open matter whose
 * deadline passed without the step it waited for is put on its timeline as escalated and its centre's head is told,
 * in the bell and by email, without the person's name or facts (an email leaves the platform). Each deadline is
 * escalated once; when the matter moves on and misses its next deadline, that one is escalated in its turn.
 *
 * <p>The platform runs this, not a person: it is reached only from {@link org.qiaoyun.api.DailyWork}.
 */
public final class Escalation {

    /** The notification the head receives (texts {@code legal.matter-overdue.subject} and {@code .body}). */
    static final String KIND = "legal.matter-overdue";

    private final TenantScope scope;

    public Escalation(TenantScope scope) {
        this.scope = scope;
    }

    /** Escalates what fell overdue since the last run; returns how many matters were escalated. */
    public int run() {
        LocalDate today = ChinaTime.today(scope);
        return scope.transaction(em -> {
            List<Consultation> late = em.createQuery("select c from Consultation c where c.status <> :closed and c.nextDue < :today"
                            + " order by c.nextDue, c.id", Consultation.class)
                    .setParameter("closed", Status.CLOSED).setParameter("today", today).getResultList();
            int escalated = 0;
            for (Consultation c : late) {
                if (!c.dueForEscalation(today)) {
                    continue;
                }
                // by SQL, not through the entity: JPQL's bulk update would count a version (the adviser's screen turns stale)
                em.createNativeQuery("update legal_consultation set escalated_due = ? where id = ?")
                        .setParameter(1, c.nextDue()).setParameter(2, c.id()).executeUpdate();
                long before = em.createQuery("select count(e) from MatterEvent e where e.consultationId = :c", Long.class)
                        .setParameter("c", c.id()).getSingleResult();
                em.persist(new MatterEvent(c.id(), scope.clock().instant(), "system", "escalate", c.status(), c.status(),
                        Text.of("legal.event.escalated", c.nextDue().toString()).stored()).after(before));
                Station centre = em.find(Station.class, c.centreId());
                if (centre != null && centre.head() != null && scope.hasMember(centre.head())) {
                    scope.notifications().tell(centre.head(), KIND, Text.of("legal.category." + c.category()), c.nextDue().toString(),
                            Text.of("legal.status." + c.status()));
                }
                scope.audit("consultation.escalate", c.id(), Text.of("legal.audit.escalated", c.nextDue().toString()));
                escalated++;
            }
            return escalated;
        });
    }
}
