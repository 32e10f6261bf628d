package org.qiaoyun.api.staffing;

/**
 * How a request for volunteers stands: the volunteer module's activity that answers it, the places
 * needed, confirmed and waiting, and whether it was called off.
 */
public record StaffingStatus(String module, String reference, String activityId, int needed, int confirmed, int waiting,
                             boolean withdrawn) {

    /** Whether every place is taken. */
    public boolean staffed() {
        return !withdrawn && confirmed >= needed;
    }
}
