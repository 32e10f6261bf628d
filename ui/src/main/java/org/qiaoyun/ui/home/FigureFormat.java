package org.qiaoyun.ui.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.kernel.indicator.RollUp.Cell;
import org.qiaoyun.screens.Words;

/**
 * How a figure of the dashboard reads: money as ¥12,345.00, a ratio as a percentage, a count with separators; a
 * suppressed figure as "&lt;5"; no figure as "—". The change against the month before says which way it went.
 */
final class FigureFormat {

    private final Words words;

    FigureFormat(Words words) {
        this.words = words;
    }

    String of(IndicatorDefinition definition, Cell cell) {
        if (cell.suppressed()) {
            return "<" + definition.suppressBelow();
        }
        if (!cell.hasValue()) {
            return "—";
        }
        return number(definition, cell.value());
    }

    String number(IndicatorDefinition definition, BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (definition.kind() == IndicatorDefinition.Kind.RATIO) {
            return new DecimalFormat("0.0", symbols).format(value.multiply(BigDecimal.valueOf(100))) + "%";
        }
        if (definition.unit().equals("yuan")) {
            return "¥" + new DecimalFormat("#,##0.00", symbols).format(value);
        }
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    /** The change from the month before: "+3", "−2", "持平"; "—" where either month has no figure to show. */
    String change(IndicatorDefinition definition, Cell before, Cell now) {
        if (before == null || !before.hasValue() || !now.hasValue()) {
            return "—";
        }
        BigDecimal delta = now.value().subtract(before.value());
        if (delta.signum() == 0) {
            return words.get("dashboard.same");
        }
        if (definition.kind() == IndicatorDefinition.Kind.RATIO) {
            BigDecimal points = delta.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
            return (delta.signum() > 0 ? "+" : "−") + points.abs().toPlainString() + words.get("dashboard.points");
        }
        return (delta.signum() > 0 ? "+" : "−") + number(definition, delta.abs());
    }

    /** The figure for a chart: its value, or null where it is hidden or absent (the line breaks there). */
    static BigDecimal plotted(IndicatorDefinition definition, Cell cell) {
        if (!cell.hasValue()) {
            return null;
        }
        return definition.kind() == IndicatorDefinition.Kind.RATIO ? cell.value().multiply(BigDecimal.valueOf(100)) : cell.value();
    }
}
