package org.qiaoyun.kernel.audit;

import java.time.Instant;

/**
 * Which audit entries to show: those of one tenant, optionally narrowed to a user, an action (or an
 * action prefix such as {@code login.}), and a time range [from, to).
 */
public record AuditQuery(String tenantCode, String actor, String action, Instant from, Instant to) {

    public static AuditQuery of(String tenantCode) {
        return new AuditQuery(tenantCode, null, null, null, null);
    }
}
