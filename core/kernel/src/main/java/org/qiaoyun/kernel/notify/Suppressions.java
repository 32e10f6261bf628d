package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The suppression list, one per federation: the addresses it does not mail. An address comes on it when its owner
 * unsubscribes (the link in every email, the newsletter's own page) or when mail to it bounced for good; the sender and
 * the newsletter ask it before they mail. The federation's admins see the list and take an address off it (a corrected
 * mailbox, a reader who asks to be mailed again), audited.
 */
public final class Suppressions {

    private final Store store;
    private final Clock clock;

    public Suppressions(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether the federation does not mail {@code address}. */
    public boolean isSuppressed(String tenantCode, String address) {
        return address != null && store.transaction(em -> isSuppressed(em, tenantCode, address));
    }

    static boolean isSuppressed(EntityManager em, String tenantCode, String address) {
        return em.find(Suppression.class, new Suppression.Key(tenantCode, address)) != null;
    }

    /** Its owner asked not to be mailed by the federation any more (a signed link, or a module's own unsubscribe page). */
    public void unsubscribe(String tenantCode, String address) {
        store.transaction(em -> {
            suppress(em, tenantCode, address, Suppression.Reason.UNSUBSCRIBED, null, clock);
            return null;
        });
    }

    /** Puts the address on the list, once: a second unsubscribe or bounce keeps the first reason and time. */
    static void suppress(EntityManager em, String tenantCode, String address, Suppression.Reason reason, String detail, Clock clock) {
        if (!isSuppressed(em, tenantCode, address)) {
            em.persist(new Suppression(tenantCode, address, reason, detail, clock.instant()));
            em.flush();
        }
    }

    /** The federation's list, newest first, for its admins and the admins above. */
    public List<Suppression> of(String tenantCode, int first, int max) {
        return of(tenantCode, null, first, max);
    }

    /** The same, the addresses that contain {@code search} (any case; all when it is blank). */
    public List<Suppression> of(String tenantCode, String search, int first, int max) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            return em.createQuery("select s from Suppression s where s.tenantCode = :tenant and s.address like :search"
                            + " order by s.since desc, s.address", Suppression.class)
                    .setParameter("tenant", tenantCode).setParameter("search", like(search))
                    .setFirstResult(first).setMaxResults(max).getResultList();
        });
    }

    /** How many addresses {@link #of(String, String, int, int)} finds in all. */
    public long count(String tenantCode, String search) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            return em.createQuery("select count(s) from Suppression s where s.tenantCode = :tenant and s.address like :search", Long.class)
                    .setParameter("tenant", tenantCode).setParameter("search", like(search)).getSingleResult();
        });
    }

    /** Addresses are kept in lower case: a search matches any case (a "_" in it matches any one character too). */
    private static String like(String search) {
        return "%" + (search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    /** An admin takes an address off the list; whether it was on it. Audited without the address (personal data). */
    public boolean lift(String tenantCode, String address) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            Suppression on = address == null ? null
                    : em.find(Suppression.class, new Suppression.Key(tenantCode, address.strip().toLowerCase(java.util.Locale.ROOT)));
            if (on == null) {
                return false;
            }
            em.remove(on);
            AuditLog.append(em, tenantCode, "notify.suppression-lift", tenantCode, Text.of("kernel.audit.notify-suppression-lift",
                    Text.of("kernel.notify.suppression." + on.reason().name().toLowerCase(java.util.Locale.ROOT))));
            return true;
        });
    }

    private static void requireAdmin(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
    }
}
