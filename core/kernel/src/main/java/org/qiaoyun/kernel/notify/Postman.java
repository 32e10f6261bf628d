package org.qiaoyun.kernel.notify;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.qiaoyun.kernel.lease.Leases;

/**
 * The kernel's thread that sends: every few seconds it asks for the sender's lease and, holding it, drains the
 * outbox. Started and stopped with the kernel; on several instances the lease lets one of them send at a time, and
 * another takes over within a lease's length when that one stops. A round that fails (the database away) is logged
 * and the next round tries again: nothing is lost, since the messages wait in the outbox.
 */
public final class Postman implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Postman.class.getName());
    public static final String JOB = "notify.sender";

    private final Leases leases;
    private final Sender sender;
    private final Duration every;
    private final String instance;
    private final ScheduledExecutorService thread;

    public Postman(Leases leases, Sender sender, Duration every, String instance) {
        this.leases = leases;
        this.sender = sender;
        this.every = every;
        this.instance = instance;
        this.thread = org.qiaoyun.kernel.lease.Daemons.named("qiaoyun-postman");
    }

    public Postman start() {
        thread.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One round: the lease (for four rounds' length, renewed each round), then everything due. */
    void round() {
        try {
            if (leases.take(JOB, instance, every.multipliedBy(4))) {
                int sent = sender.drain();
                if (sent > 0) {
                    LOG.fine(() -> sent + " notifications sent");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the notification sender's round failed; the next round tries again", e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            leases.release(JOB, instance);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the sender's lease could not be given back; it runs out by itself", e);
        }
    }
}
