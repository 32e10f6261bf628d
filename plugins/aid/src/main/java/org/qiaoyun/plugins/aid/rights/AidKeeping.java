package org.qiaoyun.plugins.aid.rights;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.rights.Retention;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.periodic.Schedule;

/**
 * How long the aid module keeps the people it helped: a beneficiary five years by default (a federation sets one to
 * thirty) from the last change to any case of theirs, or from registration when they have none; then, with no case
 * in hand and no monthly payment running, erased in place as an erasure the person asked for would
 * ({@link AidPersonalData#erase(jakarta.persistence.EntityManager, Beneficiary, List)}: the record, amounts, dates and
 * figures stay), a batch at a time, audited with the count alone.
 */
public final class AidKeeping implements Retention {

    static final String BENEFICIARY = "beneficiary";
    private static final int BATCH = 500;
    private static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind(BENEFICIARY, Text.of("aid.retention.beneficiary"), Text.of("aid.retention.from-last-case"), 60, 12, 360));
    }

    @Override
    public int eraseEnded(TenantScope federation, String kind, int months) {
        if (!BENEFICIARY.equals(kind)) {
            return 0;
        }
        OffsetDateTime before = federation.clock().instant().atOffset(ZoneOffset.UTC).minusMonths(months);
        try {
            return federation.transaction(em -> {
                List<Beneficiary> ended = em.createQuery("select b from Beneficiary b where b.name <> :erased and b.createdAt < :before"
                                + " and not exists (select c from AidCase c where c.beneficiaryId = b.id and (c.updatedAt >= :before"
                                + " or c.status in :open))"
                                + " and not exists (select s from Schedule s, AidCase sc where s.caseId = sc.id and sc.beneficiaryId = b.id"
                                + " and s.status = :active) order by b.createdAt, b.id", Beneficiary.class)
                        .setParameter("erased", Beneficiary.ERASED).setParameter("before", before).setParameter("open", OPEN)
                        .setParameter("active", Schedule.Status.ACTIVE).setMaxResults(BATCH).getResultList()
                        .stream().filter(b -> !b.erased()).toList();
                for (Beneficiary person : ended) {
                    List<String> caseIds = em.createQuery("select c.id from AidCase c where c.beneficiaryId = :id", String.class)
                            .setParameter("id", person.id()).getResultList();
                    AidPersonalData.erase(em, person, caseIds);
                }
                if (!ended.isEmpty()) {
                    federation.audit("rights.retention", BENEFICIARY, Text.of("aid.audit.retention-erased", ended.size(), months));
                }
                return ended.size();
            });
        } catch (org.qiaoyun.api.RefusalException readOnly) {
            return 0; // an archived federation's data stays as it was archived
        }
    }
}
