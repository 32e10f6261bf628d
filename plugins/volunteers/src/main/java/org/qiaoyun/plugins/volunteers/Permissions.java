package org.qiaoyun.plugins.volunteers;

import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * Who may do what in volunteer management, on top of the platform roles: organisers (and the
 * federation's admins) keep activities, shifts, rosters, approvals, hours, training and nominations;
 * volunteers act for themselves; everybody of the tenant may look at activities and shifts.
 */
public final class Permissions {

    private Permissions() {
    }

    /** Whether the caller keeps rosters here: organisers, and the federation's admins. */
    public static boolean organises(TenantScope scope) {
        return scope.callerHas("organiser") || scope.callerHas("admin");
    }

    public static void requireOrganiser(TenantScope scope) {
        if (!organises(scope)) {
            throw new PermissionDeniedException(Text.of("volunteers.role.organiser-admin-role"));
        }
    }

    /** Volunteers act for themselves (sign up, cancel, check in and out, read their record); organisers for anyone. */
    public static void requireSelfOrOrganiser(TenantScope scope, String volunteerUsername) {
        if (organises(scope)) {
            return;
        }
        if (volunteerUsername == null || !scope.currentUser().map(volunteerUsername::equals).orElse(false)) {
            throw new PermissionDeniedException(Text.of("volunteers.role.volunteers-act-themselves"));
        }
    }

    public static void requireAdmin(TenantScope scope) {
        if (!scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("volunteers.role.admin-role"));
        }
    }

    /** The caller's name, for records of who did what. */
    public static String caller(TenantScope scope) {
        return scope.currentUser().orElse("system");
    }
}
