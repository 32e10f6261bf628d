package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The committee members (侨联委员) on a federation's organisation record. The federation's admins and the admins above
 * keep them; its admins and viewers read them, as they read the record. Every change is audited, naming the position,
 * not the person.
 */
public class Committee {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Store store;
    private final Clock clock;

    public Committee(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The members, those whose term began first first. */
    public List<CommitteeMember> of(String tenantCode) {
        return store.transaction(em -> {
            Areas.readable(em, tenantCode);
            return em.createQuery("select m from CommitteeMember m where m.tenantCode = :tenant order by m.termStart, m.name",
                    CommitteeMember.class).setParameter("tenant", tenantCode).getResultList();
        });
    }

    /** Today in Beijing, by the platform's clock: the day a term is judged overdue on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    public CommitteeMember add(String tenantCode, MemberInput input) {
        return store.transaction(em -> {
            writable(em, tenantCode);
            CommitteeMember member = new CommitteeMember(tenantCode, input, clock.instant());
            em.persist(member);
            AuditLog.append(em, tenantCode, "profile.member-add", member.id(), Text.of("kernel.audit.member", member.position()));
            return member;
        });
    }

    public CommitteeMember change(String tenantCode, String id, long seenVersion, MemberInput input) {
        return store.transaction(em -> {
            writable(em, tenantCode);
            CommitteeMember member = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seenVersion, member.version());
            member.apply(input, clock.instant());
            em.flush();
            AuditLog.append(em, tenantCode, "profile.member-change", member.id(), Text.of("kernel.audit.member", member.position()));
            return member;
        });
    }

    public void remove(String tenantCode, String id, long seenVersion) {
        store.transaction(em -> {
            writable(em, tenantCode);
            CommitteeMember member = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seenVersion, member.version());
            em.remove(member);
            AuditLog.append(em, tenantCode, "profile.member-remove", member.id(), Text.of("kernel.audit.member", member.position()));
            return null;
        });
    }

    private static void writable(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        Access.requireAdminOf(tenant);
        tenant.requireWritable();
    }

    private static CommitteeMember find(EntityManager em, String tenantCode, String id) {
        CommitteeMember member = id == null ? null : em.find(CommitteeMember.class, id);
        if (member == null || !member.tenantCode().equals(tenantCode)) {
            throw new UnknownObjectException(Text.of("kernel.registry.unknown-member", id));
        }
        return member;
    }
}
