package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.ConflictException;
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
 * Direct contact points (直接联系点). The admins of a federation assign one of its cadres (an account of the
 * federation) a grassroots organisation below it; the cadre records visits. A point left without a visit for longer
 * than the platform's interval (six months unless configured) is flagged on the lists of the cadre and the admins.
 * Visits name people, so only the cadre and the assigning federation's admins read them, every read audited.
 */
public class ContactPoints {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Store store;
    private final Clock clock;
    private final RegistryFigures figures;
    private volatile int visitEveryMonths = 6;

    public ContactPoints(Store store, Clock clock) {
        this.figures = new RegistryFigures(store, clock);
        this.store = store;
        this.clock = clock;
    }

    /** How many months a point may wait for a visit before it is flagged ({@code QIAOYUN_CONTACT_VISIT_MONTHS}). */
    public void visitEvery(int months) {
        if (months < 1 || months > 36) {
            throw new IllegalArgumentException("a contact point is visited every 1 to 36 months, not " + months);
        }
        visitEveryMonths = months;
    }

    public int visitEveryMonths() {
        return visitEveryMonths;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    /** The federation's points still assigned: all of them for its admins, a cadre's own for the cadre. */
    public List<ContactPoint> of(String tenantCode, int first, int max) {
        return store.transaction(em -> query(em, reader(em, tenantCode), tenantCode, first, max));
    }

    /** How many points {@link #of} lists in all. */
    public long count(String tenantCode) {
        return store.transaction(em -> {
            CallerIdentity caller = reader(em, tenantCode);
            return bound(em.createQuery("select count(p) from ContactPoint p" + where(em, caller, tenantCode), Long.class), em, caller,
                    tenantCode).getSingleResult();
        });
    }

    private List<ContactPoint> query(EntityManager em, CallerIdentity caller, String tenantCode, int first, int max) {
        return bound(em.createQuery("select p from ContactPoint p" + where(em, caller, tenantCode) + " order by p.cadre, p.name",
                ContactPoint.class), em, caller, tenantCode).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static String where(EntityManager em, CallerIdentity caller, String tenantCode) {
        return " where p.tenantCode = :tenant and p.endedOn is null" + (caller.canAdminister(tenant(em, tenantCode)) ? "" : " and p.cadre = :cadre");
    }

    private static <T> jakarta.persistence.TypedQuery<T> bound(jakarta.persistence.TypedQuery<T> query, EntityManager em,
                                                             CallerIdentity caller, String tenantCode) {
        query.setParameter("tenant", tenantCode);
        if (!caller.canAdminister(tenant(em, tenantCode))) {
            query.setParameter("cadre", caller.username());
        }
        return query;
    }

    /** Assigns {@code cadre} the federation {@code pointTenant} below, or an area ({@code areaId}) that it keeps. */
    public ContactPoint assign(String tenantCode, String cadre, String pointTenant, String areaId) {
        ContactPoint changed = store.transaction(em -> {
            Tenant tenant = tenant(em, tenantCode);
            Access.requireAdminOf(tenant);
            tenant.requireWritable();
            String home = cadre == null ? null : em.createQuery("select a.tenantCode from Account a where a.username = :u", String.class)
                    .setParameter("u", cadre).getResultStream().findFirst().orElse(null);
            if (!tenantCode.equals(home)) {
                throw new InvalidInputException("cadre", Text.of("kernel.registry.cadre-of-federation", String.valueOf(cadre)));
            }
            Tenant point = pointTenant == null ? null : em.find(Tenant.class, pointTenant);
            if (point == null || point.code().equals(tenantCode) || !point.path().startsWith(tenant.path())) {
                throw new InvalidInputException("pointTenant", Text.of("kernel.registry.point-below", String.valueOf(pointTenant)));
            }
            String name = point.names().zh();
            if (areaId != null && !areaId.isBlank()) {
                Area area = em.find(Area.class, areaId);
                if (area == null || !area.tenantCode().equals(point.code())) {
                    throw new InvalidInputException("areaId", Text.of("kernel.registry.unknown-area", areaId));
                }
                name = area.organisationName() != null ? area.organisationName() : area.name();
            }
            boolean byArea = areaId != null && !areaId.isBlank();
            var same = em.createQuery("select p.id from ContactPoint p where p.tenantCode = :tenant and p.cadre = :cadre"
                            + " and p.pointTenant = :point and p.endedOn is null and " + (byArea ? "p.areaId = :area" : "p.areaId is null"),
                    String.class).setParameter("tenant", tenantCode).setParameter("cadre", cadre).setParameter("point", point.code());
            if (byArea) {
                same.setParameter("area", areaId);
            }
            if (!same.getResultList().isEmpty()) {
                throw new ConflictException(null, Text.of("kernel.registry.point-twice", cadre, name));
            }
            ContactPoint assigned = new ContactPoint(tenantCode, cadre, point.code(), byArea ? areaId : null,
                    name, today(), clock.instant());
            em.persist(assigned);
            AuditLog.append(em, tenantCode, "contact-point.assign", assigned.id(), Text.of("kernel.audit.contact-point", cadre, name));
            return assigned;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    /** Ends an assignment; the point and its visits stay on record. */
    public ContactPoint end(String tenantCode, String id, long seen) {
        ContactPoint changed = store.transaction(em -> {
            Tenant tenant = tenant(em, tenantCode);
            Access.requireAdminOf(tenant);
            tenant.requireWritable();
            ContactPoint point = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seen, point.version());
            point.end(today(), clock.instant());
            em.flush();
            AuditLog.append(em, tenantCode, "contact-point.end", point.id(), Text.of("kernel.audit.contact-point", point.cadre(), point.name()));
            return point;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    /** The visits of a point, newest first: for the cadre and the federation's admins; audited. */
    public List<Visit> visits(String tenantCode, String id) {
        return store.transaction(em -> {
            ContactPoint point = visible(em, tenantCode, id);
            AuditLog.append(em, tenantCode, "contact-point.read-visits", point.id());
            return em.createQuery("select v from Visit v where v.contactPointId = :point order by v.day desc, v.recordedAt desc", Visit.class)
                    .setParameter("point", point.id()).getResultList();
        });
    }

    /** The cadre (or an admin of the federation) records a visit. */
    public Visit recordVisit(String tenantCode, String id, VisitInput input) {
        Visit changed = store.transaction(em -> {
            ContactPoint point = visible(em, tenantCode, id);
            tenant(em, tenantCode).requireWritable();
            input.checkDay(today());
            Visit visit = new Visit(point.id(), input, Access.caller().username(), clock.instant());
            em.persist(visit);
            point.visited(input.day(), clock.instant());
            AuditLog.append(em, tenantCode, "contact-point.visit", point.id(), Text.of("kernel.audit.visit", point.name(), input.day().toString()));
            return visit;
        });
        figures.refresh(tenantCode, java.time.YearMonth.from(input.day()));
        return changed;
    }

    /**
     * Tells the cadre of each point of the federation that waits longer than the months allowed for a visit, and the
     * federation's admins, once (until the next visit); {@code tell} writes the notification in this transaction.
     * The platform's own daily work, not a person's: it checks no caller. Returns how many points were told.
     */
    public int tellOverdue(String tenantCode, Teller tell) {
        LocalDate today = today();
        int months = visitEveryMonths();
        return store.transaction(em -> {
            List<ContactPoint> due = em.createQuery("select p from ContactPoint p where p.tenantCode = :tenant and p.endedOn is null"
                    + " and p.overdueToldOn is null order by p.name", ContactPoint.class).setParameter("tenant", tenantCode).getResultList()
                    .stream().filter(p -> p.untoldOverdue(today, months)).toList();
            if (due.isEmpty()) {
                return 0;
            }
            List<String> admins = em.createQuery("select a from Account a where a.tenantCode = :tenant order by a.username",
                            org.qiaoyun.kernel.identity.Account.class).setParameter("tenant", tenantCode).getResultList().stream()
                    .filter(a -> a.roles().contains(org.qiaoyun.kernel.access.Role.ADMIN))
                    .map(org.qiaoyun.kernel.identity.Account::username).toList();
            for (ContactPoint point : due) {
                String since = (point.lastVisit() == null ? point.assignedOn() : point.lastVisit()).toString();
                java.util.Set<String> told = new java.util.LinkedHashSet<>();
                told.add(point.cadre());
                told.addAll(admins);
                told.forEach(username -> tell.tell(em, username, "kernel.notify.contact-point-overdue", point.name(), since, months));
                point.toldOverdue(today);
                AuditLog.append(em, tenantCode, "contact-point.overdue-told", point.id(),
                        Text.of("kernel.audit.contact-point-overdue", point.name(), told.size()));
            }
            return due.size();
        });
    }

    /** The federations that have points still assigned: where {@link #tellOverdue} may have something to say. */
    public List<String> federationsWithPoints() {
        return store.transaction(em -> em.createQuery("select distinct p.tenantCode from ContactPoint p where p.endedOn is null"
                + " order by p.tenantCode", String.class).getResultList());
    }

    /** Writes a notification to an account in the caller's transaction (the kernel's notifier and outbox). */
    @FunctionalInterface
    public interface Teller {
        void tell(EntityManager em, String username, String kind, Object... arguments);
    }

    /** The point, for its cadre or an admin of the federation; others do not find it. */
    private ContactPoint visible(EntityManager em, String tenantCode, String id) {
        CallerIdentity caller = reader(em, tenantCode);
        ContactPoint point = find(em, tenantCode, id);
        if (!caller.canAdminister(tenant(em, tenantCode)) && !caller.username().equals(point.cadre())) {
            throw new UnknownObjectException(Text.of("kernel.registry.unknown-point", id));
        }
        return point;
    }

    /** Anybody at home in the federation (cadres hold any role) or an admin above; the lists narrow further. */
    private static CallerIdentity reader(EntityManager em, String tenantCode) {
        Tenant tenant = tenant(em, tenantCode);
        CallerIdentity caller = Access.requireVisible(tenant);
        if (!caller.canAdminister(tenant) && !caller.homeTenant().equals(tenantCode)) {
            throw new AccessDeniedException("kernel.registry.points-of-home");
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

    private static ContactPoint find(EntityManager em, String tenantCode, String id) {
        ContactPoint point = id == null ? null : em.find(ContactPoint.class, id);
        if (point == null || !point.tenantCode().equals(tenantCode)) {
            throw new UnknownObjectException(Text.of("kernel.registry.unknown-point", id));
        }
        return point;
    }
}
