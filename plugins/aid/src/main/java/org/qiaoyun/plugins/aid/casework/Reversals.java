package org.qiaoyun.plugins.aid.casework;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;

/**
 * Reversals (冲正) of wrong ledger lines, by admins, who keep the funds. The original line stays as it was;
 * a line the other way names it and says why, and the fund's balance follows. A payment's reversal also
 * lowers what its case was paid, with an event on the case's timeline, in the same transaction. It lives
 * beside the casework because of that case; a receipt's reversal touches the fund alone.
 */
public final class Reversals {

    private final TenantScope scope;

    public Reversals(TenantScope scope) {
        this.scope = scope;
    }

    /** Reverses line {@code entryId} of fund {@code fundId}; answers the reversal's line. */
    public FundEntry reverse(String fundId, String entryId, String reason) {
        Permissions.requireAdmin(scope);
        new Funds(scope).get(fundId); // 404 for a fund the tenant does not have
        return scope.transaction(em -> {
            String by = Permissions.caller(scope);
            FundEntry reversal = Funds.reverse(em, fundId, entryId, by, reason, scope.clock().instant());
            String fundName = new Funds(scope).get(fundId).name();
            scope.audit("fund.reverse", entryId, Text.of("aid.audit.fund-reversal", reversal.amount(), fundName));
            if (reversal.caseId() != null) {
                AidCase aidCase = em.find(AidCase.class, reversal.caseId());
                em.persist(aidCase.paymentReversed(by, reversal.amount(), fundName, reason).at(scope.clock().instant()));
                aidCase.changed(scope.clock().instant());
                scope.audit("case." + AidCase.REVERSE_PAYMENT, aidCase.id(), Text.of("aid.audit.case-payment-reversed", reversal.amount(), fundName));
            } else {
                // a campaign's payment names no case: the household it paid waits for its visit again
                org.qiaoyun.plugins.aid.campaign.Visits.paymentReversed(scope, em, entryId);
            }
            AidIndicators.refresh(scope); // the month's payments by source count the reversal, committed with it
            return reversal;
        });
    }
}
