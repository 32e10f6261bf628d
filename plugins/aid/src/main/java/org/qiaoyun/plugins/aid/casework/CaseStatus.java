package org.qiaoyun.plugins.aid.casework;

/**
 * Where a case stands: drafted by a caseworker, submitted, verified by a home visit, approved or
 * rejected, paid out (in one or more disbursements), followed up, closed. A case is open until closed.
 */
public enum CaseStatus {
    DRAFT, SUBMITTED, VERIFIED, APPROVED, REJECTED, DISBURSED, FOLLOW_UP, CLOSED;

    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }
}
