package org.qiaoyun.plugins.aid.referral;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.casework.AidCase;

/** A case's referrals to government schemes: caseworkers and admins record them and their outcomes, readers of cases read them. */
public final class Referrals {

    private final TenantScope scope;

    public Referrals(TenantScope scope) {
        this.scope = scope;
    }

    /** Refers the case's person to a scheme (audited). */
    public Referral refer(String caseId, Scheme scheme, String schemeOther, LocalDate on, String body) {
        Permissions.requireCaseworker(scope);
        return scope.transaction(em -> {
            AidCase aidCase = requireCase(em, caseId);
            Referral referral = Referral.refer(caseId, scheme, schemeOther, on, body, Permissions.caller(scope), scope.clock().instant(),
                    AidIndicators.today(scope));
            em.persist(referral);
            Text what = Text.of("aid.audit.referral", referral.schemeOther() == null ? Text.of("aid.scheme." + scheme.name()) : referral.schemeOther());
            em.persist(aidCase.noted(Permissions.caller(scope), "refer", what, scope.clock().instant()));
            scope.audit("case.refer", caseId, Text.of("aid.audit.referral", Text.of("aid.scheme." + scheme.name())));
            return referral;
        });
    }

    /** Records what came of a referral of the case (the version read; audited). */
    public Referral decided(String caseId, String referralId, Long version, Referral.Outcome outcome, LocalDate on, String note) {
        Permissions.requireCaseworker(scope);
        return scope.transaction(em -> {
            Referral referral = referralId == null ? null : em.find(Referral.class, referralId);
            if (referral == null || !referral.caseId().equals(caseId)) {
                throw new UnknownObjectException(Text.of("aid.referral.unknown", referralId));
            }
            StaleVersionException.unlessCurrent(version, referral.version());
            referral.decided(outcome, on, note, AidIndicators.today(scope));
            Text what = Text.of("aid.audit.referral-outcome", Text.of("aid.scheme." + referral.scheme().name()),
                    Text.of("aid.referral.outcome." + outcome.name()));
            em.persist(requireCase(em, caseId).noted(Permissions.caller(scope), "referral-outcome", what, scope.clock().instant()));
            scope.audit("case.referral-outcome", caseId, what);
            return referral;
        });
    }

    /** The case's referrals, the earliest first. */
    public List<Referral> of(String caseId) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            requireCase(em, caseId);
            return em.createQuery("select r from Referral r where r.caseId = :c order by r.referredOn, r.createdAt, r.id", Referral.class)
                    .setParameter("c", caseId).getResultList();
        });
    }

    private static AidCase requireCase(EntityManager em, String caseId) {
        AidCase aidCase = caseId == null ? null : em.find(AidCase.class, caseId);
        if (aidCase == null) {
            throw new UnknownObjectException(Text.of("aid.case.unknown", caseId));
        }
        return aidCase;
    }
}
