package org.qiaoyun.api;

import java.util.Objects;

/**
 * A figure a module reports per tenant and month, rolled up over a subtree by the kernel, e.g.
 * "open cases" (count, summed) or "amount disbursed" (yuan, summed).
 *
 * @param code        unique within the module, e.g. {@code open-cases}
 * @param unit        what one unit is, e.g. {@code case}, {@code yuan}, {@code hour}
 * @param aggregation how values of several tenants combine
 */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String unit, Aggregation aggregation) {

    /** How values of several tenants combine in a roll-up. */
    public enum Aggregation { SUM, MAX, MIN }

    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregation, "aggregation");
    }
}
