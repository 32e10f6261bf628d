package org.qiaoyun.kernel.identity;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the current request acts for, as seen by audit entries and modules. The web layer binds it
 * at the start of each request (REST call or screen event) and clears it at the end; work outside a
 * request runs as {@value #SYSTEM}.
 */
public final class Caller {

    /** The name recorded for the platform's own work: start-up, demo provisioning, migrations. */
    public static final String SYSTEM = "system";

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
