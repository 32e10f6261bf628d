package org.qiaoyun.kernel.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who the current request acts for, as seen by audit entries and modules. The web layer binds it
 * at the start of each request (REST call or screen event) and clears it at the end; work outside a
 * request is bound to nobody, and the kernel's services refuse it: the platform's own work (start-up,
 * demo provisioning) says so explicitly with {@link #asSystem(Supplier)}.
 */
public final class Caller {

    /** The name recorded for the platform's own work: start-up, demo provisioning, migrations. */
    public static final String SYSTEM = "system";

    /**
     * The platform itself: an admin above every tenant (its home path is the empty prefix of every path).
     * Only code of the kernel binds it, never a request.
     */
    static final CallerIdentity PLATFORM = new CallerIdentity(SYSTEM, "", "", Set.of(Role.ADMIN));

    private static final ThreadLocal<CallerIdentity> CURRENT = new ThreadLocal<>();

    private Caller() {
    }

    /** Runs {@code work} as {@code caller}, restoring whoever was bound before. */
    public static <T> T as(CallerIdentity caller, Supplier<T> work) {
        CallerIdentity previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Runs the platform's own work (start-up, first provisioning) with the platform's rights. */
    public static <T> T asSystem(Supplier<T> work) {
        return as(PLATFORM, work);
    }

    /**
     * Binds the platform itself to this thread until {@link #clear()}: for the kernel's own threads, and for
     * tests that set up a world before they act as its users.
     */
    public static void bindSystem() {
        CURRENT.set(PLATFORM);
    }

    /** Whether the bound caller is the platform itself. */
    public static boolean isSystem() {
        return CURRENT.get() == PLATFORM;
    }

    public static void bind(CallerIdentity caller) {
        if (caller == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(caller);
        }
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The bound caller, if a signed-in request is running. */
    public static Optional<CallerIdentity> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The bound user's name, or {@value #SYSTEM} outside a signed-in request. */
    public static String name() {
        CallerIdentity caller = CURRENT.get();
        return caller == null ? SYSTEM : caller.username();
    }
}
