package org.qiaoyun.kernel.tenant;

import java.util.regex.Pattern;

/**
 * The stable name of a tenant: lowercase letters, digits and hyphens, 2 to 63 characters, neither
 * starting nor ending with a hyphen (so that it reads well in URLs and paths). It never changes
 * after provisioning, which is why it also serves as the tenant discriminator of every row.
 */
public record TenantCode(String value) {

    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0,61}[a-z0-9]");

    public TenantCode {
        if (value == null || !RULE.matcher(value).matches()) {
            throw new TenantRuleViolation("code", "kernel.tenant.code-format", value);
        }
    }

    public static TenantCode of(String value) {
        return new TenantCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
