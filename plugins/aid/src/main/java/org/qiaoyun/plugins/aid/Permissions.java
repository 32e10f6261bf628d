package org.qiaoyun.plugins.aid;

import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * Who may do what in aid tracking, on top of the platform roles: caseworkers (and admins) register
 * people, draft, verify, pay and follow up cases; approving needs a role with an approval limit;
 * revealing a full resident ID number is for admins. Cases, funds, ledgers and limits are read by
 * those who work the cases and the federation's viewers only ({@link #requireReaderOfPeople}): a case
 * names a person in need.
 */
public final class Permissions {

    private Permissions() {
    }

    public static void requireCaseworker(TenantScope scope) {
        if (!scope.callerHas("caseworker") && !scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("aid.role.caseworker-or-admin"));
        }
    }

    /**
     * Who may read the records of the people served (names, masked numbers, circumstances): those who
     * work the cases and the federation's viewers. Volunteers, organisers and legal advisers do other work
     * and see none of it.
     */
    public static void requireReaderOfPeople(TenantScope scope) {
        if (!readsPeople(scope)) {
            throw new PermissionDeniedException(Text.of("aid.role.people-readers"));
        }
    }

    /** Whether the caller may read the records of the people served (see {@link #requireReaderOfPeople}). */
    public static boolean readsPeople(TenantScope scope) {
        return scope.callerHas("caseworker") || scope.callerHas("admin") || scope.callerHas("viewer");
    }

    public static void requireAdmin(TenantScope scope) {
        if (!scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("aid.role.admin"));
        }
    }

    /** The caller's name, for timelines and ledgers. */
    public static String caller(TenantScope scope) {
        return scope.currentUser().orElse("system");
    }
}
