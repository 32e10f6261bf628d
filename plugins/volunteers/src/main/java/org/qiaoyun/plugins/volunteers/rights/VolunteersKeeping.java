package org.qiaoyun.plugins.volunteers.rights;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.rights.Retention;
import org.qiaoyun.plugins.volunteers.recognition.Nomination;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * How long the volunteer module keeps the people who served: a volunteer's record stays while they serve (an approved
 * volunteer is never erased by time: their hours and certificates are their own record of service); once they left
 * service (retired), or asked to join and were never approved, their details are kept three years by default from
 * the later of that day and the end of their last shift (the Civil Code's general limitation period, art. 188, for
 * anything that happened on a shift, and the time a volunteer comes back for a certificate of their hours), at least a
 * year, at most thirty. Then, with no shift to come and no nomination being decided, the record is erased in place as an
 * erasure the person asked for would ({@link VolunteersPersonalData#erase(jakarta.persistence.EntityManager, Volunteer,
 * java.time.Instant)}: sign-ups, times and minutes stay, so rosters, hours and figures do not move), a batch at a time,
 * audited with the count alone.
 */
public final class VolunteersKeeping implements Retention {

    static final String VOLUNTEER = "volunteer";
    private static final int BATCH = 500;

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind(VOLUNTEER, Text.of("volunteers.retention.volunteer"), Text.of("volunteers.retention.from-leaving"), 36, 12, 360));
    }

    @Override
    public int eraseEnded(TenantScope federation, String kind, int months) {
        if (!VOLUNTEER.equals(kind)) {
            return 0;
        }
        OffsetDateTime now = federation.clock().instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime before = now.minusMonths(months);
        try {
            return federation.transaction(em -> {
                List<Volunteer> ended = em.createQuery("select v from Volunteer v where v.name <> :erased"
                                + " and ((v.status = :retired and v.statusChangedAt < :before) or (v.status = :pending and v.registeredAt < :before))"
                                + " and not exists (select s from SignUp s where s.volunteerId = v.id"
                                + " and (s.shiftEnd >= :before or (s.status in :on and s.shiftEnd > :now)))"
                                + " and not exists (select n from Nomination n where n.volunteerId = v.id and n.status = :proposed)"
                                + " order by v.registeredAt, v.id", Volunteer.class)
                        .setParameter("erased", Volunteer.ERASED).setParameter("retired", Volunteer.Status.RETIRED)
                        .setParameter("pending", Volunteer.Status.PENDING).setParameter("before", before).setParameter("now", now)
                        .setParameter("on", VolunteersPersonalData.ON_A_SHIFT).setParameter("proposed", Nomination.Status.PROPOSED)
                        .setMaxResults(BATCH).getResultList()
                        .stream().filter(v -> !v.erased()).toList();
                ended.forEach(volunteer -> VolunteersPersonalData.erase(em, volunteer, now.toInstant()));
                if (!ended.isEmpty()) {
                    federation.audit("rights.retention", VOLUNTEER, Text.of("volunteers.audit.retention-erased", ended.size(), months));
                }
                return ended.size();
            });
        } catch (org.qiaoyun.api.RefusalException readOnly) {
            return 0; // an archived federation's data stays as it was archived
        }
    }
}
