package org.qiaoyun.plugins.legal.consultation;

/**
 * How a consultation came in: a visit to the station, a phone call, online, a letter, or referred by a
 * contact point (直接联系点) or another federation (who referred it is then named).
 */
public enum Channel {
    WALK_IN, PHONE, ONLINE, LETTER, CONTACT_POINT, OTHER_FEDERATION;

    /** Whether the one who referred the matter must be named. */
    public boolean referred() {
        return this == CONTACT_POINT || this == OTHER_FEDERATION;
    }
}
