package org.qiaoyun.ui.home;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qiaoyun.api.Csv;
import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.kernel.indicator.RollUp;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Words;

/**
 * The dashboard's figures as a spreadsheet, in the reader's language: a row per indicator (and member of its
 * breakdown) and federation below, a column per month; small figures of those below as "&lt;5", as on the screen.
 * As Excel ({@code .xlsx}) under a heading that names the federation, the period and the time of export (Beijing
 * time), figures as numbers in their format; or as CSV.
 */
final class DashboardExport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RollUp rollUp;
    private final Words words;
    private final FigureFormat format;

    DashboardExport(RollUp rollUp, Words words, FigureFormat format) {
        this.rollUp = rollUp;
        this.words = words;
        this.format = format;
    }

    /** One row of figures: the indicator's name and unit, the federation, a cell per month. */
    private record Line(IndicatorDefinition definition, String name, String unit, String federation, List<RollUp.Cell> months) {
    }

    private List<String> header() {
        List<String> header = new ArrayList<>(List.of(words.get("export.indicator"), words.get("export.unit"),
                words.get("dashboard.federation")));
        for (YearMonth month : rollUp.range().months()) {
            header.add(month.toString());
        }
        return header;
    }

    private List<Line> lines() {
        Map<String, Tenant> tenants = new HashMap<>();
        tenants.put(rollUp.tenant().code(), rollUp.tenant());
        rollUp.children().forEach(c -> tenants.put(c.code(), c));
        List<Line> lines = new ArrayList<>();
        for (RollUp.Figure figure : rollUp.figures()) {
            IndicatorDefinition d = figure.definition();
            String name = words.english() ? d.nameEn() : d.nameZh();
            if (figure.member() != null) {
                name += " · " + (words.english() ? figure.member().nameEn() : figure.member().nameZh());
            }
            String unit = d.kind() == IndicatorDefinition.Kind.RATIO ? "%" : words.get("unit." + d.unit());
            unit = unit.startsWith("!") ? d.unit() : unit; // a module's own unit the platform has no word for
            lines.add(new Line(d, name, unit, words.get("export.total", federation(rollUp.tenant())), figure.months()));
            for (Map.Entry<String, List<RollUp.Cell>> child : figure.childMonths().entrySet()) {
                Tenant t = tenants.get(child.getKey());
                String label = t.code().equals(rollUp.tenant().code()) ? words.get("dashboard.own", federation(t)) : federation(t);
                lines.add(new Line(d, name, unit, label, child.getValue()));
            }
        }
        return lines;
    }

    void csv(OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Line line : lines()) {
            List<String> row = new ArrayList<>(List.of(line.name(), line.unit(), line.federation()));
            line.months().forEach(cell -> row.add(format.of(line.definition(), cell)));
            rows.add(row);
        }
        Csv.write(out, header(), rows);
    }

    /** The workbook: the heading (federation, period, time of export), then the table with figures as numbers. */
    void excel(OutputStream out, Instant exportedAt) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle count = style(workbook, "#,##0.##");
            CellStyle money = style(workbook, "#,##0.00");
            CellStyle percent = style(workbook, "0.0%");
            Sheet sheet = workbook.createSheet(words.get("export.sheet"));
            String[] heading = {
                words.get("dashboard.title", federation(rollUp.tenant())),
                words.get("export.period", month(rollUp.range().from()), month(rollUp.range().to())),
                words.get("export.at", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(exportedAt.atZone(CHINA)))};
            int r = 0;
            for (String text : heading) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(text);
                if (r == 1) {
                    row.getCell(0).setCellStyle(bold);
                }
            }
            r++;
            Row head = sheet.createRow(r++);
            List<String> header = header();
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i < 3 ? 22 : 11) * 256);
            }
            for (Line line : lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.name());
                row.createCell(1).setCellValue(line.unit());
                row.createCell(2).setCellValue(line.federation());
                IndicatorDefinition d = line.definition();
                CellStyle style = d.kind() == IndicatorDefinition.Kind.RATIO ? percent : d.unit().equals("yuan") ? money : count;
                for (int i = 0; i < line.months().size(); i++) {
                    RollUp.Cell cell = line.months().get(i);
                    org.apache.poi.ss.usermodel.Cell target = row.createCell(3 + i);
                    if (cell.hasValue()) { // a ratio's cell holds the fraction, shown as a percentage
                        target.setCellValue(cell.value().doubleValue());
                        target.setCellStyle(style);
                    } else {
                        target.setCellValue(format.of(d, cell)); // "<5" hidden, "—" none
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static CellStyle style(SXSSFWorkbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    private String month(YearMonth month) {
        return words.get("dashboard.month", month.getYear(), month.getMonthValue());
    }

    private String federation(Tenant t) {
        return words.english() ? t.names().en() : t.names().zh();
    }
}
