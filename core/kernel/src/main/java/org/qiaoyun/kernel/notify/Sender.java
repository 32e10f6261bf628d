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
 * is the message's id, so the repeat can be told. Before it sends, it asks whether the reader still wants the kind on
 * that channel ({@link Choices}) and whether an email's address is on the federation's suppression list; a permanent
 * refusal of the address (an SMTP 5xx) puts it on that list. Either way the message is suppressed, never retried; a
 * text message its provider refused for good is given up at once (dead, for an admin to see and send again). A
 * text message that is not urgent waits through the {@link QuietHours} (22:00 to 08:00 Beijing time) without an attempt.
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
        try {
            for (int i = 0; i < ROUND; i++) {
                Attempt attempt = sendNext();
                if (attempt == Attempt.NOTHING_DUE) {
                    break;
                }
                if (attempt == Attempt.SENT) {
                    sent++;
                }
            }
        } finally {
            channels.values().forEach(Channel::roundEnded); // the SMTP session of the round is closed, even after a failure
        }
        return sent;
    }

    /** What became of one message: sent, not sent (failed, or suppressed), or nothing was due. */
    private enum Attempt { SENT, FAILED, NOTHING_DUE }

    private Attempt sendNext() {
        return store.transaction(em -> {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            List<?> due = em.createNativeQuery(claim).setParameter(1, now).getResultList();
            if (due.isEmpty()) {
                return Attempt.NOTHING_DUE;
            }
            Message message = em.find(Message.class, due.get(0).toString());
            if (!Choices.wanted(em, message)) {
                message.suppressed("declined by its reader (notification settings)", clock.instant());
                return Attempt.FAILED;
            }
            if (Message.EMAIL.equals(message.channel()) && Suppressions.isSuppressed(em, message.tenantCode(), message.address())) {
                message.suppressed("the address is on the federation's suppression list", clock.instant());
                return Attempt.FAILED;
            }
            if (Message.SMS.equals(message.channel()) && !verifiedNumber(em, message)) {
                message.suppressed("the mobile number is not verified (any more) by its owner", clock.instant());
                return Attempt.FAILED;
            }
            if (Message.SMS.equals(message.channel())) {
                java.time.Instant allowed = QuietHours.allowed(message.kind(), clock.instant());
                if (allowed.isAfter(clock.instant())) { // 22:00 to 08:00 in Beijing: not urgent, so it waits for the morning
                    message.waitUntil(allowed);
                    return Attempt.FAILED;
                }
            }
            try {
                channels.get(message.channel()).send(message);
                message.sent(clock.instant());
                return Attempt.SENT;
            } catch (Channel.DeliveryException e) {
                if (e.isPermanent() && Message.EMAIL.equals(message.channel())) {
                    // a bounce for good: the address goes on the list, and nothing more is tried for it
                    Suppressions.suppress(em, message.tenantCode(), message.address(), Suppression.Reason.BOUNCED, e.getMessage(), clock);
                    message.suppressed("bounced: " + e.getMessage(), clock.instant());
                    LOG.warning(() -> "notification " + message.id() + " bounced for good; its address is suppressed: " + e.getMessage());
                    return Attempt.FAILED;
                }
                if (e.isPermanent()) { // a text its provider refused for good: no attempt can change it, an admin sees it dead
                    message.refused("refused for good: " + e.getMessage(), clock.instant());
                    LOG.warning(() -> "notification " + message.id() + " by " + message.channel() + " refused for good: " + e.getMessage());
                    return Attempt.FAILED;
                }
                return failed(message, e);
            } catch (RuntimeException e) {
                return failed(message, e);
            }
        });
    }

    /**
     * Whether a text message may go to its number: the account's number still, proved theirs by a code (the number may
     * have changed since the message was written). The code that proves it goes to the number it was asked for.
     */
    private static boolean verifiedNumber(jakarta.persistence.EntityManager em, Message message) {
        if (message.recipient() == null || Choices.MOBILE_CODE.equals(message.kind())) {
            return true;
        }
        return em.createQuery("select count(a) from Account a where a.username = :username and a.mobile = :mobile"
                        + " and a.mobileVerifiedAt is not null", Long.class)
                .setParameter("username", message.recipient()).setParameter("mobile", message.address()).getSingleResult() > 0;
    }

    private Attempt failed(Message message, Exception e) {
        message.failed(e.getMessage(), clock.instant());
        LOG.log(Level.WARNING, "notification " + message.id() + " by " + message.channel() + " failed (attempt "
                + message.attempts() + (message.status() == Message.Status.DEAD ? ", given up" : "") + "): " + e.getMessage());
        return Attempt.FAILED;
    }
}
