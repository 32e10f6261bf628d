package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.qiaoyun.kernel.persistence.Store;

/**
 * Drains the outbox: every pending message that is due goes to its channel, one message per transaction. The
 * message's row is claimed with {@code FOR UPDATE SKIP LOCKED} and stays locked while its channel takes it, and its
 * new state commits with the lock; so two senders at once (two platform instances, or a round that outlived its
 * lease) never take the same message, and each is handed over once. The one gap no outbox closes: a channel that
 * took a message just before the database went away sees it again (at-least-once); the mail's {@code Message-ID}
 * is the message's id, so the repeat can be told.
 */
public final class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());
    /** At most this many messages in one round; the next round goes on. */
    static final int ROUND = 500;

    private final Store store;
    private final Clock clock;
    private final Map<String, Channel> channels;
    private final String claim;

    /**
     * @param skipLocked whether the database skips rows another transaction locked (PostgreSQL); without it (H2, one
     *                   instance) a second sender waits for the first's row instead
     */
    public Sender(Store store, Clock clock, List<Channel> channels, boolean skipLocked) {
        this.store = store;
        this.clock = clock;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(Channel::name, Function.identity()));
        String names = this.channels.keySet().stream().map(name -> "'" + name.replace("'", "") + "'").collect(Collectors.joining(", "));
        this.claim = "select id from notify_message where status = 'PENDING' and channel in (" + (names.isEmpty() ? "''" : names) + ")"
                + " and next_attempt_at <= ? order by next_attempt_at, id limit 1 for update" + (skipLocked ? " skip locked" : "");
    }

    /** Sends what is due now, until nothing is; how many messages went out. */
    public int drain() {
        int sent = 0;
        for (int i = 0; i < ROUND; i++) {
            Attempt attempt = sendNext();
            if (attempt == Attempt.NOTHING_DUE) {
                break;
            }
            if (attempt == Attempt.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private enum Attempt { SENT, FAILED, NOTHING_DUE }

    private Attempt sendNext() {
        return store.transaction(em -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            List<?> due = em.createNativeQuery(claim).setParameter(1, now).getResultList();
            if (due.isEmpty()) {
                return Attempt.NOTHING_DUE;
            }
            Message message = em.find(Message.class, due.get(0).toString());
            try {
                channels.get(message.channel()).send(message);
                message.sent(clock.instant());
                return Attempt.SENT;
            } catch (Channel.DeliveryException | RuntimeException e) {
                message.failed(e.getMessage(), clock.instant());
                LOG.log(Level.WARNING, "notification " + message.id() + " by " + message.channel() + " failed (attempt "
                        + message.attempts() + (message.status() == Message.Status.DEAD ? ", given up" : "") + "): " + e.getMessage());
                return Attempt.FAILED;
            }
        });
    }
}
