package org.qiaoyun.kernel.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.rights.Retention;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.module.ModuleHost;
import org.qiaoyun.kernel.persistence.Store;

/**
 * Each federation's keeping periods for the kinds of record its modules keep people's details in
 * ({@link Retention}), and the daily erasure of what is past them. A period not set is the kind's default; the
 * federation's own admins set one within the kind's bounds (a law's period is the shortest), audited. The erasure runs
 * as part of the modules' daily work ({@code schedule.DailyRounds}: once a day per federation, one instance, the
 * platform's clock) and is audited in the kernel's log with the module, the kind and the count, never anyone's details.
 */
public class RetentionPeriods {

    private final Store kernel;
    private final ModuleHost modules;

    public RetentionPeriods(Store kernel, ModuleHost modules) {
        this.kernel = kernel;
        this.modules = modules;
    }

    /** One kind of record of a module with the period the federation keeps it for. */
    public record Period(String moduleId, Retention.Kind kind, int months, boolean byDefault) {
    }

    /** The periods of every kind of every started module that has any (the federation's own admins). */
    public List<Period> of(String tenantCode) {
        OwnAdmins.require(kernel, tenantCode);
        Map<String, Integer> set = setIn(tenantCode);
        List<Period> periods = new ArrayList<>();
        for (InstalledModule module : modules.installed()) {
            Optional<Retention> retention = module.isStarted() ? module.offered(Retention.class) : Optional.empty();
            retention.ifPresent(r -> r.kinds().forEach(kind -> {
                Integer months = set.get(module.id() + "/" + kind.code());
                periods.add(new Period(module.id(), kind, months == null ? kind.defaultMonths() : months, months == null));
            }));
        }
        return periods;
    }

    /** Sets how many months the federation keeps a kind of record: within its bounds (else 400 naming {@code months}). */
    public Period set(String tenantCode, String moduleId, String kindCode, int months) {
        OwnAdmins.require(kernel, tenantCode);
        Retention.Kind kind = kindOf(moduleId, kindCode);
        if (!kind.allows(months)) {
            throw new InvalidInputException("months", Text.of("kernel.retention.months", kind.leastMonths(), kind.mostMonths()));
        }
        kernel.transaction(em -> {
            int updated = em.createNativeQuery("update retention_period set months = ? where tenant_code = ? and module_id = ? and kind = ?")
                    .setParameter(1, months).setParameter(2, tenantCode).setParameter(3, moduleId).setParameter(4, kindCode).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into retention_period (tenant_code, module_id, kind, months) values (?, ?, ?, ?)")
                        .setParameter(1, tenantCode).setParameter(2, moduleId).setParameter(3, kindCode).setParameter(4, months).executeUpdate();
            }
            AuditLog.append(em, tenantCode, "rights.retention.set", moduleId + "/" + kindCode,
                    Text.of("kernel.retention.set", moduleId, kindCode, months));
            return null;
        });
        return new Period(moduleId, kind, months, false);
    }

    /**
     * The day's erasure of a module's records past their periods in one federation (the platform's own work, from the
     * daily rounds): each kind at the federation's period, audited when anything was erased. Answers how many.
     */
    public int eraseEnded(String moduleId, Retention retention, TenantScope federation) {
        Map<String, Integer> set = setIn(federation.tenantCode());
        int erased = 0;
        for (Retention.Kind kind : retention.kinds()) {
            Integer months = set.get(moduleId + "/" + kind.code());
            int period = months == null || !kind.allows(months) ? kind.defaultMonths() : months;
            int count = retention.eraseEnded(federation, kind.code(), period);
            if (count > 0) {
                kernel.transaction(em -> AuditLog.append(em, federation.tenantCode(), "rights.retention", moduleId + "/" + kind.code(),
                        Text.of("kernel.retention.erased", moduleId, kind.code(), count, period)));
            }
            erased += count;
        }
        return erased;
    }

    private Retention.Kind kindOf(String moduleId, String kindCode) {
        return modules.find(moduleId == null ? "" : moduleId).filter(InstalledModule::isStarted)
                .flatMap(m -> m.offered(Retention.class)).stream().flatMap(r -> r.kinds().stream())
                .filter(k -> k.code().equals(kindCode)).findFirst()
                .orElseThrow(() -> new UnknownObjectException(Text.of("kernel.retention.unknown-kind")));
    }

    private Map<String, Integer> setIn(String tenantCode) {
        return kernel.transaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select module_id, kind, months from retention_period where tenant_code = ?")
                    .setParameter(1, tenantCode).getResultList();
            return rows.stream().collect(Collectors.toMap(r -> r[0] + "/" + r[1], r -> ((Number) r[2]).intValue()));
        });
    }
}
