package org.qiaoyun.ui.home;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qiaoyun.api.Csv;
import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.kernel.indicator.RollUp;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Words;

/**
 * The dashboard's figures as a spreadsheet ({@link Csv}): a row per indicator (and member of its breakdown) and
 * federation below, a column per month, in the reader's language; small figures of those below as "&lt;5", as on
 * the screen.
 */
final class DashboardExport {

    private DashboardExport() {
    }

    static void write(RollUp rollUp, Words words, FigureFormat format, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of(words.get("export.indicator"), words.get("export.unit"),
                words.get("dashboard.federation")));
        for (YearMonth month : rollUp.range().months()) {
            header.add(month.toString());
        }
        Map<String, Tenant> tenants = new java.util.HashMap<>();
        tenants.put(rollUp.tenant().code(), rollUp.tenant());
        rollUp.children().forEach(c -> tenants.put(c.code(), c));
        List<List<String>> rows = new ArrayList<>();
        for (RollUp.Figure figure : rollUp.figures()) {
            IndicatorDefinition d = figure.definition();
            String name = words.english() ? d.nameEn() : d.nameZh();
            if (figure.member() != null) {
                name += " · " + (words.english() ? figure.member().nameEn() : figure.member().nameZh());
            }
            String unit = d.kind() == IndicatorDefinition.Kind.RATIO ? "%" : words.get("unit." + d.unit());
            unit = unit.startsWith("!") ? d.unit() : unit; // a module's own unit the platform has no word for
            List<String> total = new ArrayList<>(List.of(name, unit, words.get("export.total", federation(rollUp.tenant(), words))));
            figure.months().forEach(cell -> total.add(format.of(d, cell)));
            rows.add(total);
            for (Map.Entry<String, List<RollUp.Cell>> child : figure.childMonths().entrySet()) {
                Tenant t = tenants.get(child.getKey());
                String label = t.code().equals(rollUp.tenant().code()) ? words.get("dashboard.own", federation(t, words)) : federation(t, words);
                List<String> row = new ArrayList<>(List.of(name, unit, label));
                child.getValue().forEach(cell -> row.add(format.of(d, cell)));
                rows.add(row);
            }
        }
        Csv.write(out, header, rows);
    }

    private static String federation(Tenant t, Words words) {
        return words.english() ? t.names().en() : t.names().zh();
    }
}
