package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The organisation records of federations. A federation's admins and the admins above keep it; its admins and
 * viewers read it. A first save makes it; later saves name the version they read. Audited.
 */
public class Profiles {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Store store;
    private final Clock clock;
    private final RegistryFigures figures;

    public Profiles(Store store, Clock clock) {
        this.figures = new RegistryFigures(store, clock);
        this.store = store;
        this.clock = clock;
    }

    /** The record, if one was saved. */
    public Optional<OrganisationProfile> of(String tenantCode) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            return Optional.ofNullable(em.find(OrganisationProfile.class, tenantCode));
        });
    }

    /** Today in Beijing, by the platform's clock: the day an election is judged overdue on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    /**
     * Saves the record. {@code seenVersion} is null for the first save and the version read for every later
     * one (a save over someone else's change is refused as stale).
     */
    public OrganisationProfile save(String tenantCode, Long seenVersion, ProfileInput input) {
        OrganisationProfile changed = store.transaction(em -> {
            Tenant tenant = em.find(Tenant.class, tenantCode);
            if (tenant == null) {
                throw new UnknownTenantException(tenantCode);
            }
            Access.requireAdminOf(tenant);
            tenant.requireWritable();
            input.checkDates(today());
            if (input.institutionKind() != null && tenant.level() != TenantLevel.INSTITUTION) {
                throw new InvalidInputException("institutionKind", Text.of("kernel.registry.institution-only"));
            }
            OrganisationProfile profile = em.find(OrganisationProfile.class, tenantCode);
            if (profile == null) {
                if (seenVersion != null) {
                    throw new StaleVersionException(); // someone's record that no longer exists
                }
                profile = new OrganisationProfile(tenantCode);
                profile.apply(input, clock.instant());
                em.persist(profile);
            } else {
                if (seenVersion == null) {
                    throw new InvalidInputException("version", Text.of("kernel.registry.version-required"));
                }
                StaleVersionException.unlessCurrent(seenVersion, profile.version());
                profile.apply(input, clock.instant());
            }
            em.flush();
            AuditLog.append(em, tenantCode, "profile.change", tenantCode,
                    Text.of("kernel.audit.profile", Text.of("kernel.registry.form." + input.form().wireName()), input.served().total()));
            return profile;
        });
        figures.refresh(tenantCode);
        return changed;
    }
}
