package org.qiaoyun.plugins.legal.rights;

import java.time.LocalDate;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.rights.Retention;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.consultation.Consultation;

/**
 * How long the legal module keeps the people of its matters: a closed matter (a consultation or a petition) three
 * years from its close by default and at the least ({@link Consultation#KEEPING}: the Civil Code's general limitation
 * period, art. 188), longer where a federation sets it (up to thirty years); then it is erased in place as an erasure
 * the person asked for would ({@link LegalPersonalData#erase(TenantScope, jakarta.persistence.EntityManager,
 * Consultation)}), a batch at a time, audited with the count alone.
 */
public final class LegalKeeping implements Retention {

    static final String MATTER = "consultation";
    private static final int BATCH = 500;

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind(MATTER, Text.of("legal.retention.consultation"), Text.of("legal.retention.from-close"),
                (int) Consultation.KEEPING.toTotalMonths(), (int) Consultation.KEEPING.toTotalMonths(), 360));
    }

    @Override
    public int eraseEnded(TenantScope federation, String kind, int months) {
        if (!MATTER.equals(kind)) {
            return 0;
        }
        LocalDate closedBy = ChinaTime.today(federation).minusMonths(Math.max(months, (int) Consultation.KEEPING.toTotalMonths()));
        try {
            return federation.transaction(em -> {
                List<Consultation> ended = em.createQuery("select c from Consultation c where c.closedOn is not null and c.closedOn <= :closedBy"
                                + " and c.personName <> :erased order by c.closedOn, c.id", Consultation.class)
                        .setParameter("closedBy", closedBy).setParameter("erased", Consultation.ERASED).setMaxResults(BATCH).getResultList()
                        .stream().filter(c -> !c.status().isOpen() && !c.erased()).toList();
                ended.forEach(matter -> LegalPersonalData.erase(federation, em, matter));
                if (!ended.isEmpty()) {
                    federation.audit("rights.retention", MATTER, Text.of("legal.audit.retention-erased", ended.size(), months));
                }
                return ended.size();
            });
        } catch (org.qiaoyun.api.RefusalException readOnly) {
            return 0; // an archived federation's data stays as it was archived
        }
    }
}
