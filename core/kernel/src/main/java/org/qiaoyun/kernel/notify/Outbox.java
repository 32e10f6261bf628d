package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The outbox as a federation's admins see it: what waits to be sent, what went out, and what failed too often
 * (dead letters), which they can send again. Admins of the federation or above only; sending again is audited.
 */
public final class Outbox {

    private final Store store;
    private final Clock clock;

    public Outbox(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The federation's messages by channels other than the app, in a status (all when null), newest first. */
    public List<Message> of(String tenantCode, Message.Status status, int first, int max) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            return query(em, "select m", tenantCode, status, Message.class).setFirstResult(first).setMaxResults(max).getResultList();
        });
    }

    public long count(String tenantCode, Message.Status status) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            return query(em, "select count(m)", tenantCode, status, Long.class).getSingleResult();
        });
    }

    /** Sends a dead message again: a fresh round of attempts from now. */
    public Message retry(String id) {
        return retry(null, id);
    }

    /** The same for a message of the federation {@code tenantCode} (another's is not found, even by an admin above both). */
    public Message retry(String tenantCode, String id) {
        return store.transaction(em -> {
            Message message = id == null ? null : em.find(Message.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (message == null || tenantCode != null && !tenantCode.equals(message.tenantCode())
                    || Message.IN_APP.equals(message.channel())) {
                throw new UnknownNotificationException(id);
            }
            try {
                requireAdmin(em, message.tenantCode());
            } catch (org.qiaoyun.kernel.access.NotVisibleException hidden) {
                throw new UnknownNotificationException(id);
            }
            if (message.status() != Message.Status.DEAD) {
                throw new NotDeadException(id);
            }
            message.revive(clock.instant());
            AuditLog.append(em, message.tenantCode(), "notify.retry", message.id(), org.qiaoyun.api.Text.of("kernel.audit.notify-retry",
                    message.kind(), message.channel()));
            return message;
        });
    }

    private static void requireAdmin(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String tenantCode, Message.Status status, Class<T> type) {
        String jpql = select + " from Message m where m.tenantCode = :tenant and m.channel <> :app"
                + (status == null ? "" : " and m.status = :status") + (type == Message.class ? " order by m.createdAt desc, m.id" : "");
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("tenant", tenantCode).setParameter("app", Message.IN_APP);
        return status == null ? query : query.setParameter("status", status);
    }

    /** Only a dead message is sent again: a pending one is on its way, a sent one arrived. */
    public static class NotDeadException extends org.qiaoyun.api.ConflictException {

        private static final long serialVersionUID = 1L;

        NotDeadException(String id) {
            super(null, org.qiaoyun.api.Text.of("kernel.notify.not-dead", id));
        }
    }
}
