package org.qiaoyun.kernel.tenant;

/**
 * A federation's names in Chinese (shown by default) and English. Both are required: screens
 * and reports speak either language.
 */
public record TenantNames(String zh, String en) {

    static final int MAX_LENGTH = 200;

    public TenantNames {
        zh = require("nameZh", zh);
        en = require("nameEn", en);
    }

    private static String require(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new TenantRuleViolation(field, "kernel.tenant.name-required", org.qiaoyun.api.Text.of("kernel.field." + field));
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new TenantRuleViolation(field, "kernel.tenant.name-too-long", org.qiaoyun.api.Text.of("kernel.field." + field), MAX_LENGTH);
        }
        return trimmed;
    }
}
