package org.qiaoyun.kernel.audit;

import java.time.Instant;

/**
 * Which audit entries to show: those of one tenant, or with {@code subtree} of the tenant and every federation
 * below it, optionally narrowed to a user, an action (or an action prefix such as {@code login.}), and a time
 * range [from, to).
 */
public record AuditQuery(String tenantCode, String actor, String action, Instant from, Instant to, boolean subtree) {

    public AuditQuery(String tenantCode, String actor, String action, Instant from, Instant to) {
        this(tenantCode, actor, action, from, to, false);
    }

    public static AuditQuery of(String tenantCode) {
        return new AuditQuery(tenantCode, null, null, null, null);
    }

    /** The same question over the tenant's whole subtree. */
    public AuditQuery withSubtree() {
        return new AuditQuery(tenantCode, actor, action, from, to, true);
    }
}
