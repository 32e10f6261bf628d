package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The federations' own sign names for text messages: set by a federation's admins (and those above) once the provider
 * approved it, changed naming the version read (a change over someone else's is refused as stale), removed to go back
 * to the platform's; each change audited. The SMS channel asks {@link #signOf} for every message.
 */
public final class SmsSigns {

    private final Store store;
    private final Clock clock;

    public SmsSigns(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The federation's own sign name, if it set one (its admins and those above). */
    public Optional<SmsSign> of(String tenantCode) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode);
            return Optional.ofNullable(em.find(SmsSign.class, tenantCode));
        });
    }

    /**
     * Sets the federation's sign name: {@code seenVersion} null for the first, the version read for every later one.
     * A refusal at {@code sign} for a name the providers would not take.
     */
    public SmsSign set(String tenantCode, String sign, Long seenVersion) {
        return store.transaction(em -> {
            Tenant tenant = requireAdmin(em, tenantCode);
            tenant.requireWritable();
            SignName name = SignName.of(sign);
            SmsSign kept = em.find(SmsSign.class, tenantCode);
            if (kept == null) {
                if (seenVersion != null) {
                    throw new StaleVersionException(); // removed by someone since it was read
                }
                kept = new SmsSign(tenantCode, name, clock.instant());
                em.persist(kept);
            } else {
                if (seenVersion == null) {
                    throw new InvalidInputException("version", Text.of("kernel.registry.version-required"));
                }
                StaleVersionException.unlessCurrent(seenVersion, kept.version());
                kept.change(name, clock.instant());
            }
            em.flush();
            AuditLog.append(em, tenantCode, "notify.sms-sign", tenantCode, Text.of("kernel.audit.notify-sms-sign-set", name.value()));
            return kept;
        });
    }

    /** Removes the federation's sign name: its text messages go under the platform's again. Whether there was one. */
    public boolean remove(String tenantCode) {
        return store.transaction(em -> {
            requireAdmin(em, tenantCode).requireWritable();
            SmsSign kept = em.find(SmsSign.class, tenantCode);
            if (kept == null) {
                return false;
            }
            em.remove(kept);
            AuditLog.append(em, tenantCode, "notify.sms-sign", tenantCode, Text.of("kernel.audit.notify-sms-sign-removed"));
            return true;
        });
    }

    /** The sign name of the federation's text messages, if it has its own (for the channel: the platform sends). */
    public Optional<String> signOf(String tenantCode) {
        return store.transaction(em -> Optional.ofNullable(em.find(SmsSign.class, tenantCode)).map(s -> s.sign().value()));
    }

    private static Tenant requireAdmin(EntityManager em, String tenantCode) {
        Tenant tenant = tenantCode == null ? null : em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
        return tenant;
    }
}
