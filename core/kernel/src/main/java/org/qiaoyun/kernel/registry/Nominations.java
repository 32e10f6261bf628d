package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * Recognition that flows up (最美基层侨联工作者, 最美基层侨联志愿者, 示范单位): a federation's admins nominate for an
 * award decided by a federation above; the nomination waits at the level above the nominating one, whose admins
 * recommend it to the next level or decline it with a reason, until the awarding level awards or declines it. A
 * decision is taken once, by the level it waits at (a second one, or one on a version since changed, is a conflict).
 * <p>
 * Nominations name people, so they are the exception to "parents see aggregates only": a federation reads the
 * nominations it made, those waiting at it and those it has passed on or decided, and nothing else (another's is
 * not found); every list and every opening is audited, naming no person.
 */
public class Nominations {

    private final Store store;
    private final Clock clock;

    public Nominations(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Which of the nominations a federation sees: those it made, those waiting at it, or all it has had a hand in. */
    public enum Box {
        SENT, WAITING, ALL
    }

    /** One nomination with its way so far. */
    public record Record(Nomination nomination, List<NominationStep> steps) {
    }

    public List<Nomination> of(String tenantCode, Box box, int first, int max) {
        return store.transaction(em -> {
            atHome(em, tenantCode, false);
            List<Nomination> found = em.createQuery("select n from Nomination n where " + where(box)
                            + " order by n.nominatedAt desc, n.id", Nomination.class)
                    .setParameter("tenant", tenantCode).setFirstResult(first).setMaxResults(max).getResultList();
            AuditLog.append(em, tenantCode, "nomination.read-list", box.name().toLowerCase(java.util.Locale.ROOT),
                    Text.of("kernel.audit.nominations-read", found.size()));
            return found;
        });
    }

    public long count(String tenantCode, Box box) {
        return store.transaction(em -> {
            atHome(em, tenantCode, false);
            return em.createQuery("select count(n) from Nomination n where " + where(box), Long.class)
                    .setParameter("tenant", tenantCode).getSingleResult();
        });
    }

    /** One nomination and its steps, for a federation it has reached; audited. */
    public Record get(String tenantCode, String id) {
        return store.transaction(em -> {
            atHome(em, tenantCode, false);
            Nomination nomination = visible(em, tenantCode, id);
            AuditLog.append(em, tenantCode, "nomination.read", nomination.id(), summary(nomination));
            return new Record(nomination, steps(em, nomination));
        });
    }

    /** Nominates for an award decided by {@code input.awardingTenant()}, a federation above; it waits first at the parent. */
    public Nomination nominate(String tenantCode, NominationInput input) {
        return nominate(tenantCode, input, null);
    }

    /** The same, for a module that feeds its own nominations in (the volunteers' awards): {@code source} names it. */
    public Nomination nominate(String tenantCode, NominationInput input, String source) {
        return store.transaction(em -> {
            CallerIdentity caller = atHome(em, tenantCode, true);
            Tenant tenant = tenant(em, tenantCode);
            tenant.requireWritable();
            input.checkYear(Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getValue());
            if (!tenant.ancestorCodes().contains(input.awardingTenant()) || tenant.parentCode() == null) {
                throw new InvalidInputException("awardingTenant", Text.of("kernel.registry.nomination-above", input.awardingTenant()));
            }
            long already = em.createQuery("select count(n) from Nomination n where n.tenantCode = :tenant and n.award = :award"
                            + " and n.year = :year and n.nominee = :nominee and n.status <> :declined", Long.class)
                    .setParameter("tenant", tenantCode).setParameter("award", input.award()).setParameter("year", input.year())
                    .setParameter("nominee", input.nominee()).setParameter("declined", Nomination.Status.DECLINED).getSingleResult();
            if (already > 0) {
                throw new ConflictException("nominee", Text.of("kernel.registry.nomination-twice", input.nominee(), input.year()));
            }
            Nomination nomination = new Nomination(tenantCode, input, tenant.parentCode(), source, clock.instant());
            em.persist(nomination);
            em.persist(new NominationStep(nomination.id(), 1, tenantCode, NominationStep.Decision.NOMINATED, null, caller.username(),
                    clock.instant()));
            AuditLog.append(em, tenantCode, "nomination.nominate", nomination.id(), summary(nomination));
            return nomination;
        });
    }

    /** The level it waits at recommends it to the next level up (not at the awarding level, which awards or declines). */
    public Nomination recommend(String tenantCode, String id, long seen, String reason) {
        return decide(tenantCode, id, seen, NominationStep.Decision.RECOMMENDED, reason);
    }

    /** The awarding level awards the title; final. */
    public Nomination award(String tenantCode, String id, long seen, String reason) {
        return decide(tenantCode, id, seen, NominationStep.Decision.AWARDED, reason);
    }

    /** The level it waits at declines it, saying why; final. */
    public Nomination decline(String tenantCode, String id, long seen, String reason) {
        return decide(tenantCode, id, seen, NominationStep.Decision.DECLINED, reason);
    }

    private Nomination decide(String tenantCode, String id, long seen, NominationStep.Decision decision, String reason) {
        return store.transaction(em -> {
            CallerIdentity caller = atHome(em, tenantCode, true);
            Tenant level = tenant(em, tenantCode);
            level.requireWritable();
            Nomination nomination = visible(em, tenantCode, id);
            String why = Texts.optional("reason", reason, 500);
            if (!nomination.waitsAt(tenantCode)) {
                throw new ConflictException(null, Text.of("kernel.registry.nomination-not-waiting", nomination.nominee()));
            }
            StaleVersionException.unlessCurrent(seen, nomination.version());
            switch (decision) {
                case RECOMMENDED -> {
                    if (nomination.atAwardingLevel()) {
                        throw new InvalidInputException("decision", Text.of("kernel.registry.nomination-awarding-decides"));
                    }
                    nomination.passTo(level.parentCode(), clock.instant());
                }
                case AWARDED -> {
                    if (!nomination.atAwardingLevel()) {
                        throw new InvalidInputException("decision", Text.of("kernel.registry.nomination-not-awarding"));
                    }
                    nomination.end(Nomination.Status.AWARDED, clock.instant());
                }
                case DECLINED -> {
                    if (why == null) {
                        throw new InvalidInputException("reason", Text.of("kernel.registry.nomination-reason"));
                    }
                    nomination.end(Nomination.Status.DECLINED, clock.instant());
                }
                default -> throw new IllegalArgumentException(decision.name());
            }
            em.persist(new NominationStep(nomination.id(), steps(em, nomination).size() + 1, tenantCode, decision, why,
                    caller.username(), clock.instant()));
            em.flush();
            AuditLog.append(em, tenantCode, "nomination." + decision.wireName(), nomination.id(), summary(nomination));
            return nomination;
        });
    }

    /** Made by the federation, waiting at it, or passed by it: what it may read. */
    private static String where(Box box) {
        return switch (box) {
            case SENT -> "n.tenantCode = :tenant";
            case WAITING -> "n.atTenant = :tenant and n.status = org.qiaoyun.kernel.registry.Nomination.Status.PENDING";
            case ALL -> "(n.tenantCode = :tenant or n.atTenant = :tenant or exists (select s.id from NominationStep s"
                    + " where s.nominationId = n.id and s.tenantCode = :tenant))";
        };
    }

    private static Nomination visible(EntityManager em, String tenantCode, String id) {
        Nomination nomination = id == null ? null : em.find(Nomination.class, id);
        boolean reached = nomination != null && (nomination.tenantCode().equals(tenantCode) || nomination.atTenant().equals(tenantCode)
                || !em.createQuery("select s.id from NominationStep s where s.nominationId = :id and s.tenantCode = :tenant", String.class)
                        .setParameter("id", id).setParameter("tenant", tenantCode).setMaxResults(1).getResultList().isEmpty());
        if (!reached) {
            throw new UnknownObjectException(Text.of("kernel.registry.unknown-nomination", id));
        }
        return nomination;
    }

    private static List<NominationStep> steps(EntityManager em, Nomination nomination) {
        return em.createQuery("select s from NominationStep s where s.nominationId = :id order by s.number",
                NominationStep.class).setParameter("id", nomination.id()).getResultList();
    }

    /**
     * The caller's own federation, read by its admins and viewers (and changed by its admins): a level reads and decides
     * nominations as itself, and an admin above does not read a county's nominations through the county.
     */
    private static CallerIdentity atHome(EntityManager em, String tenantCode, boolean deciding) {
        Tenant tenant = tenant(em, tenantCode);
        CallerIdentity caller = deciding ? Access.requireAdminOf(tenant) : Access.requireVisible(tenant);
        if (!caller.homeTenant().equals(tenantCode)) {
            throw new org.qiaoyun.kernel.access.AccessDeniedException("kernel.registry.nominations-of-home");
        }
        if (!deciding && !caller.has(org.qiaoyun.kernel.access.Role.ADMIN) && !caller.has(org.qiaoyun.kernel.access.Role.VIEWER)) {
            throw new org.qiaoyun.kernel.access.AccessDeniedException("kernel.registry.nominations-readers");
        }
        return caller;
    }

    private static Tenant tenant(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        return tenant;
    }

    /** The award and year, never the nominee: the audit log is read more widely than the nomination. */
    private static Text summary(Nomination nomination) {
        return Text.of("kernel.audit.nomination", Text.of("kernel.registry.award." + nomination.award().wireName()), nomination.year());
    }
}
