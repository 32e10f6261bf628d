package org.qiaoyun.kernel.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.kernel.indicator.RollUp.Cell;

/**
 * Small numbers hidden from those above (小数抑制): a value from 1 up to below the indicator's threshold could
 * point at a few people, so a reader above the federation it belongs to sees "&lt;n" instead. The federation's own
 * readers see their own figures. Totals stay right (they are summed from the true values); where one hidden cell
 * could be worked out as the total less the cells shown beside it, the smallest cell shown beside it is hidden
 * too (among the children of a total, and among the months of a flow's range).
 */
final class Suppression {

    private final String homeTenant;

    /** For a reader whose home federation is {@code homeTenant} (what is not home is seen from above). */
    Suppression(String homeTenant) {
        this.homeTenant = homeTenant;
    }

    /** The true figures as the reader may see them. {@code bases} are a ratio's denominators (else the values themselves). */
    RollUp.Figure apply(RollUp.Figure figure, String tenantCode, Raw bases) {
        IndicatorDefinition definition = figure.definition();
        int threshold = definition.suppressBelow();
        if (threshold == 0) {
            return figure;
        }
        boolean totalFromAbove = !tenantCode.equals(homeTenant);
        Cell total = hide(figure.total(), bases.total, threshold, totalFromAbove);
        List<Cell> months = new ArrayList<>();
        for (int i = 0; i < figure.months().size(); i++) {
            months.add(hide(figure.months().get(i), bases.months.get(i), threshold, totalFromAbove));
        }
        Map<String, Cell> children = new LinkedHashMap<>();
        figure.children().forEach((code, cell) -> children.put(code, hide(cell, bases.children.get(code), threshold,
                !code.equals(homeTenant))));
        Map<String, List<Cell>> childMonths = new LinkedHashMap<>();
        figure.childMonths().forEach((code, cells) -> {
            List<Cell> shown = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                shown.add(hide(cells.get(i), bases.childMonths.get(code).get(i), threshold, !code.equals(homeTenant)));
            }
            childMonths.put(code, shown);
        });
        boolean additive = definition.aggregation() == Aggregation.SUM && definition.kind() != IndicatorDefinition.Kind.RATIO;
        if (additive && !total.suppressed()) {
            if (!secondHidden(children, figure.children())) {
                total = Cell.hidden(); // one child alone holds the whole: the total would tell its value
            }
            for (int i = 0; i < months.size(); i++) { // each month's column of an export, beside the month's total
                if (months.get(i).suppressed()) {
                    continue;
                }
                Map<String, Cell> shown = new LinkedHashMap<>();
                Map<String, Cell> truth = new LinkedHashMap<>();
                int month = i;
                childMonths.forEach((code, cells) -> shown.put(code, cells.get(month)));
                figure.childMonths().forEach((code, cells) -> truth.put(code, cells.get(month)));
                if (!secondHidden(shown, truth)) {
                    months.set(i, Cell.hidden());
                }
                shown.forEach((code, cell) -> childMonths.get(code).set(month, cell));
            }
            if (definition.kind() == IndicatorDefinition.Kind.FLOW) {
                Map<String, Cell> shown = new LinkedHashMap<>();
                Map<String, Cell> truth = new LinkedHashMap<>();
                for (int i = 0; i < months.size(); i++) {
                    shown.put(String.valueOf(i), months.get(i));
                    truth.put(String.valueOf(i), figure.months().get(i));
                }
                secondHidden(shown, truth);
                months = new ArrayList<>(shown.values());
            }
        }
        return new RollUp.Figure(figure.moduleId(), definition, figure.member(), total, months, children, childMonths);
    }

    /**
     * The members of a breakdown add up to their whole: where exactly one member's cell is hidden (for a child, a
     * month or the total) while the whole's is shown, the hidden one is the whole less the others, so the smallest
     * member shown beside it is hidden too, or the whole's cell when there is none. {@code shown} and {@code truth}
     * hold the whole first, then its members, as suppressed one by one and as they truly are.
     */
    static List<RollUp.Figure> acrossMembers(List<RollUp.Figure> shown, List<RollUp.Figure> truth) {
        if (shown.size() < 3 || shown.get(0).definition().aggregation() != Aggregation.SUM
                || shown.get(0).definition().kind() == IndicatorDefinition.Kind.RATIO) {
            return shown;
        }
        List<Cell[]> totals = new ArrayList<>();
        List<List<Cell>> months = new ArrayList<>();
        List<Map<String, Cell>> children = new ArrayList<>();
        List<Map<String, List<Cell>>> childMonths = new ArrayList<>();
        for (RollUp.Figure figure : shown) {
            totals.add(new Cell[] {figure.total()});
            months.add(new ArrayList<>(figure.months()));
            children.add(new LinkedHashMap<>(figure.children()));
            Map<String, List<Cell>> copy = new LinkedHashMap<>();
            figure.childMonths().forEach((code, cells) -> copy.put(code, new ArrayList<>(cells)));
            childMonths.add(copy);
        }
        across(totals.stream().map(t -> t[0]).toList(), truth.stream().map(RollUp.Figure::total).toList(),
                (i, cell) -> totals.get(i)[0] = cell);
        for (int m = 0; m < months.get(0).size(); m++) {
            int month = m;
            across(months.stream().map(c -> c.get(month)).toList(), truth.stream().map(f -> f.months().get(month)).toList(),
                    (i, cell) -> months.get(i).set(month, cell));
        }
        for (String code : children.get(0).keySet()) {
            across(children.stream().map(c -> c.getOrDefault(code, Cell.EMPTY)).toList(),
                    truth.stream().map(f -> f.children().getOrDefault(code, Cell.EMPTY)).toList(), (i, cell) -> children.get(i).put(code, cell));
            for (int m = 0; m < childMonths.get(0).get(code).size(); m++) {
                int month = m;
                across(childMonths.stream().map(c -> c.containsKey(code) ? c.get(code).get(month) : Cell.EMPTY).toList(),
                        truth.stream().map(f -> f.childMonths().containsKey(code) ? f.childMonths().get(code).get(month) : Cell.EMPTY).toList(),
                        (i, cell) -> {
                            if (childMonths.get(i).containsKey(code)) {
                                childMonths.get(i).get(code).set(month, cell);
                            }
                        });
            }
        }
        List<RollUp.Figure> result = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            RollUp.Figure f = shown.get(i);
            result.add(new RollUp.Figure(f.moduleId(), f.definition(), f.member(), totals.get(i)[0], months.get(i), children.get(i),
                    childMonths.get(i)));
        }
        return result;
    }

    /** One position (a child, a month, the total) across the whole (first) and its members. */
    private static void across(List<Cell> shown, List<Cell> truth, java.util.function.BiConsumer<Integer, Cell> set) {
        if (shown.get(0).suppressed() || !shown.get(0).hasValue()) {
            return; // the whole gives nothing away
        }
        Map<String, Cell> members = new LinkedHashMap<>();
        Map<String, Cell> truths = new LinkedHashMap<>();
        for (int i = 1; i < shown.size(); i++) {
            members.put(String.valueOf(i), shown.get(i));
            truths.put(String.valueOf(i), truth.get(i).hasValue() ? truth.get(i) : Cell.of(BigDecimal.ZERO));
        }
        if (!secondHidden(members, truths)) {
            set.accept(0, Cell.hidden());
        }
        members.forEach((index, cell) -> set.accept(Integer.parseInt(index), cell));
    }

    /**
     * Where exactly one of the cells is hidden, hides the smallest one shown beside it. False when there is none
     * to hide beside it (then only the total can go).
     */
    private static boolean secondHidden(Map<String, Cell> shown, Map<String, Cell> truth) {
        long hidden = shown.values().stream().filter(Cell::suppressed).count();
        if (hidden != 1) {
            return true;
        }
        return shown.entrySet().stream().filter(e -> !e.getValue().suppressed() && e.getValue().hasValue())
                .min(Comparator.comparing((Map.Entry<String, Cell> e) -> truth.get(e.getKey()).value()))
                .map(e -> {
                    e.setValue(Cell.hidden());
                    return true;
                })
                .orElse(false);
    }

    private static Cell hide(Cell cell, BigDecimal base, int threshold, boolean fromAbove) {
        if (!fromAbove || !cell.hasValue() || base == null) {
            return cell;
        }
        return base.signum() > 0 && base.compareTo(BigDecimal.valueOf(threshold)) < 0 ? Cell.hidden() : cell;
    }

    /** What decides whether a cell is small: its own value, or a ratio's denominator. */
    record Raw(BigDecimal total, List<BigDecimal> months, Map<String, BigDecimal> children, Map<String, List<BigDecimal>> childMonths) {

        static Raw of(RollUp.Figure figure) {
            Map<String, BigDecimal> children = new LinkedHashMap<>();
            figure.children().forEach((code, cell) -> children.put(code, cell.value()));
            Map<String, List<BigDecimal>> childMonths = new LinkedHashMap<>();
            figure.childMonths().forEach((code, cells) -> childMonths.put(code, cells.stream().map(Cell::value).toList()));
            return new Raw(figure.total().value(), figure.months().stream().map(Cell::value).toList(), children, childMonths);
        }
    }
}
