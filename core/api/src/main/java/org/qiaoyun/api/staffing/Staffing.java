package org.qiaoyun.api.staffing;

import java.util.Optional;

/**
 * Volunteers for another module's own activity: the cultural events module, for instance, asks the
 * volunteer module to staff a festival, and later reads how many signed up or withdraws the request.
 *
 * <p>A module finds this service through {@code ModuleContext.service(Staffing.class, tenantCode)}, which
 * gives it only while the volunteer module runs and both modules are enabled in that tenant; without it,
 * the asking module carries on without volunteers. Calls act as the current caller, who needs the
 * organiser or admin role in the tenant.
 */
public interface Staffing {

    /**
     * Asks for volunteers, or updates nothing and answers the request already made for the same
     * {@code (module, reference)}: asking twice never plans twice.
     *
     * @throws org.qiaoyun.api.InvalidInputException naming the field of the need that is wrong
     */
    StaffingStatus request(String tenantCode, StaffingNeed need);

    /** How the request for this activity of that module stands, if one was made. */
    Optional<StaffingStatus> status(String tenantCode, String module, String reference);

    /** Calls the request off (the activity was cancelled): volunteers signed up lose their places. A reason is required. */
    StaffingStatus withdraw(String tenantCode, String module, String reference, String reason);
}
