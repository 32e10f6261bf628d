package org.qiaoyun.kernel.tenant;

import java.util.regex.Pattern;

/**
 * An administrative division code under GB/T 2260: six digits for a province, city or county ({@code 440781}
 * for 台山市), nine for a township or sub-district, twelve for a village or community (the statistical
 * extensions, which begin with their county's six).
 */
public record DivisionCode(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    public DivisionCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new TenantRuleViolation("divisionCode", "kernel.tenant.division-format", value);
        }
    }

    /** Null stays null: the code is optional. */
    public static DivisionCode ofNullable(String value) {
        return value == null || value.isBlank() ? null : new DivisionCode(value.strip());
    }

    /**
     * Checks that the code fits a federation of {@code level} below {@code nearest}, the nearest ancestor that
     * has a code (null when none has). A province's ends in 0000; a city's begins with its province's two digits
     * and ends in 00; a county's begins with its city's first four (or, for county-level units under a province
     * such as 济源 419001, the province's two); a township's nine digits begin with its county's six (or its city's,
     * for cities without counties such as 东莞 441900); a village's twelve with its township's nine (or its
     * county's six). Institutions are exempt: a university's federation has no territory.
     */
    public void requireFits(TenantLevel level, Tenant nearest) {
        if (level == TenantLevel.INSTITUTION) {
            return;
        }
        int digits = switch (level) {
            case TOWNSHIP -> 9;
            case VILLAGE -> 12;
            default -> 6;
        };
        if (value.length() != digits) {
            throw new TenantRuleViolation("divisionCode", "kernel.tenant.division-length", value, level.text(), digits);
        }
        if (level == TenantLevel.PROVINCE && !value.endsWith("0000") || level == TenantLevel.CITY && !value.endsWith("00")) {
            throw new TenantRuleViolation("divisionCode", "kernel.tenant.division-level", value, level.text());
        }
        if (nearest == null || nearest.divisionCode() == null || nearest.level() == TenantLevel.INSTITUTION) {
            return;
        }
        String above = nearest.divisionCode();
        String prefix = switch (nearest.level()) {
            case PROVINCE -> above.substring(0, 2);
            case CITY -> level == TenantLevel.COUNTY ? above.substring(0, 4) : above;
            default -> above;
        };
        if (!value.startsWith(prefix) || value.equals(above)) {
            throw new TenantRuleViolation("divisionCode", "kernel.tenant.division-outside", value, above, nearest.code());
        }
    }
}
