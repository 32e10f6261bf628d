package org.qiaoyun.kernel.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/** Records indicator values and rolls them up over a subtree of the tenant tree. */
public class Indicators {

    private final Store kernel;

    public Indicators(Store kernel) {
        this.kernel = kernel;
    }

    /** Sets the month's value for a tenant, replacing an earlier one. Runs in the caller's transaction. */
    public static void record(EntityManager em, String tenantCode, String tenantPath, String moduleId, String code,
                              YearMonth period, BigDecimal amount) {
        IndicatorValue value = em.find(IndicatorValue.class, new IndicatorValue.Key(tenantCode, moduleId, code, period));
        if (value == null) {
            em.persist(new IndicatorValue(tenantCode, tenantPath, moduleId, code, period, amount));
        } else {
            value.update(amount);
        }
    }

    /** The indicator over the tenant and all its descendants for a month; zero when nothing was recorded. */
    public BigDecimal rollUp(String rootCode, String moduleId, String code, YearMonth period, Aggregation aggregation) {
        return kernel.transaction(em -> {
            Tenant root = em.find(Tenant.class, rootCode);
            if (root == null) {
                throw new UnknownTenantException(rootCode);
            }
            String function = switch (aggregation) {
                case SUM -> "sum";
                case MAX -> "max";
                case MIN -> "min";
            };
            BigDecimal result = em.createQuery("select " + function + "(v.amount) from IndicatorValue v"
                            + " where v.moduleId = :module and v.code = :code and v.period = :period"
                            + " and v.tenantPath like :path", BigDecimal.class)
                    .setParameter("module", moduleId)
                    .setParameter("code", code)
                    .setParameter("period", period.toString())
                    .setParameter("path", root.path() + "%")
                    .getSingleResult();
            return result == null ? BigDecimal.ZERO : result;
        });
    }
}
