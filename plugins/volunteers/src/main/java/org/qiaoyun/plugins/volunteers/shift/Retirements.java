package org.qiaoyun.plugins.volunteers.shift;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.VolunteerIndicators;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * A volunteer leaving service and coming back (organisers, with a reason, as they saw the record). Retiring
 * gives up the volunteer's places on shifts still to come (the first in line on each moves up), so nobody
 * waits for someone who will not come; served shifts, hours, certificates and awards stay on the record.
 */
public final class Retirements {

    private final TenantScope scope;

    public Retirements(TenantScope scope) {
        this.scope = scope;
    }

    /** Retires a volunteer with a reason; how many places to come they gave up. Audited. */
    public int retire(String volunteerId, String reason, long seenVersion) {
        Permissions.requireOrganiser(scope);
        java.util.Set<java.time.YearMonth> months = new java.util.HashSet<>();
        int released = scope.transaction(em -> {
            Volunteer volunteer = locked(em, volunteerId);
            StaleVersionException.unlessCurrent(seenVersion, volunteer.version());
            volunteer.retire(reason, scope.clock().instant());
            List<SignUp> toCome = em.createQuery("select s from SignUp s where s.volunteerId = :volunteer and s.status in :live"
                            + " and s.shiftStart > :now", SignUp.class)
                    .setParameter("volunteer", volunteerId)
                    .setParameter("live", List.of(SignUp.Status.CONFIRMED, SignUp.Status.PENDING, SignUp.Status.WAITING))
                    .setParameter("now", OffsetDateTime.ofInstant(scope.clock().instant(), ZoneOffset.UTC)).getResultList();
            for (SignUp signUp : toCome) {
                Roster.locked(em, signUp.shiftId()).release(signUp, signUp::callOff);
                months.add(VolunteerIndicators.monthOf(signUp.shiftStart()));
            }
            scope.audit("volunteer.retire", volunteerId, Text.of("volunteers.audit.retired", reason.strip(), toCome.size()));
            return toCome.size();
        });
        VolunteerIndicators.refresh(scope); // one active volunteer fewer
        months.forEach(month -> VolunteerIndicators.refresh(scope, month)); // the places they gave up
        return released;
    }

    /** A retired volunteer is active again, with a reason. Audited. */
    public Volunteer reactivate(String volunteerId, String reason, long seenVersion) {
        Permissions.requireOrganiser(scope);
        Volunteer back = scope.transaction(em -> {
            Volunteer volunteer = locked(em, volunteerId);
            StaleVersionException.unlessCurrent(seenVersion, volunteer.version());
            volunteer.reactivate(reason, scope.clock().instant());
            scope.audit("volunteer.reactivate", volunteerId, Text.of("volunteers.audit.reactivated", reason.strip()));
            return volunteer;
        });
        VolunteerIndicators.refresh(scope);
        return back;
    }

    private static Volunteer locked(EntityManager em, String volunteerId) {
        Volunteer volunteer = volunteerId == null ? null : em.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE);
        if (volunteer == null) {
            throw new UnknownObjectException(Text.of("volunteers.volunteer.unknown", volunteerId));
        }
        return volunteer;
    }
}
