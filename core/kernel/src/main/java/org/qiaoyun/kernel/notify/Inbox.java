package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.util.List;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.persistence.Store;

/**
 * The bell: a person's own in-app notifications, newest first, the unread counted, each marked read when opened.
 * Only ever the caller's own: nobody reads another's messages, not even an admin.
 */
public final class Inbox {

    private final Store store;
    private final Clock clock;

    public Inbox(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How many of the caller's notifications are unread. */
    public long unread() {
        String me = Access.caller().username();
        return store.transaction(em -> em.createQuery("select count(m) from Message m where m.recipient = :me"
                        + " and m.channel = :channel and m.readAt is null", Long.class)
                .setParameter("me", me).setParameter("channel", Message.IN_APP).getSingleResult());
    }

    /** The caller's latest notifications, newest first. */
    public List<Message> latest(int max) {
        String me = Access.caller().username();
        return store.transaction(em -> em.createQuery("select m from Message m where m.recipient = :me and m.channel = :channel"
                        + " order by m.createdAt desc, m.id", Message.class)
                .setParameter("me", me).setParameter("channel", Message.IN_APP).setMaxResults(max).getResultList());
    }

    /** Marks one of the caller's notifications read; another's is not found. */
    public void markRead(String id) {
        String me = Access.caller().username();
        store.transaction(em -> {
            Message message = em.find(Message.class, id);
            if (message == null || !me.equals(message.recipient()) || !Message.IN_APP.equals(message.channel())) {
                throw new UnknownNotificationException(id);
            }
            message.markRead(clock.instant());
            return null;
        });
    }

    /** Marks all the caller's notifications read; how many were unread. */
    public int markAllRead() {
        String me = Access.caller().username();
        return store.transaction(em -> em.createQuery("update Message m set m.readAt = :now where m.recipient = :me"
                        + " and m.channel = :channel and m.readAt is null")
                .setParameter("now", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .setParameter("me", me).setParameter("channel", Message.IN_APP).executeUpdate());
    }
}
