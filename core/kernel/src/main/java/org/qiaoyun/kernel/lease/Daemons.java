package org.qiaoyun.kernel.lease;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The kernel's background threads: one named daemon thread per job, so that a thread dump says what each one does. */
public final class Daemons {

    private Daemons() {
    }

    /** A single daemon thread named {@code name}, for a job that looks now and then (and takes its lease each time). */
    public static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(run -> {
            Thread named = new Thread(run, name);
            named.setDaemon(true);
            return named;
        });
    }
}
