package org.qiaoyun.kernel.module;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.qiaoyun.api.ModuleUnavailableException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.persistence.ReadOnlyWork;
import org.qiaoyun.kernel.work.RequestWork;
import org.qiaoyun.kernel.persistence.RowSecurity;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantReadOnlyException;

/**
 * A module's access to one tenant. Every transaction is admitted by the gate (asked once per request,
 * again in the next), so a module switched off a moment ago gets no EntityManager in the next request,
 * and opens its EntityManager with the tenant discriminator set, so EclipseLink filters and fills
 * {@code tenant_id} on every query and insert. Indicator values wait for the request's end and are
 * written in one batch.
 */
final class ModuleTenantScope implements TenantScope {

    /** The transaction of a module in a tenant open on this thread: work of the same scope inside it joins it. */
    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    private record Open(EntityManager em, String moduleId, String tenantCode) {
    }

    private final InstalledModule module;
    private final String tenantCode;
    private final ModuleGate gate;
    private final Store kernel;
    private final Clock clock;
    /** Who the scope was obtained for: work it hands to another thread still acts (and is audited) as them. */
    private final CallerIdentity obtainedBy;

    ModuleTenantScope(InstalledModule module, String tenantCode, ModuleGate gate, Store kernel, Clock clock) {
        this.module = module;
        this.tenantCode = tenantCode;
        this.gate = gate;
        this.kernel = kernel;
        this.clock = clock;
        this.obtainedBy = Caller.current().orElse(null);
    }

    private Optional<CallerIdentity> caller() {
        return Caller.current().or(() -> Optional.ofNullable(obtainedBy));
    }

    @Override
    public String tenantCode() {
        return tenantCode;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<String> currentUser() {
        return caller().map(CallerIdentity::username);
    }

    @Override
    public String tenantName() {
        Tenant tenant = kernel.transaction(em -> em.find(Tenant.class, tenantCode));
        return tenant == null ? tenantCode : tenant.names().zh();
    }

    @Override
    public boolean callerHas(String role) {
        return caller().map(c -> c.roles().stream().anyMatch(r -> r.wireName().equals(role))).orElse(false);
    }

    @Override
    public boolean hasMember(String username) {
        return username != null && kernel.transaction(em -> em.createQuery("select count(a) from Account a"
                        + " where a.username = :username and a.tenantCode = :tenant and a.enabled = true", Long.class)
                .setParameter("username", username).setParameter("tenant", tenantCode).getSingleResult()) > 0;
    }

    @Override
    public boolean hasMember(String username, String role) {
        return username != null && role != null && kernel.transaction(em -> em.createQuery("select a from Account a"
                        + " where a.username = :username and a.tenantCode = :tenant and a.enabled = true",
                org.qiaoyun.kernel.identity.Account.class)
                .setParameter("username", username).setParameter("tenant", tenantCode).getResultStream()
                .anyMatch(a -> a.roles().stream().anyMatch(r -> r.wireName().equals(role))));
    }

    @Override
    public java.util.List<String> members(String... roles) {
        if (caller().isEmpty()) {
            throw new org.qiaoyun.api.PermissionDeniedException(org.qiaoyun.api.Text.of("kernel.access.nobody"));
        }
        java.util.Set<String> wanted = java.util.Set.of(roles);
        return kernel.transaction(em -> em.createQuery("select a from Account a where a.tenantCode = :tenant and a.enabled = true"
                        + " order by a.username", org.qiaoyun.kernel.identity.Account.class)
                .setParameter("tenant", tenantCode).getResultStream()
                .filter(a -> a.roles().stream().anyMatch(r -> wanted.contains(r.wireName())))
                .map(org.qiaoyun.kernel.identity.Account::username).toList());
    }

    @Override
    public <T> T transaction(Function<EntityManager, T> work) {
        Open open = OPEN.get();
        if (open != null && open.moduleId().equals(module.id()) && open.tenantCode().equals(tenantCode)) {
            return work.apply(open.em()); // joins the transaction it runs in: one change, committed (or not) as one
        }
        if (gate.admission(tenantCode, module.id()).archived()) {
            // an archived federation is read, never changed: the unit refuses every write of this work
            return ReadOnlyWork.run(() -> new TenantReadOnlyException(tenantCode), () -> inTransaction(work));
        }
        return inTransaction(work);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManagerFactory factory = module.persistence();
        if (factory == null) {
            throw new ModuleUnavailableException(Text.of("kernel.module.no-data", module.id()));
        }
        EntityManager em = factory.createEntityManager(Map.of(TENANT_PROPERTY, tenantCode));
        Open outer = OPEN.get();
        OPEN.set(new Open(em, module.id(), tenantCode));
        try {
            return Store.transaction(em, module.rowSecurity() ? bound -> {
                RowSecurity.bind(bound, tenantCode); // first, so that PostgreSQL shows this tenant's rows only
                return work.apply(bound);
            } : work);
        } finally {
            if (outer == null) {
                OPEN.remove();
            } else {
                OPEN.set(outer);
            }
        }
    }

    @Override
    public void audit(String action, String object, String summary) {
        // inside a module's transaction the entry commits with its change; an archived federation's reads
        // (which may write nothing of the module's) are audited in a transaction of the kernel's
        AuditEntry entry = new AuditEntry(tenantCode, caller().map(CallerIdentity::username).orElse(Caller.SYSTEM),
                module.id() + "." + action, object, summary);
        Open open = OPEN.get();
        if (open != null && open.moduleId().equals(module.id()) && open.tenantCode().equals(tenantCode) && !ReadOnlyWork.active()) {
            open.em().persist(entry); // commits with the module's own change
        } else {
            kernel.transaction(em -> {
                em.persist(entry);
                return null;
            });
        }
    }

    @Override
    public org.qiaoyun.api.files.Attachments files() {
        return new org.qiaoyun.kernel.files.ModuleFiles(this, module.id(), gate.host().seal());
    }

    @Override
    public org.qiaoyun.api.recognition.Recognition recognition() {
        return new org.qiaoyun.kernel.registry.ModuleRecognition(tenantCode, module.id(), kernel, clock);
    }

    @Override
    public org.qiaoyun.api.notify.Notifications notifications() {
        return new ModuleNotifications(this, module.id(), gate.host().notifier(), kernel);
    }

    @Override
    public void record(String indicatorCode, YearMonth period, BigDecimal value) {
        boolean declared = module.indicators().stream().anyMatch(d -> d.recordedCodes().contains(indicatorCode));
        if (!declared) {
            throw new IllegalArgumentException("module " + module.id() + " declares no indicator " + indicatorCode);
        }
        ModuleGate.Admission admission = gate.admission(tenantCode, module.id());
        if (admission.archived()) {
            throw new TenantReadOnlyException(tenantCode);
        }
        IndicatorValue value1 = new IndicatorValue(indicatorCode, period, value);
        // within a request the values wait for its end and are written in one transaction, after the change
        // they count committed; outside one (background work) at once
        RequestWork.batch(new Batch(tenantCode, module.id()), java.util.LinkedHashMap<Object, IndicatorValue>::new,
                        batch -> write(admission, batch.values()))
                .ifPresentOrElse(batch -> batch.put(java.util.List.of(indicatorCode, period), value1),
                        () -> write(admission, java.util.List.of(value1)));
    }

    private void write(ModuleGate.Admission admission, java.util.Collection<IndicatorValue> values) {
        Indicators.record(kernel, tenantCode, admission.path(), module.id(),
                values.stream().map(v -> new Indicators.Recorded(v.code(), v.period(), v.value())).toList());
    }

    /** One value of an indicator waiting to be written. */
    private record IndicatorValue(String code, YearMonth period, BigDecimal value) {
    }

    /** The indicator values of one module in one tenant that wait for the request's end. */
    private record Batch(String tenantCode, String moduleId) {
    }
}
