package org.qiaoyun.kernel.tenant;

import java.util.regex.Pattern;

/** An administrative division code under GB/T 2260: six digits, e.g. {@code 440781} for 台山市. */
public record DivisionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public DivisionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new TenantRuleViolation("divisionCode", "kernel.tenant.division-format", value);
        }
    }

    /** Null stays null: the code is optional. */
    public static DivisionCode ofNullable(String value) {
        return value == null || value.isBlank() ? null : new DivisionCode(value.strip());
    }
}
