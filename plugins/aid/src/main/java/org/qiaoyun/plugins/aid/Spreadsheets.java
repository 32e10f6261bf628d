package org.qiaoyun.plugins.aid;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes lists as {@code .xlsx} (Apache POI, streaming, so long lists do not fill the memory): a bold
 * header row, then one row per item. Amounts ({@link BigDecimal} yuan) are numbers shown with thousands
 * separators and two decimals (12,345.00); days ({@link LocalDate}) are dates shown as 2026-12-01; other
 * numbers and text are written as they are.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * One sheet: its name, the lines above its table (a title: whose, what, of which day; none for most), its header
     * and its rows of cells (strings, amounts, days, numbers or null).
     */
    public record Sheet(String name, List<String> above, List<String> header, Iterable<List<Object>> rows) {

        public Sheet(String name, List<String> header, Iterable<List<Object>> rows) {
            this(name, List.of(), header, rows);
        }
    }

    /** One sheet of rows. */
    public static void write(String sheetName, List<String> header, Iterable<List<Object>> rows, OutputStream out) {
        write(List.of(new Sheet(sheetName, header, rows)), out);
    }

    /** Several sheets in one workbook, in this order. */
    public static void write(List<Sheet> sheets, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Sheet content : sheets) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(content.name());
                int r = 0;
                for (String line : content.above()) {
                    Row title = sheet.createRow(r++);
                    title.createCell(0).setCellValue(line);
                    title.getCell(0).setCellStyle(bold);
                }
                Row head = sheet.createRow(r++);
                for (int i = 0; i < content.header().size(); i++) {
                    head.createCell(i).setCellValue(content.header().get(i));
                    head.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, 18 * 256);
                }
                for (List<Object> values : content.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        write(row.createCell(i), values.get(i), money, day);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle money, CellStyle day) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(money);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(day);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    /** What a cell of an imported sheet says, as the sheet shows it (digits stored as numbers included), or null when blank. */
    public static String text(Cell cell, org.apache.poi.ss.usermodel.DataFormatter format) {
        if (cell == null) {
            return null;
        }
        String text = format.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }

    /** Whether an imported row says nothing (a row left blank between others is skipped, not refused). */
    public static boolean blank(org.apache.poi.ss.usermodel.Row row, org.apache.poi.ss.usermodel.DataFormatter format) {
        for (Cell cell : row) {
            if (text(cell, format) != null) {
                return false;
            }
        }
        return true;
    }
}
