package org.qiaoyun.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A figure a module reports per tenant and month, rolled up over a subtree by the kernel, e.g.
 * "open cases" (count, summed) or "amount disbursed" (yuan, summed).
 *
 * <p>An indicator says what it is ({@link Kind}): a stock such as open cases (its value holds until it is
 * recorded again, so a quiet month carries the last value forward), a flow such as yuan disbursed in a month
 * (a quiet month adds nothing; a range of months is their sum), or a ratio of two other indicators of the
 * module (numerator and denominator rolled up apart, then divided). An indicator may be broken down by one
 * dimension whose members have Chinese and English labels ({@link Breakdown}); the module records each member
 * under {@link #codeOf(String)}. Declared with the five-argument constructor an indicator is a flow, not
 * broken down, suppressed below {@link #DEFAULT_SUPPRESS_BELOW} when read from above; the {@code as...} and
 * {@code by} methods return changed copies.
 *
 * @param code          unique within the module, e.g. {@code open-cases}; no dot (a dot joins a member)
 * @param unit          what one unit is, e.g. {@code case}, {@code yuan}, {@code hour}; {@code ratio} for a ratio
 * @param aggregation   how values of several tenants combine
 * @param kind          stock, flow or ratio
 * @param breakdown     the dimension the values are split by, or null
 * @param ratio         for a ratio, the indicators divided; null otherwise
 * @param suppressBelow values from 1 up to below this are shown as "&lt;n" to those above the tenant (small
 *                      numbers could name people); 0 shows every value
 */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String unit, Aggregation aggregation, Kind kind,
                                  Breakdown breakdown, Ratio ratio, int suppressBelow) {

    /** What is suppressed unless an indicator says otherwise. */
    public static final int DEFAULT_SUPPRESS_BELOW = 5;

    /** How values of several tenants combine in a roll-up. */
    public enum Aggregation { SUM, MAX, MIN }

    /** How values of several months combine, and what a month without a recorded value holds. */
    public enum Kind {
        /** A count of what is there (open cases): a quiet month carries the last value; a range ends at its last month. */
        STOCK,
        /** What happened in a month (yuan disbursed): a quiet month is zero; a range is the sum of its months. */
        FLOW,
        /** One indicator divided by another, each rolled up first; never recorded itself. */
        RATIO
    }

    /** The dimension an indicator is split by, e.g. aid type, with its members. */
    public record Breakdown(String nameZh, String nameEn, List<Member> members) {

        public Breakdown {
            Objects.requireNonNull(nameZh, "nameZh");
            Objects.requireNonNull(nameEn, "nameEn");
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("a breakdown needs members");
            }
            Set<String> codes = new HashSet<>();
            for (Member member : members) {
                if (!codes.add(member.code())) {
                    throw new IllegalArgumentException("member " + member.code() + " twice");
                }
            }
        }

        /** Whether the breakdown has a member of that code. */
        public boolean has(String memberCode) {
            return members.stream().anyMatch(m -> m.code().equals(memberCode));
        }
    }

    /** One member of a breakdown, e.g. {@code medical_aid} (医疗救助, Medical aid). */
    public record Member(String code, String nameZh, String nameEn) {

        public Member {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameZh, "nameZh");
            Objects.requireNonNull(nameEn, "nameEn");
            if (code.isBlank() || code.contains(".")) {
                throw new IllegalArgumentException("a member code is not blank and has no dot: " + code);
            }
        }
    }

    /** The indicators (of the same module, not broken down) a ratio divides. */
    public record Ratio(String numerator, String denominator) {

        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
        }
    }

    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.RATIO) != (ratio != null)) {
            throw new IllegalArgumentException(code + ": a ratio, and only a ratio, names its numerator and denominator");
        }
        if (kind == Kind.RATIO && breakdown != null) {
            throw new IllegalArgumentException(code + ": a ratio is not broken down");
        }
        if (suppressBelow < 0) {
            throw new IllegalArgumentException(code + ": suppressBelow is 0 or more");
        }
    }

    /** A flow, not broken down, suppressed below {@link #DEFAULT_SUPPRESS_BELOW}: the first edition's indicator. */
    public IndicatorDefinition(String code, String nameZh, String nameEn, String unit, Aggregation aggregation) {
        this(code, nameZh, nameEn, unit, aggregation, Kind.FLOW, null, null, DEFAULT_SUPPRESS_BELOW);
    }

    /** A ratio of two indicators of the module, e.g. places filled over places needed. */
    public static IndicatorDefinition ratio(String code, String nameZh, String nameEn, String numerator, String denominator) {
        return new IndicatorDefinition(code, nameZh, nameEn, "ratio", Aggregation.SUM, Kind.RATIO, null,
                new Ratio(numerator, denominator), DEFAULT_SUPPRESS_BELOW);
    }

    /** The same indicator as a stock: carried forward to months without a value. */
    public IndicatorDefinition asStock() {
        return new IndicatorDefinition(code, nameZh, nameEn, unit, aggregation, Kind.STOCK, breakdown, ratio, suppressBelow);
    }

    /** The same indicator as a flow: zero in a month without a value, summed over a range. */
    public IndicatorDefinition asFlow() {
        return new IndicatorDefinition(code, nameZh, nameEn, unit, aggregation, Kind.FLOW, breakdown, ratio, suppressBelow);
    }

    /** The same indicator split by a dimension. */
    public IndicatorDefinition by(Breakdown dimension) {
        return new IndicatorDefinition(code, nameZh, nameEn, unit, aggregation, kind, Objects.requireNonNull(dimension), ratio,
                suppressBelow);
    }

    /** The same indicator with another threshold of suppression (0: never suppressed, e.g. amounts of money). */
    public IndicatorDefinition suppressedBelow(int threshold) {
        return new IndicatorDefinition(code, nameZh, nameEn, unit, aggregation, kind, breakdown, ratio, threshold);
    }

    /** The codes values are recorded under: the code itself, or one {@code code.member} per member of the breakdown. */
    public List<String> recordedCodes() {
        if (kind == Kind.RATIO) {
            return List.of();
        }
        return breakdown == null ? List.of(code) : breakdown.members().stream().map(m -> code + "." + m.code()).toList();
    }

    /** The code a member's value is recorded under, e.g. {@code open-cases.medical_aid}. */
    public String codeOf(String memberCode) {
        if (breakdown == null || !breakdown.has(memberCode)) {
            throw new IllegalArgumentException(code + " has no member " + memberCode);
        }
        return code + "." + memberCode;
    }
}
