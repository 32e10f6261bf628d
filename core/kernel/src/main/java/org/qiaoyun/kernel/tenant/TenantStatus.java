package org.qiaoyun.kernel.tenant;

import java.util.Locale;

/**
 * Whether a tenant works. A suspended tenant is refused altogether (its users and API calls); an
 * archived tenant can still be read but no longer changed.
 */
public enum TenantStatus {
    ACTIVE, SUSPENDED, ARCHIVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TenantStatus parse(String text) {
        if (text != null) {
            for (TenantStatus status : values()) {
                if (status.name().equalsIgnoreCase(text.trim())) {
                    return status;
                }
            }
        }
        throw new TenantRuleViolation("status", "kernel.tenant.status-unknown", text);
    }

    /** Its name for people, in their language. */
    public org.qiaoyun.api.Text text() {
        return org.qiaoyun.api.Text.of("kernel.status." + wireName());
    }
}
