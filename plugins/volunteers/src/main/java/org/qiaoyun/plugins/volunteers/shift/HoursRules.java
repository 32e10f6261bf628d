package org.qiaoyun.plugins.volunteers.shift;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;

/**
 * The federation's rule for counting service time: how long after a shift's end a check-out still counts.
 * Everyone reads it (volunteers see why their hours are what they are); the federation's admins change it,
 * naming the revision they saw (0 for the default), audited.
 */
public final class HoursRules {

    private final TenantScope scope;

    public HoursRules(TenantScope scope) {
        this.scope = scope;
    }

    /** The rule in force with the revision it is at (0: the default). */
    public record Current(ServiceTime rule, long revision) {
    }

    public Current current() {
        return scope.transaction(em -> stored(em).map(r -> new Current(r.rule(), r.version()))
                .orElse(new Current(ServiceTime.DEFAULT, 0L)));
    }

    /** The rule in force, inside the caller's transaction. */
    static ServiceTime in(EntityManager em) {
        return stored(em).map(HoursRule::rule).orElse(ServiceTime.DEFAULT);
    }

    /** The federation's admins set the check-out tolerance (0 to 240 minutes), as they saw the rule; a stale change is refused. */
    public Current setTolerance(int minutes, long seenRevision) {
        Permissions.requireAdmin(scope);
        ServiceTime rule = ServiceTime.ofMinutes(minutes);
        return scope.transaction(em -> {
            Optional<HoursRule> stored = stored(em);
            StaleVersionException.unlessCurrent(seenRevision, stored.map(HoursRule::version).orElse(0L));
            HoursRule changed;
            if (stored.isPresent()) {
                changed = stored.get();
                changed.set(rule, Permissions.caller(scope), scope.clock().instant());
            } else {
                changed = HoursRule.first(rule, Permissions.caller(scope), scope.clock().instant());
                em.persist(changed);
            }
            em.flush();
            scope.audit("hours.rule", "volunteers", Text.of("volunteers.audit.hours-rule", minutes));
            return new Current(rule, changed.version());
        });
    }

    private static Optional<HoursRule> stored(EntityManager em) {
        return em.createQuery("select r from HoursRule r", HoursRule.class).setMaxResults(1).getResultStream().findFirst();
    }
}
