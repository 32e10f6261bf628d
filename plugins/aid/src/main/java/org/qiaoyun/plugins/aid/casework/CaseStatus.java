package org.qiaoyun.plugins.aid.casework;

import java.util.List;

/**
 * Where a case stands: drafted by a caseworker, submitted, verified by a home visit, approved or
 * rejected, paid out (in one or more disbursements), followed up, closed. A draft nobody will submit is
 * withdrawn. A case is open until it is closed, rejected or withdrawn.
 */
public enum CaseStatus {
    DRAFT, SUBMITTED, VERIFIED, APPROVED, REJECTED, DISBURSED, FOLLOW_UP, CLOSED, WITHDRAWN;

    /** The statuses in which a case has ended: the work list's sums and the open-cases figures leave them out. */
    public static final List<CaseStatus> ENDED = List.of(CLOSED, REJECTED, WITHDRAWN);

    public boolean isOpen() {
        return !ENDED.contains(this);
    }
}
