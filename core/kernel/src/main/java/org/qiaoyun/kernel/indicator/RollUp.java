package org.qiaoyun.kernel.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * A federation's indicators over its subtree for a range of months: per indicator (and per member of its
 * breakdown) the range's figure, the figure of every month, and the figure of every child. Figures only; a
 * figure too small to show to the reader is suppressed and carries no value.
 *
 * @param tenant   the federation read
 * @param range    the months
 * @param children the federation's children in order (the rows of {@link Figure#children()} follow them)
 * @param figures  the indicators, in the order the modules declare them
 */
public record RollUp(Tenant tenant, MonthRange range, List<Tenant> children, List<Figure> figures) {

    /**
     * One figure: a value, or suppressed (a small number shown as "&lt;n" to those above), or empty (a ratio whose
     * denominator is zero).
     */
    public record Cell(BigDecimal value, boolean suppressed) {

        public static final Cell EMPTY = new Cell(null, false);

        public static Cell of(BigDecimal value) {
            return new Cell(value, false);
        }

        public static Cell hidden() {
            return new Cell(null, true);
        }

        public boolean hasValue() {
            return value != null;
        }
    }

    /**
     * An indicator of a module, or one member of its breakdown.
     *
     * @param member   the member of the breakdown, or null for the indicator as a whole
     * @param total    the subtree's figure over the range: a flow's sum, a stock's last month, a ratio of the sums
     * @param months   the subtree's figure of each month of the range
     * @param children each child's figure over the range by the child's code; under the federation's own code the
     *                 values it recorded itself, when it recorded some
     * @param childMonths each child's figure of each month (the rows of an export), keyed as {@code children}
     */
    public record Figure(String moduleId, IndicatorDefinition definition, IndicatorDefinition.Member member, Cell total,
                         List<Cell> months, Map<String, Cell> children, Map<String, List<Cell>> childMonths) {

        /** The figure of a month of the range. */
        public Cell month(MonthRange range, YearMonth month) {
            int i = range.indexOf(month);
            return i < 0 ? Cell.EMPTY : months.get(i);
        }
    }

    /** The figures of one module, in order. */
    public List<Figure> of(String moduleId) {
        return figures.stream().filter(f -> f.moduleId().equals(moduleId)).toList();
    }
}
