package org.qiaoyun.plugins.legal.consultation;

/**
 * Where a matter was referred: the legal aid centre (法律援助中心), a court, a named government department, or
 * another federation (the last two are named).
 */
public enum Destination {
    LEGAL_AID_CENTRE, COURT, GOVERNMENT_DEPARTMENT, OTHER_FEDERATION;

    /** Whether the referral names the department or federation. */
    public boolean named() {
        return this == GOVERNMENT_DEPARTMENT || this == OTHER_FEDERATION;
    }
}
