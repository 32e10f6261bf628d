package org.qiaoyun.kernel.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.lease.Leases;

/**
 * Runs the audit retention once a day across all platform instances: every instance looks each hour, and the one
 * that takes the run-once lease runs it when the last run (the newest {@code audit.retire} entry) is a day old or
 * there is none. The job runs as the platform itself.
 */
public final class AuditKeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AuditKeeper.class.getName());
    public static final String JOB = "audit.retention";
    static final Duration DAY = Duration.ofHours(24);

    private final Leases leases;
    private final AuditRetention retention;
    private final Clock clock;
    private final String instance;
    private final ScheduledExecutorService thread;

    public AuditKeeper(Leases leases, AuditRetention retention, Clock clock, String instance) {
        this.leases = leases;
        this.retention = retention;
        this.clock = clock;
        this.instance = instance;
        this.thread = org.qiaoyun.kernel.lease.Daemons.named("qiaoyun-audit-retention");
    }

    /** Looks first {@code after} the start (not to slow it), then every {@code every}. */
    public AuditKeeper start(Duration after, Duration every) {
        thread.scheduleWithFixedDelay(this::round, after.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One look: whether this instance ran the retention now. */
    public boolean round() {
        try {
            if (!leases.take(JOB, instance, Duration.ofHours(2))) {
                return false;
            }
            Instant last = retention.lastRun().orElse(Instant.MIN);
            if (last.isAfter(clock.instant().minus(DAY).plus(Duration.ofMinutes(30)))) {
                return false; // ran within the day (half an hour's grace, so that a daily run does not creep later)
            }
            Caller.asSystem(retention::retire);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the audit retention failed; the next look tries again", e);
            return false;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            leases.release(JOB, instance);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the audit retention's lease could not be given back; it runs out by itself", e);
        }
    }
}
