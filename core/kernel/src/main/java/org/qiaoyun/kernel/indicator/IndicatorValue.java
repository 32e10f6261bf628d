package org.qiaoyun.kernel.indicator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The value of one module indicator in one tenant for one month. The tenant's path is copied in, so
 * that a roll-up over a subtree is a single prefix query on this table and never touches module
 * tables or personal data.
 */
@Entity
@Table(name = "indicator_value")
@IdClass(IndicatorValue.Key.class)
public class IndicatorValue {

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantCode;

    @Id
    @Column(name = "module_id", length = 31)
    private String moduleId;

    @Id
    @Column(name = "code", length = 60)
    private String code;

    @Id
    @Column(name = "period", length = 7)
    private String period;

    @Column(name = "tenant_path", length = 1000, nullable = false)
    private String tenantPath;

    @Column(name = "amount", precision = 19, scale = 2, nullable = false)
    private BigDecimal amount;

    protected IndicatorValue() {
        // for JPA
    }

    public IndicatorValue(String tenantCode, String tenantPath, String moduleId, String code, YearMonth period, BigDecimal amount) {
        this.tenantCode = tenantCode;
        this.tenantPath = tenantPath;
        this.moduleId = moduleId;
        this.code = code;
        this.period = period.toString();
        this.amount = amount;
    }

    public void update(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** The composite key: tenant, module, indicator, month. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String tenantCode;
        private String moduleId;
        private String code;
        private String period;

        public Key() {
        }

        public Key(String tenantCode, String moduleId, String code, YearMonth period) {
            this.tenantCode = tenantCode;
            this.moduleId = moduleId;
            this.code = code;
            this.period = period.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantCode, k.tenantCode) && Objects.equals(moduleId, k.moduleId)
                    && Objects.equals(code, k.code) && Objects.equals(period, k.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, moduleId, code, period);
        }
    }
}
