package org.qiaoyun.plugins.legal;

import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * Who may do what in legal services, on top of the platform roles. Admins keep the service network (centres,
 * stations, advisers, the roster, the calendar); advisers ({@code legal_adviser}), caseworkers and admins
 * take consultations in. Who reads a consultation is not a role but a relation: its assigned adviser and the
 * head of its centre ({@link org.qiaoyun.plugins.legal.consultation.Confidentiality}).
 */
public final class Permissions {

    /** The platform role of the federation's legal advisers. */
    public static final String ADVISER = "legal_adviser";

    private Permissions() {
    }

    public static void requireAdmin(TenantScope scope) {
        if (!scope.callerHas("admin")) {
            throw new PermissionDeniedException(Text.of("legal.role.admin"));
        }
    }

    /** Whether the caller may take a consultation in at a station. */
    public static boolean takesIn(TenantScope scope) {
        return scope.callerHas(ADVISER) || scope.callerHas("caseworker") || scope.callerHas("admin");
    }

    /** The caller's name, for timelines. */
    public static String caller(TenantScope scope) {
        return scope.currentUser().orElse("system");
    }
}
