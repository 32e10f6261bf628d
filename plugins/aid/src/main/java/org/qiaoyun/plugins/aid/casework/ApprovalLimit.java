package org.qiaoyun.plugins.aid.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;

/**
 * What one role may approve alone in this tenant. A role without a limit may not approve; above the
 * limit a second approver is needed. Defaults when a tenant has set nothing: {@link #DEFAULTS}.
 */
@Entity
@Table(name = "aid_approval_limit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class ApprovalLimit {

    /** admin 5,000 yuan, caseworker 1,000 yuan. */
    public static final java.util.Map<String, Money> DEFAULTS = java.util.Map.of(
            "admin", new Money(500_000), "caseworker", new Money(100_000));

    @Id
    @Column(name = "role_name", length = 30)
    private String role;

    @Column(name = "limit_fen", nullable = false)
    private long limitFen;

    protected ApprovalLimit() {
    }

    public ApprovalLimit(String role, Money limit) {
        this.role = role;
        set(limit);
    }

    public void set(Money limit) {
        if (limit.fen() < 0) {
            throw new org.qiaoyun.api.InvalidInputException("limit", org.qiaoyun.api.Text.of("aid.limit.negative"));
        }
        this.limitFen = limit.fen();
    }

    public String role() {
        return role;
    }

    public Money limit() {
        return new Money(limitFen);
    }
}
