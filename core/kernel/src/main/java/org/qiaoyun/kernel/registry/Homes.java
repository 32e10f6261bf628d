package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The Homes of Overseas Chinese of a federation. Its admins (and admins above) register a home and its own
 * assessment of the five haves; only a federation above assesses it again; a model-unit application names the
 * federation above that awards it, and only that federation's admins decide it, once. Audited.
 */
public class Homes {

    private final Store store;
    private final Clock clock;
    private final RegistryFigures figures;

    public Homes(Store store, Clock clock) {
        this.figures = new RegistryFigures(store, clock);
        this.store = store;
        this.clock = clock;
    }

    public List<Home> of(String tenantCode, int first, int max) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            return em.createQuery("select h from Home h where h.tenantCode = :tenant order by h.name", Home.class)
                    .setParameter("tenant", tenantCode).setFirstResult(first).setMaxResults(max).getResultList();
        });
    }

    public long count(String tenantCode) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            return em.createQuery("select count(h) from Home h where h.tenantCode = :tenant", Long.class)
                    .setParameter("tenant", tenantCode).getSingleResult();
        });
    }

    public Home get(String tenantCode, String id) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            return find(em, tenantCode, id);
        });
    }

    public Home register(String tenantCode, String name, String place, Home.Hosting hosting) {
        Home changed = store.transaction(em -> {
            Tenant tenant = kept(em, tenantCode);
            Home home = new Home(tenant.code(), name, place, hosting, clock.instant());
            em.persist(home);
            AuditLog.append(em, tenantCode, "home.register", home.id(), Text.of("kernel.audit.home", home.name()));
            return home;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    public Home describe(String tenantCode, String id, long seen, String name, String place, Home.Hosting hosting) {
        return change(tenantCode, id, seen, "home.change", home -> home.describe(name, place, hosting, clock.instant()));
    }

    /** The home's own assessment: the haves it claims, each with its evidence. */
    public Home assessItself(String tenantCode, String id, long seen, Map<Have, String> evidence) {
        return change(tenantCode, id, seen, "home.self-assessment", home -> home.assessItself(evidence, clock.instant()));
    }

    /** A model-unit application to the federation {@code awardingCode} above, for {@code year}. */
    public Home applyForModel(String tenantCode, String id, long seen, int year, String awardingCode) {
        Home changed = store.transaction(em -> {
            kept(em, tenantCode);
            Home home = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seen, home.version());
            Tenant awarding = awardingCode == null ? null : em.find(Tenant.class, awardingCode);
            Tenant own = em.find(Tenant.class, tenantCode);
            if (awarding == null || awarding.code().equals(own.code()) || !own.path().startsWith(awarding.path())) {
                throw new InvalidInputException("level", Text.of("kernel.registry.model-level", String.valueOf(awardingCode)));
            }
            int thisYear = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getYear();
            if (year < thisYear - 1 || year > thisYear + 1) {
                throw new InvalidInputException("year", Text.of("kernel.registry.model-year", year));
            }
            home.applyForModel(year, awarding.code(), clock.instant());
            em.flush();
            AuditLog.append(em, tenantCode, "home.model-apply", home.id(), Text.of("kernel.audit.home-model", home.name(), year, awarding.code()));
            return home;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    /** The assessment of the federation above: only an admin of a federation above the home's. */
    public Home assess(String tenantCode, String id, long seen, int score, String note) {
        Home changed = store.transaction(em -> {
            CallerIdentity caller = above(em, tenantCode);
            Home home = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seen, home.version());
            home.assess(score, note, caller.username(), clock.instant());
            em.flush();
            AuditLog.append(em, tenantCode, "home.assessment", home.id(), Text.of("kernel.audit.home-score", home.name(), score));
            return home;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    /** The awarding federation's admins decide a model-unit application, once (a second decision is a conflict). */
    public Home decideModel(String tenantCode, String id, long seen, boolean award) {
        Home changed = store.transaction(em -> {
            CallerIdentity caller = above(em, tenantCode);
            Home home = find(em, tenantCode, id);
            if (home.modelLevel() == null || !home.modelLevel().equals(caller.homeTenant())) {
                throw new AccessDeniedException("kernel.registry.model-not-yours");
            }
            StaleVersionException.unlessCurrent(seen, home.version());
            home.decideModel(award, caller.username(), clock.instant());
            em.flush();
            AuditLog.append(em, tenantCode, "home.model-decide", home.id(),
                    Text.of(award ? "kernel.audit.home-awarded" : "kernel.audit.home-declined", home.name(), home.modelYear()));
            return home;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    private Home change(String tenantCode, String id, long seen, String action, java.util.function.Consumer<Home> change) {
        Home changed = store.transaction(em -> {
            kept(em, tenantCode);
            Home home = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seen, home.version());
            change.accept(home);
            em.flush();
            AuditLog.append(em, tenantCode, action, home.id(), Text.of("kernel.audit.home-score", home.name(), home.selfScore()));
            return home;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    /**
     * The evidence of a home's haves as files (photos, documents), each kept under the record
     * {@code home/<id>/<have>} ({@link #evidenceRecord}): read by those who read the home (admins and viewers of its
     * federation, admins above, who assess it), added and removed by its federation's admins. Sealed, typed by
     * content, every reading audited.
     */
    public org.qiaoyun.api.files.Attachments evidence(String tenantCode, org.qiaoyun.kernel.identity.SecretSeal seal) {
        return new org.qiaoyun.kernel.files.KernelFiles(store, seal, clock, tenantCode, RegistryFigures.MODULE, "home.evidence",
                new org.qiaoyun.kernel.files.KernelFiles.Guard() {
                    @Override
                    public void reading(EntityManager em, String record) {
                        Areas.readable(em, tenantCode);
                        find(em, tenantCode, homeOf(record));
                    }

                    @Override
                    public void changing(EntityManager em, String record) {
                        kept(em, tenantCode);
                        find(em, tenantCode, homeOf(record));
                    }
                });
    }

    /** The record a have's evidence files are kept under. */
    public static String evidenceRecord(String homeId, Have have) {
        return "home/" + homeId + "/" + have.wireName();
    }

    private static String homeOf(String record) {
        String[] parts = record == null ? new String[0] : record.split("/");
        if (parts.length != 3 || !parts[0].equals("home") || java.util.Arrays.stream(Have.values()).noneMatch(h -> h.wireName().equals(parts[2]))) {
            throw new UnknownObjectException(Text.of("kernel.registry.unknown-home", String.valueOf(record)));
        }
        return parts[1];
    }

    /** The home's own federation, written by its admins (and admins above). */
    private static Tenant kept(EntityManager em, String tenantCode) {
        Tenant tenant = tenant(em, tenantCode);
        Access.requireAdminOf(tenant);
        tenant.requireWritable();
        return tenant;
    }

    /** An admin of a federation above the home's: the one that assesses and awards. */
    private static CallerIdentity above(EntityManager em, String tenantCode) {
        Tenant tenant = tenant(em, tenantCode);
        CallerIdentity caller = Access.requireAdminOf(tenant);
        if (caller.homeTenant().equals(tenantCode)) {
            throw new AccessDeniedException("kernel.registry.assessed-from-above");
        }
        tenant.requireWritable();
        return caller;
    }

    private static Tenant tenant(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        return tenant;
    }

    private static Home find(EntityManager em, String tenantCode, String id) {
        Home home = id == null ? null : em.find(Home.class, id);
        if (home == null || !home.tenantCode().equals(tenantCode)) {
            throw new UnknownObjectException(Text.of("kernel.registry.unknown-home", id));
        }
        return home;
    }
}
