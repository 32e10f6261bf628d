package org.qiaoyun.kernel.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import org.qiaoyun.kernel.persistence.Store;

/**
 * Run-once leases for background work (the notification sender, reminders): a row of {@code work_lease} per job,
 * naming the instance that holds it and until when. Several platform instances ask for the same job on their own
 * timers; exactly one holds it at a time, because taking it is one atomic update that succeeds only where the
 * lease is free, expired, or already this holder's. The holder renews it on each round; when an instance dies its
 * lease runs out and another takes over.
 *
 * <p>A lease says who may start a round; it is not a lock on data. Work that must never be done twice (sending a
 * message) also claims its rows (the sender locks each message it sends), so a round that outlives its lease
 * still sends nothing twice.
 */
public final class Leases {

    private final Store store;
    private final Clock clock;

    public Leases(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Takes or renews the lease on {@code job} for {@code holder}, for {@code length} from now. True if
     * {@code holder} holds it now; false if another holder's lease has not run out.
     */
    public boolean take(String job, String holder, Duration length) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ensureRow(job);
        int taken = store.transaction(em -> em.createNativeQuery("update work_lease set holder = ?, expires_at = ?"
                        + " where name = ? and (holder = ? or expires_at <= ?)")
                .setParameter(1, holder).setParameter(2, now.plus(length)).setParameter(3, job)
                .setParameter(4, holder).setParameter(5, now)
                .executeUpdate());
        return taken == 1;
    }

    /** Gives the lease back at once, if {@code holder} holds it (an instance shutting down). */
    public void release(String job, String holder) {
        OffsetDateTime past = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusSeconds(1);
        store.transaction(em -> em.createNativeQuery("update work_lease set expires_at = ? where name = ? and holder = ?")
                .setParameter(1, past).setParameter(2, job).setParameter(3, holder).executeUpdate());
    }

    /** Who holds the lease on {@code job} now, if anybody. */
    public java.util.Optional<String> holder(String job) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return store.transaction(em -> em.createNativeQuery("select holder from work_lease where name = ? and expires_at > ?")
                .setParameter(1, job).setParameter(2, now).getResultList().stream().map(Object::toString).findFirst());
    }

    /** The job's row, free (expired since the epoch) when it is new; two instances making it at once: one insert wins. */
    private void ensureRow(String job) {
        boolean exists = store.transaction(em -> !em.createNativeQuery("select name from work_lease where name = ?")
                .setParameter(1, job).getResultList().isEmpty());
        if (exists) {
            return;
        }
        try {
            store.transaction(em -> em.createNativeQuery("insert into work_lease (name, holder, expires_at) values (?, '', ?)")
                    .setParameter(1, job).setParameter(2, OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                    .executeUpdate());
        } catch (jakarta.persistence.PersistenceException madeByAnother) {
            // the primary key refused a second row: another instance made it a moment ago, which is all we wanted
        }
    }
}
