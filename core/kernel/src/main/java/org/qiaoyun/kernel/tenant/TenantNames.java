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
            throw new TenantRuleViolation(field, field + " is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new TenantRuleViolation(field, field + " must be at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
