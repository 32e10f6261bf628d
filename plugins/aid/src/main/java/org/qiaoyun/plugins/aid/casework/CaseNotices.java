package org.qiaoyun.plugins.aid.casework;

import java.util.Map;
import java.util.TreeMap;

import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * Who is told of a case's decision, in the transaction of the step that brings it: a case that waits for an approval
 * tells those who may give it (the federation's members whose role has an approval limit, the preparers of the case
 * left out, and for a second approval only those whose limit covers it, as {@link AidCase#awaitsApprovalFrom} says);
 * the caseworker who submitted a case is told when it is approved or rejected, with the reason. A case waiting for an
 * approval is also told to the federation's staff group, when it has one. The notices name the case, its type and
 * amount, never the person it helps: an email leaves the platform, and not everyone in a staff group reads cases.
 */
final class CaseNotices {

    static final String AWAITING_APPROVAL = "aid.case-awaiting-approval";
    static final String AWAITING_SECOND_APPROVAL = "aid.case-awaiting-second-approval";
    static final String APPROVED = "aid.case-approved";
    static final String REJECTED = "aid.case-rejected";
    /** To the federation's staff group: the case's number, kind of aid and amount, never the person. */
    static final String STAFF_WAITING = "aid.case-waiting";
    static final String STAFF_SECOND = "aid.case-waiting-second";

    private final TenantScope scope;

    CaseNotices(TenantScope scope) {
        this.scope = scope;
    }

    /**
     * Tells of what {@code event} did to {@code aidCase}, with the approval limits in force ({@code limits}, by role).
     * Other steps tell nobody.
     */
    void told(AidCase aidCase, CaseEvent event, Map<String, Money> limits) {
        Text type = Text.of("aid.type." + aidCase.type().name());
        if (aidCase.status() == CaseStatus.VERIFIED) { // verified, or first approved above the approver's limit
            boolean second = aidCase.firstApprover() != null;
            scope.notifications().tellStaff(second ? STAFF_SECOND : STAFF_WAITING, aidCase.id(), type, aidCase.toDecide().toString());
            Map<String, Money> deciders = deciders(limits);
            deciders.forEach((member, limit) -> {
                if (aidCase.awaitsApprovalFrom(member, limit)) {
                    scope.notifications().tell(member, second ? AWAITING_SECOND_APPROVAL : AWAITING_APPROVAL, aidCase.id(), type,
                            aidCase.toDecide().toString(), scope.tenantName());
                }
            });
        } else if (event.to() == CaseStatus.APPROVED && event.from() == CaseStatus.VERIFIED) {
            toSubmitter(aidCase, APPROVED, aidCase.id(), type, aidCase.approved().toString(), scope.tenantName());
        } else if (event.to() == CaseStatus.REJECTED) {
            toSubmitter(aidCase, REJECTED, aidCase.id(), type, event.comment() == null ? "" : event.comment(), scope.tenantName());
        }
    }

    /** The members who decide on aid, each with the limit of their strongest role that has one. */
    private Map<String, Money> deciders(Map<String, Money> limits) {
        Map<String, Money> deciders = new TreeMap<>();
        limits.forEach((role, limit) -> scope.members(role).forEach(member -> deciders.merge(member, limit,
                (one, other) -> one.compareTo(other) >= 0 ? one : other)));
        return deciders;
    }

    /** The submitter, while their account is still the federation's (and not the caller: nobody is told of their own step). */
    private void toSubmitter(AidCase aidCase, String kind, Object... arguments) {
        String submitter = aidCase.submittedBy();
        if (submitter != null && scope.hasMember(submitter) && !submitter.equals(scope.currentUser().orElse(null))) {
            scope.notifications().tell(submitter, kind, arguments);
        }
    }
}
