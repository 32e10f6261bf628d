package org.qiaoyun.kernel.persistence;

import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Work that may read but must not write, enforced where every write passes: EclipseLink's session runs
 * each insert, update and delete (of an entity at commit or flush, a JPQL bulk statement, native SQL) as
 * a modify query, and a guarded unit refuses those while {@link #run} is on the thread. An archived
 * federation's modules read this way: a screen or endpoint that forgets to check the status still
 * writes nothing.
 */
public final class ReadOnlyWork {

    private static final ThreadLocal<Supplier<? extends RuntimeException>> REFUSAL = new ThreadLocal<>();

    private ReadOnlyWork() {
    }

    /** Makes the unit refuse writes made inside {@link #run}; call once when the unit is built. */
    public static void guard(EntityManagerFactory factory) {
        JpaHelper.getServerSession(factory).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteQuery(SessionEvent event) {
                Supplier<? extends RuntimeException> refusal = REFUSAL.get();
                if (refusal != null && event.getQuery().isModifyQuery()) {
                    throw refusal.get();
                }
            }
        });
    }

    /**
     * Runs {@code work} so that any write of a guarded unit throws what {@code refusal} makes; the refusal
     * reaches the caller as itself, not wrapped in whatever the commit made of it.
     */
    public static <T> T run(Supplier<? extends RuntimeException> refusal, Supplier<T> work) {
        Supplier<? extends RuntimeException> outer = REFUSAL.get();
        RuntimeException[] refused = new RuntimeException[1];
        REFUSAL.set(() -> refused[0] = refusal.get());
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw refused[0] != null ? refused[0] : e;
        } finally {
            if (outer == null) {
                REFUSAL.remove();
            } else {
                REFUSAL.set(outer);
            }
        }
    }

    /** Whether the current thread runs read-only work. */
    public static boolean active() {
        return REFUSAL.get() != null;
    }
}
