package org.qiaoyun.kernel.access;

/**
 * The walls every kernel service puts before what it changes or reveals, asked of the caller bound to
 * the current request. A screen or an endpoint that forgets its own check is not a hole: the service
 * checks again. Nobody bound means nobody allowed; the platform's own work binds
 * {@link Caller#asSystem(java.util.function.Supplier)}.
 */
public final class Access {

    private Access() {
    }

    /** The bound caller; refused when nobody is signed in. */
    public static CallerIdentity caller() {
        return Caller.current().orElseThrow(() -> new AccessDeniedException("kernel.access.nobody"));
    }

    /** The federation exists for the caller: their home, or, for an admin, their subtree. */
    public static CallerIdentity requireVisible(Governed tenant) {
        CallerIdentity caller = caller();
        if (!caller.canSee(tenant)) {
            throw new NotVisibleException(tenant.code());
        }
        return caller;
    }

    /**
     * The caller reads the federation's figures: an admin or a viewer at home or above it. Others at home are
     * refused; a federation above the caller's home, or outside its reach, does not exist for the caller.
     */
    public static CallerIdentity requireFiguresOf(Governed tenant) {
        CallerIdentity caller = caller();
        if (!caller.canReadFiguresOf(tenant)) {
            if (caller.canSee(tenant)) {
                throw new AccessDeniedException("kernel.access.figures-only", tenant.code());
            }
            throw new NotVisibleException(tenant.code());
        }
        return caller;
    }

    /** The caller administers the federation: provisioning below it, names, module switches and policy, users, audit. */
    public static CallerIdentity requireAdminOf(Governed tenant) {
        CallerIdentity caller = requireVisible(tenant);
        if (!caller.canAdminister(tenant)) {
            throw new AccessDeniedException("kernel.access.admin-only", tenant.code());
        }
        return caller;
    }

    /** Suspending, reactivating, archiving: by an admin above, never of one's own federation. */
    public static CallerIdentity requireStatusChangeOf(Governed tenant) {
        CallerIdentity caller = requireAdminOf(tenant);
        if (!caller.canChangeStatusOf(tenant)) {
            throw new AccessDeniedException("kernel.access.status-from-above", tenant.code());
        }
        return caller;
    }

    /** The platform's operators: admins of the national root (backups, the audit retention run by hand), or the platform. */
    public static void requirePlatformAdmin() {
        if (!Caller.isSystem() && !caller().isPlatformAdmin()) {
            throw new AccessDeniedException("kernel.access.platform-admins-only");
        }
    }

    /** Only the platform's own work (start-up, the national root). */
    public static void requireSystem() {
        if (!Caller.isSystem()) {
            throw new AccessDeniedException("kernel.access.system-only");
        }
    }
}
