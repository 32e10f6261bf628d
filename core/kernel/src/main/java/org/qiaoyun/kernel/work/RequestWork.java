package org.qiaoyun.kernel.work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What one request has done and found so far, on the thread that serves it: how many transactions it
 * ran (on every persistence unit), what it need not ask twice (the gate's answer for a module in a
 * tenant), and work left for its end (indicator values, written in one batch after the change
 * committed). Outside a request (background work, tests of a service) nothing is remembered and
 * nothing waits: every question is asked and every write made at once.
 *
 * <p>Begun and ended around every HTTP request by a servlet filter of the web layer (sign-in, which the
 * server runs before any filter, is not counted); the API settles its end work before it answers.
 */
public final class RequestWork {

    private static final Logger LOG = Logger.getLogger(RequestWork.class.getName());
    private static final ThreadLocal<RequestWork> CURRENT = new ThreadLocal<>();

    private int transactions;
    private final Map<Object, Object> remembered = new HashMap<>();
    private final List<Runnable> atEnd = new ArrayList<>();

    private RequestWork() {
    }

    /** Begins a request on this thread (again, if one was left begun: a thread serves one request at a time). */
    public static void begin() {
        CURRENT.set(new RequestWork());
    }

    /** Whether a request is under way on this thread. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * Runs the work left for the request's end now (a piece that itself leaves work is followed by it),
     * while the request goes on: the API settles before its answer names the transactions. A piece that
     * fails is logged, not thrown: the change it follows has committed, and indicator values are counted
     * again at the next change.
     */
    public static void settle() {
        RequestWork work = CURRENT.get();
        while (work != null && !work.atEnd.isEmpty()) {
            List<Runnable> now = new ArrayList<>(work.atEnd);
            work.atEnd.clear();
            for (Runnable piece : now) {
                try {
                    piece.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "work at the end of a request failed", e);
                }
            }
        }
    }

    /** Ends the request: what is left for its end runs ({@link #settle}), and the transactions it counted are returned. */
    public static int end() {
        try {
            settle();
            return transactions();
        } finally {
            CURRENT.remove();
        }
    }

    /** The transactions counted so far in this request; 0 outside one. */
    public static int transactions() {
        RequestWork work = CURRENT.get();
        return work == null ? 0 : work.transactions;
    }

    /** Counts one transaction of the request under way (the store calls this). */
    public static void counted() {
        RequestWork work = CURRENT.get();
        if (work != null) {
            work.transactions++;
        }
    }

    /**
     * The answer to a question this request asked before, else {@code ask}'s (remembered for the rest of
     * the request). Outside a request, {@code ask} every time.
     */
    @SuppressWarnings("unchecked")
    public static <T> T remembered(Object question, Supplier<T> ask) {
        RequestWork work = CURRENT.get();
        if (work == null) {
            return ask.get();
        }
        Object known = work.remembered.get(question);
        if (known == null) {
            known = ask.get();
            work.remembered.put(question, known);
        }
        return (T) known;
    }

    /** Forgets what this request found out about {@code question}: the request itself changed the answer. */
    public static void forget(Object question) {
        RequestWork work = CURRENT.get();
        if (work != null) {
            work.remembered.remove(question);
        }
    }

    /**
     * The batch of this kind left for the request's end, made by {@code start} the first time (it adds its
     * own piece of end work then). Empty outside a request: the caller does the work at once.
     */
    @SuppressWarnings("unchecked")
    public static <B> Optional<B> batch(Object kind, Supplier<B> start, java.util.function.Consumer<B> atEnd) {
        RequestWork work = CURRENT.get();
        if (work == null) {
            return Optional.empty();
        }
        Object batch = work.remembered.get(kind);
        if (batch == null) {
            B made = start.get();
            work.remembered.put(kind, made);
            work.atEnd.add(() -> {
                work.remembered.remove(kind);
                atEnd.accept(made);
            });
            batch = made;
        }
        return Optional.of((B) batch);
    }
}
