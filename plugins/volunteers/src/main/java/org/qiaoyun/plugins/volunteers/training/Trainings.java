package org.qiaoyun.plugins.volunteers.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/** The training on volunteers' records: organisers record completed courses; each volunteer reads their own. */
public final class Trainings {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final TenantScope scope;
    private final Clock clock;

    public Trainings(TenantScope scope) {
        this.scope = scope;
        this.clock = scope.clock();
    }

    /** Records a course a volunteer completed (organisers). Audited. */
    public Training record(String volunteerId, String course, LocalDate completedOn, int hours) {
        Permissions.requireOrganiser(scope);
        Training training = Training.completed(volunteerId, course, completedOn, hours, Permissions.caller(scope), clock);
        return scope.transaction(em -> {
            if (volunteerId == null || em.find(Volunteer.class, volunteerId) == null) {
                throw new UnknownObjectException(Text.of("volunteers.volunteer.unknown", volunteerId));
            }
            em.persist(training);
            scope.audit("training.record", volunteerId, org.qiaoyun.api.Text.of("volunteers.audit.training", training.course(), training.hours()));
            return training;
        });
    }

    /** The courses on a volunteer's record, latest first. */
    public List<Training> of(String volunteerId) {
        return scope.transaction(em -> em.createQuery("select t from Training t where t.volunteerId = :v order by t.completedOn desc, t.id",
                Training.class).setParameter("v", volunteerId).getResultList());
    }

    /** Course names used before in this federation, for the organiser's form to offer. */
    public List<String> courses() {
        return scope.transaction(em -> em.createQuery("select distinct t.course from Training t order by t.course", String.class)
                .setMaxResults(200).getResultList());
    }
}
