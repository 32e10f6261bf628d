package org.qiaoyun.kernel.identity;

import java.util.Optional;

/**
 * Who the current request acts for, as seen by audit entries and modules. The web layer binds it
 * at the start of each request (REST call or screen event) and clears it at the end; work outside a
 * request runs as {@value #SYSTEM}.
 */
public final class Caller {

    /** The name recorded for the platform's own work: start-up, demo provisioning, migrations. */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Caller() {
    }

    /** Runs {@code work} as {@code username}, restoring whoever was bound before. */
    public static <T> T as(String username, java.util.function.Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(username);
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

    public static void bind(String username) {
        CURRENT.set(username);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The bound user, if a request is running. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The bound user, or {@value #SYSTEM} outside a request. */
    public static String name() {
        return current().orElse(SYSTEM);
    }
}
