package org.qiaoyun.plugins.events.registration;

/**
 * Where a registration stands. Confirmed and pending (awaiting the organiser's confirmation) hold places;
 * waiting is in line for one; cancelled holds nothing and is kept for the record.
 */
public enum Standing {
    CONFIRMED, PENDING, WAITING, CANCELLED;

    public boolean holdsPlaces() {
        return this == CONFIRMED || this == PENDING;
    }
}
