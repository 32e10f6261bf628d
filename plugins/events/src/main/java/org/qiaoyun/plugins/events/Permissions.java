package org.qiaoyun.plugins.events;

import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * Who may do what with cultural events, on top of the platform roles. Organisers and admins plan events,
 * register people, check them in at the door and see their contact details; viewers read the events and
 * their figures without anyone's phone or email; everyone else of the federation reads the published events.
 * The public (no account) signs up on the public page only.
 */
public final class Permissions {

    public static final String ORGANISER = "organiser";

    private Permissions() {
    }

    /** Whether the caller plans events and works with the people signed up (their contact details too). */
    public static boolean organises(TenantScope scope) {
        return scope.callerHas(ORGANISER) || scope.callerHas("admin");
    }

    public static void requireOrganiser(TenantScope scope) {
        if (!organises(scope)) {
            throw new PermissionDeniedException(Text.of("events.role.organiser"));
        }
    }

    /** Whether the caller reads drafts and figures (organisers, admins, viewers). */
    public static boolean readsAll(TenantScope scope) {
        return organises(scope) || scope.callerHas("viewer");
    }

    /** The caller's name, for the record; public sign-ups have none. */
    public static String caller(TenantScope scope) {
        return scope.currentUser().orElse(null);
    }
}
