package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * A federation's networks: the domestic associations linked to it (1+N) and the overseas associations paired with it
 * (1+Y), with the triads they form with university federations. The federation's admins (and admins above) keep
 * them; its admins and viewers read them, and so do those of the university federation a record names. Every change
 * is audited with the association's name (an organisation, not a person); the counts go up the tree as the
 * registry's figures.
 */
public class Associations {

    private final Store store;
    private final Clock clock;
    private final RegistryFigures figures;

    public Associations(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.figures = new RegistryFigures(store, clock);
    }

    /** Which of a federation's associations a list shows: one scope or both, and those naming it as their university federation. */
    public record Search(Association.Scope scope, String text) {
        public static final Search ALL = new Search(null, null);
    }

    /** The federation's own associations and those linked to it, domestic before overseas, by name. */
    public List<Association> of(String tenantCode, Search search, int first, int max) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            return query(em, "select a", tenantCode, search, " order by a.scope, a.name", Association.class)
                    .setFirstResult(first).setMaxResults(max).getResultList();
        });
    }

    public long count(String tenantCode, Search search) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            return query(em, "select count(a)", tenantCode, search, "", Long.class).getSingleResult();
        });
    }

    public Association get(String tenantCode, String id) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            Association association = id == null ? null : em.find(Association.class, id);
            if (association == null || !(association.tenantCode().equals(tenantCode) || tenantCode.equals(association.linkedTenant()))) {
                throw unknown(id);
            }
            return association;
        });
    }

    public Association record(String tenantCode, AssociationInput input) {
        Association recorded = store.transaction(em -> {
            writable(em, tenantCode);
            check(em, tenantCode, input);
            Association association = new Association(tenantCode, input, clock.instant());
            em.persist(association);
            AuditLog.append(em, tenantCode, "association.record", association.id(), summary(association));
            return association;
        });
        figures.refresh(tenantCode);
        return recorded;
    }

    public Association change(String tenantCode, String id, long seenVersion, AssociationInput input) {
        Association changed = store.transaction(em -> {
            writable(em, tenantCode);
            Association association = own(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seenVersion, association.version());
            check(em, tenantCode, input);
            association.apply(input, clock.instant());
            em.flush();
            AuditLog.append(em, tenantCode, "association.change", association.id(), summary(association));
            return association;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    public void remove(String tenantCode, String id, long seenVersion) {
        store.transaction(em -> {
            writable(em, tenantCode);
            Association association = own(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seenVersion, association.version());
            em.remove(association);
            AuditLog.append(em, tenantCode, "association.remove", association.id(), summary(association));
            return null;
        });
        figures.refresh(tenantCode);
    }

    /**
     * The year is not ahead of this one, and a triad's other federation is an institutional federation other than
     * this one (the same refusal whether it does not exist or is of another level: no tenant is revealed).
     */
    private void check(EntityManager em, String tenantCode, AssociationInput input) {
        input.checkYear(Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getValue());
        if (input.linkedTenant() != null) {
            Tenant linked = em.find(Tenant.class, input.linkedTenant());
            if (linked == null || linked.level() != TenantLevel.INSTITUTION || linked.code().equals(tenantCode)) {
                throw new InvalidInputException("linkedTenant", Text.of("kernel.registry.association-linked", input.linkedTenant()));
            }
        }
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String tenantCode, Search search, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" from Association a where (a.tenantCode = :tenant or a.linkedTenant = :tenant)");
        if (search.scope() != null) {
            where.append(" and a.scope = :scope");
        }
        String text = search.text() == null || search.text().isBlank() ? null : search.text().strip().toLowerCase(java.util.Locale.ROOT);
        if (text != null) {
            where.append(" and (lower(a.name) like :text or lower(a.country) like :text or lower(a.city) like :text)");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("tenant", tenantCode);
        if (search.scope() != null) {
            query.setParameter("scope", search.scope());
        }
        if (text != null) {
            query.setParameter("text", "%" + text.replace("%", "").replace("_", "") + "%");
        }
        return query;
    }

    private static Tenant writable(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
        tenant.requireWritable();
        return tenant;
    }

    /** One of the federation's own associations: only they are changed here (a linked university federation reads them). */
    private static Association own(EntityManager em, String tenantCode, String id) {
        Association association = id == null ? null : em.find(Association.class, id);
        if (association == null || !association.tenantCode().equals(tenantCode)) {
            throw unknown(id);
        }
        return association;
    }

    private static UnknownObjectException unknown(String id) {
        return new UnknownObjectException(Text.of("kernel.registry.unknown-association", id));
    }

    private static Text summary(Association association) {
        return Text.of("kernel.audit.association", Text.of("kernel.registry.association-scope." + association.scope().wireName()),
                association.name());
    }
}
