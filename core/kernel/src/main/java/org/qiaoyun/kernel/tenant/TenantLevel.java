package org.qiaoyun.kernel.tenant;

import java.util.Arrays;
import java.util.Locale;

/**
 * The level of a federation in the tree. Territorial levels nest strictly downwards (a county never
 * holds a city); an institutional federation (a university, a research institute, an enterprise)
 * hangs under the federation of any level that guides it.
 */
public enum TenantLevel {
    NATIONAL(0), PROVINCE(1), CITY(2), COUNTY(3), TOWNSHIP(4), VILLAGE(5), INSTITUTION(6);

    private final int depth;

    TenantLevel(int depth) {
        this.depth = depth;
    }

    /** Whether a federation of this level may have a child of the given level. */
    public boolean mayHold(TenantLevel child) {
        if (child == NATIONAL) {
            return false;
        }
        return child == INSTITUTION || child.depth > depth;
    }

    /** The JSON and YAML spelling: lowercase. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a level case-insensitively, naming the allowed values when it is none of them. */
    public static TenantLevel parse(String text) {
        if (text != null) {
            for (TenantLevel level : values()) {
                if (level.name().equalsIgnoreCase(text.trim())) {
                    return level;
                }
            }
        }
        throw new TenantRuleViolation("level", "kernel.tenant.level-unknown",
                Arrays.stream(values()).map(TenantLevel::wireName).toList().toString(), text);
    }

    /** Its name for people, in their language. */
    public org.qiaoyun.api.Text text() {
        return org.qiaoyun.api.Text.of("kernel.level." + wireName());
    }
}
