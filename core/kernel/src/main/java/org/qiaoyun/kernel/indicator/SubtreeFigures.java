package org.qiaoyun.kernel.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.IndicatorDefinition.Kind;
import org.qiaoyun.kernel.indicator.RollUp.Cell;
import org.qiaoyun.kernel.indicator.RollUp.Figure;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * The true figures of one module's indicators over a federation's subtree, before suppression: reads the sums
 * ({@link SubtreeSums}) once per kind, then folds them into the range's total, its months and the children,
 * each indicator by its aggregation, and divides the ratios.
 */
final class SubtreeFigures {

    private final Tenant tenant;
    private final List<String> rows;
    private final MonthRange range;
    private final String moduleId;
    private final List<IndicatorDefinition> declared;
    private final Map<String, Map<String, BigDecimal[]>> byChild = new HashMap<>();
    private final Map<String, Map<String, BigDecimal[]>> byTenant = new HashMap<>();
    private final Map<String, Figure> wholes = new HashMap<>();

    /** Reads what the wanted definitions need: their values, and the numerators and denominators of ratios among them. */
    SubtreeFigures(EntityManager em, Tenant tenant, List<Tenant> children, MonthRange range, String moduleId,
                   List<IndicatorDefinition> declared, List<IndicatorDefinition> wanted) {
        this.tenant = tenant;
        this.range = range;
        this.moduleId = moduleId;
        this.declared = declared;
        this.rows = new ArrayList<>();
        rows.add(tenant.code());
        children.forEach(c -> rows.add(c.code()));
        List<IndicatorDefinition> needed = new ArrayList<>();
        for (IndicatorDefinition definition : wanted) {
            if (definition.kind() == Kind.RATIO) {
                needed.add(declared(definition.ratio().numerator()));
                needed.add(declared(definition.ratio().denominator()));
            } else {
                needed.add(definition);
            }
        }
        for (Kind kind : List.of(Kind.STOCK, Kind.FLOW)) {
            for (SubtreeSums.Grouping grouping : SubtreeSums.Grouping.values()) {
                List<String> codes = needed.stream().filter(d -> d.kind() == kind && groupingOf(d) == grouping)
                        .flatMap(d -> d.recordedCodes().stream()).distinct().toList();
                Map<String, Map<String, BigDecimal[]>> into = grouping == SubtreeSums.Grouping.CHILD ? byChild : byTenant;
                // sums over the children come from the totals kept per ancestor; a maximum or minimum across
                // federations needs each federation's figure and reads the values themselves
                (grouping == SubtreeSums.Grouping.CHILD
                        ? IndicatorTotals.read(em, tenant.code(), moduleId, codes, kind == Kind.STOCK, range)
                        : SubtreeSums.read(em, tenant.path(), moduleId, codes, kind == Kind.STOCK, range))
                        .forEach((group, values) -> into.computeIfAbsent(group, g -> new HashMap<>()).putAll(values));
            }
        }
    }

    private IndicatorDefinition declared(String code) {
        return declared.stream().filter(d -> d.code().equals(code) && d.kind() != Kind.RATIO && d.breakdown() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("module " + moduleId + " declares a ratio of " + code
                        + ", which is no indicator of its own that is recorded whole"));
    }

    private static SubtreeSums.Grouping groupingOf(IndicatorDefinition definition) {
        return definition.aggregation() == Aggregation.SUM ? SubtreeSums.Grouping.CHILD : SubtreeSums.Grouping.TENANT;
    }

    /** The indicator as a whole (member null) or one member of its breakdown. */
    Figure figure(IndicatorDefinition definition, IndicatorDefinition.Member member) {
        if (definition.kind() == Kind.RATIO) {
            return divide(definition, whole(declared(definition.ratio().numerator())),
                    whole(declared(definition.ratio().denominator())));
        }
        List<String> codes = member == null ? definition.recordedCodes() : List.of(definition.codeOf(member.code()));
        boolean tenantGrouped = groupingOf(definition) == SubtreeSums.Grouping.TENANT;
        Map<String, Map<String, BigDecimal[]>> groups = tenantGrouped ? byTenant : byChild;
        int n = range.size();
        BigDecimal[] totalMonths = null;
        BigDecimal total = null;
        Map<String, BigDecimal> children = new LinkedHashMap<>();
        Map<String, BigDecimal[]> childMonths = new HashMap<>();
        for (Map.Entry<String, Map<String, BigDecimal[]>> group : groups.entrySet()) {
            BigDecimal[] months = null;
            for (String code : codes) {
                BigDecimal[] values = group.getValue().get(code);
                if (values != null) {
                    months = months == null ? values.clone() : add(months, values);
                }
            }
            if (months == null) {
                continue;
            }
            BigDecimal value = definition.kind() == Kind.STOCK ? months[n - 1]
                    : Arrays.stream(months).reduce(BigDecimal.ZERO, BigDecimal::add);
            String child = tenantGrouped ? SubtreeSums.childOf(tenant.path(), group.getKey()) : group.getKey();
            String row = child.isEmpty() ? tenant.code() : child;
            children.merge(row, value, (a, b) -> combine(definition.aggregation(), a, b));
            BigDecimal[] ofMonths = months;
            childMonths.merge(row, months.clone(), (a, b) -> {
                for (int i = 0; i < n; i++) {
                    a[i] = combine(definition.aggregation(), a[i], ofMonths[i]);
                }
                return a;
            });
            total = total == null ? value : combine(definition.aggregation(), total, value);
            if (totalMonths == null) {
                totalMonths = months.clone();
            } else {
                for (int i = 0; i < n; i++) {
                    totalMonths[i] = combine(definition.aggregation(), totalMonths[i], months[i]);
                }
            }
        }
        BigDecimal[] monthValues = totalMonths == null ? SubtreeSums.zeros(n) : totalMonths;
        Map<String, Cell> rowCells = new LinkedHashMap<>();
        Map<String, List<Cell>> rowMonths = new LinkedHashMap<>();
        for (String row : rows) {
            BigDecimal value = children.get(row);
            if (value != null || !row.equals(tenant.code())) { // the federation's own row only when it recorded some
                rowCells.put(row, Cell.of(value == null ? BigDecimal.ZERO : value));
                rowMonths.put(row, Arrays.stream(childMonths.getOrDefault(row, SubtreeSums.zeros(n))).map(Cell::of).toList());
            }
        }
        return new Figure(moduleId, definition, member, Cell.of(total == null ? BigDecimal.ZERO : total),
                Arrays.stream(monthValues).map(Cell::of).toList(), rowCells, rowMonths);
    }

    /** The whole figure of a numerator or denominator, computed once. */
    Figure whole(IndicatorDefinition definition) {
        return wholes.computeIfAbsent(definition.code(), c -> figure(definition, null));
    }

    /** A ratio's figure from the whole figures of its numerator and denominator. */
    static Figure divide(IndicatorDefinition definition, Figure numerator, Figure denominator) {
        List<Cell> months = new ArrayList<>();
        for (int i = 0; i < numerator.months().size(); i++) {
            months.add(divide(numerator.months().get(i), denominator.months().get(i)));
        }
        Map<String, Cell> children = new LinkedHashMap<>();
        Map<String, List<Cell>> childMonths = new LinkedHashMap<>();
        denominator.children().forEach((row, den) -> {
            children.put(row, divide(numerator.children().getOrDefault(row, Cell.of(BigDecimal.ZERO)), den));
            List<Cell> dens = denominator.childMonths().get(row);
            List<Cell> nums = numerator.childMonths().get(row);
            List<Cell> ratios = new ArrayList<>();
            for (int i = 0; i < dens.size(); i++) {
                ratios.add(divide(nums == null ? Cell.of(BigDecimal.ZERO) : nums.get(i), dens.get(i)));
            }
            childMonths.put(row, ratios);
        });
        return new Figure(numerator.moduleId(), definition, null, divide(numerator.total(), denominator.total()), months, children,
                childMonths);
    }

    private static Cell divide(Cell numerator, Cell denominator) {
        if (!denominator.hasValue() || denominator.value().signum() == 0 || !numerator.hasValue()) {
            return Cell.EMPTY;
        }
        return Cell.of(numerator.value().divide(denominator.value(), 4, RoundingMode.HALF_UP));
    }

    private static BigDecimal[] add(BigDecimal[] into, BigDecimal[] more) {
        for (int i = 0; i < into.length; i++) {
            into[i] = into[i].add(more[i]);
        }
        return into;
    }

    private static BigDecimal combine(Aggregation aggregation, BigDecimal a, BigDecimal b) {
        return switch (aggregation) {
            case SUM -> a.add(b);
            case MAX -> a.max(b);
            case MIN -> a.min(b);
        };
    }
}
