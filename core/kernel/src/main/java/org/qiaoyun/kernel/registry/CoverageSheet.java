package org.qiaoyun.kernel.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * The coverage report as an Excel workbook in the reader's language: a heading naming the federation, the target
 * year and the time of export (Beijing time, by the platform's clock), then a row for the whole subtree and one per
 * child with its figures, its coverage rate at the end of each year since 2019 and whether the target was met.
 * Figures as numbers, rates as percentages.
 */
public final class CoverageSheet {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final List<String> FIGURES = List.of("areas", "townships", "villages", "people", "due", "covered", "gap", "smaller",
            "rate", "target-year", "met");

    private CoverageSheet() {
    }

    public static byte[] write(CoverageReport.Coverage report, Locale locale, Instant exportedAt) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            Sheet sheet = book.createSheet(say("kernel.registry.coverage-sheet", locale));
            sheet.createRow(0).createCell(0).setCellValue(say("kernel.registry.coverage-heading", locale, name(report.tenant(), locale)));
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(say("kernel.registry.coverage-exported", locale,
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(exportedAt.atZone(BEIJING))));
            sheet.createRow(2).createCell(0).setCellValue(say("kernel.registry.coverage-basis", locale));
            List<String> header = new ArrayList<>();
            header.add(say("kernel.registry.column.federation", locale));
            FIGURES.forEach(f -> header.add(say("kernel.registry.column." + f, locale)));
            report.progress().years().forEach(y -> header.add(say("kernel.registry.column.rate-in", locale, String.valueOf(y.year()))));
            Row head = sheet.createRow(4);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 0 ? 24 : 12) * 256);
            }
            int r = 5;
            line(sheet.createRow(r++), say("kernel.registry.coverage-total", locale, name(report.tenant(), locale)), report.total(),
                    report.progress(), report.progress(), locale, percent);
            for (CoverageReport.Row row : report.rows()) {
                String label = row.tenant().code().equals(report.tenant().code())
                        ? say("kernel.registry.coverage-own", locale, name(row.tenant(), locale)) : name(row.tenant(), locale);
                line(sheet.createRow(r++), label, row.figures(), row.progress(), report.progress(), locale, percent);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: the figures, then the rates by year in the years of the heading (the whole report's). */
    private static void line(Row row, String label, Figures f, CoverageProgress progress, CoverageProgress heading, Locale locale,
                             CellStyle percent) {
        row.createCell(0).setCellValue(label);
        long[] counts = {f.areas(), f.townships(), f.areas() - f.townships(), f.people(), f.due(), f.covered(), f.gap(), f.smaller()};
        int c = 1;
        for (long count : counts) {
            row.createCell(c++).setCellValue(count);
        }
        rate(row.createCell(c++), f.rate(), locale, percent);
        row.createCell(c++).setCellValue(progress.targetYear());
        row.createCell(c++).setCellValue(progress.met().map(met -> say(met ? "kernel.registry.target-met" : "kernel.registry.target-missed", locale))
                .orElse(say("kernel.registry.nothing-due", locale)));
        for (CoverageProgress.Year year : heading.years()) {
            rate(row.createCell(c++), progress.years().stream().filter(y -> y.year() == year.year()).findFirst()
                    .map(CoverageProgress.Year::rate).orElse(java.util.OptionalDouble.empty()), locale, percent);
        }
    }

    private static void rate(Cell cell, java.util.OptionalDouble rate, Locale locale, CellStyle percent) {
        if (rate.isPresent()) {
            cell.setCellValue(rate.getAsDouble());
            cell.setCellStyle(percent);
        } else {
            cell.setCellValue(say("kernel.registry.nothing-due", locale));
        }
    }

    private static String name(Tenant tenant, Locale locale) {
        return Text.isEnglish(locale) ? tenant.names().en() : tenant.names().zh();
    }

    private static String say(String code, Locale locale, Object... arguments) {
        return AreaSheet.say(Text.of(code, arguments), locale);
    }
}
