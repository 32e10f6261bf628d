package org.qiaoyun.plugins.legal.consultation;

/**
 * Where a consultation stands: received at a station, its conflict check decided by the head, assigned to an
 * adviser, acknowledged (the adviser has contacted the person), answered, closed with an outcome.
 */
public enum Status {
    RECEIVED, CHECKED, ASSIGNED, ACKNOWLEDGED, ANSWERED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
