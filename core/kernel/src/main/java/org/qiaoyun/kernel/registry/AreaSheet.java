package org.qiaoyun.kernel.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * A federation's townships and villages as an Excel workbook ({@code .xlsx}), written for people to fill in and
 * read back as written. The first sheet holds a row per area under a header in the reader's language; division
 * codes are text cells (Excel would turn a twelve-digit code into a rounded number); a second sheet says how to
 * fill it in, with an example row. Reading takes the columns by position, so a file with Chinese or English
 * headers reads the same, and names every row it refuses by its line (as Excel numbers it) and column.
 */
public final class AreaSheet {

    /** The columns in order, each with the field of {@link AreaInput} it fills (the name a refusal gives). */
    public enum Column {
        DIVISION_CODE("divisionCode"), NAME("name"), KIND("kind"), PEOPLE("people"), SURVEY_YEAR("surveyYear"),
        SURVEY_SOURCE("surveySource"), ORGANISATION("organisation"), ORGANISATION_NAME("organisationName"),
        ORGANISED_IN("organisedIn");

        private final String field;

        Column(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        /** The header in the reader's language. */
        public Text header() {
            return Text.of("kernel.registry.column." + field);
        }

        static Column of(String field) {
            for (Column column : values()) {
                if (column.field.equals(field)) {
                    return column;
                }
            }
            return DIVISION_CODE; // a refusal of the input as a whole is shown at its first column
        }
    }

    /** The most rows one file may hold: a county has a few hundred villages, a city without counties some thousands. */
    static final int MAX_ROWS = 20_000;

    /** A row refused: its line as Excel numbers it, the column at fault, and why. */
    public record RowProblem(int line, Column column, Text text) {
    }

    /** A row read: its line and what it says. */
    record Line(int line, AreaInput input) {
    }

    /** What a file holds: the rows that read, and the problems of those that did not. */
    record Reading(List<Line> lines, List<RowProblem> problems) {
    }

    private AreaSheet() {
    }

    /** The workbook of {@code areas} (none: an empty one to fill in), headed in the language of {@code locale}. */
    public static byte[] write(List<Area> areas, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(say(Text.of("kernel.registry.sheet-areas"), locale));
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = head.createCell(column.ordinal());
                cell.setCellValue(say(column.header(), locale));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column.ordinal(), (column == Column.DIVISION_CODE ? 16 : 14) * 256);
            }
            sheet.setDefaultColumnStyle(Column.DIVISION_CODE.ordinal(), text); // codes typed in later stay text too
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Area area : areas) {
                Row row = sheet.createRow(r++);
                Cell code = row.createCell(Column.DIVISION_CODE.ordinal());
                code.setCellStyle(text);
                code.setCellValue(area.divisionCode());
                row.createCell(Column.NAME.ordinal()).setCellValue(area.name());
                row.createCell(Column.KIND.ordinal()).setCellValue(say(Text.of("kernel.registry.kind." + area.kind().wireName()), locale));
                row.createCell(Column.PEOPLE.ordinal()).setCellValue(area.people());
                if (area.surveyYear() != null) {
                    row.createCell(Column.SURVEY_YEAR.ordinal()).setCellValue(area.surveyYear());
                }
                optional(row, Column.SURVEY_SOURCE, area.surveySource());
                row.createCell(Column.ORGANISATION.ordinal())
                        .setCellValue(say(Text.of("kernel.registry.form." + area.organisation().wireName()), locale));
                optional(row, Column.ORGANISATION_NAME, area.organisationName());
                if (area.organisedIn() != null) {
                    row.createCell(Column.ORGANISED_IN.ordinal()).setCellValue(area.organisedIn());
                }
            }
            help(book, locale);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The second sheet: how to fill in the first, and an example row (the import reads the first sheet only). */
    private static void help(XSSFWorkbook book, Locale locale) {
        Sheet help = book.createSheet(say(Text.of("kernel.registry.sheet-help"), locale));
        String[] lines = {say(Text.of("kernel.registry.sheet-help-rows"), locale), say(Text.of("kernel.registry.sheet-help-code"), locale),
                say(Text.of("kernel.registry.sheet-help-kind"), locale), say(Text.of("kernel.registry.sheet-help-form"), locale),
                say(Text.of("kernel.registry.sheet-help-example"), locale)};
        for (int r = 0; r < lines.length; r++) {
            help.createRow(r).createCell(0).setCellValue(lines[r]);
        }
        Row example = help.createRow(lines.length);
        String[] values = {"440781100201", say(Text.of("kernel.registry.sheet-example-name"), locale),
                say(Text.of("kernel.registry.kind.village"), locale), "48", "2025", say(Text.of("kernel.registry.sheet-example-source"), locale),
                say(Text.of("kernel.registry.form.federation"), locale), say(Text.of("kernel.registry.sheet-example-organisation"), locale), "2021"};
        for (int i = 0; i < values.length; i++) {
            example.createCell(i).setCellValue(values[i]);
        }
        help.setColumnWidth(0, 60 * 256);
    }

    /** Reads the first sheet: every row but the header, blank rows skipped, each checked as a person's entry would be. */
    static Reading read(InputStream xlsx) {
        List<Line> lines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(xlsx)) {
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new InvalidInputException("file", Text.of("kernel.registry.sheet-too-long", MAX_ROWS));
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || blank(row, format)) {
                    continue;
                }
                int line = row.getRowNum() + 1;
                try {
                    lines.add(new Line(line, input(row, format)));
                } catch (InvalidInputException refused) {
                    problems.add(new RowProblem(line, Column.of(refused.field()), refused.text()));
                }
            }
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInputException("file", Text.of("kernel.registry.sheet-unreadable"));
        }
        return new Reading(lines, problems);
    }

    private static AreaInput input(Row row, DataFormatter format) {
        String code = text(row, Column.DIVISION_CODE, format);
        Integer people = number(row, Column.PEOPLE, format);
        if (people == null) {
            throw new InvalidInputException("people", Text.of("kernel.registry.people-required"));
        }
        AreaInput input = new AreaInput(code, text(row, Column.NAME, format), people, number(row, Column.SURVEY_YEAR, format),
                text(row, Column.SURVEY_SOURCE, format), form(text(row, Column.ORGANISATION, format)),
                text(row, Column.ORGANISATION_NAME, format), number(row, Column.ORGANISED_IN, format));
        String kind = text(row, Column.KIND, format);
        if (kind != null && kind(kind) != input.kind()) {
            throw new InvalidInputException("kind", Text.of("kernel.registry.sheet-kind", kind, input.divisionCode()));
        }
        return input;
    }

    /** The kind as written: in Chinese, in English, or by its wire name. */
    private static AreaKind kind(String written) {
        for (AreaKind kind : AreaKind.values()) {
            if (named(Text.of("kernel.registry.kind." + kind.wireName()), written) || kind.wireName().equalsIgnoreCase(written)) {
                return kind;
            }
        }
        return null;
    }

    /** The organisation form as written: in Chinese, in English, or by its wire name; blank is none. */
    private static OrganisationForm form(String written) {
        if (written == null) {
            return OrganisationForm.NONE;
        }
        for (OrganisationForm form : OrganisationForm.values()) {
            if (named(Text.of("kernel.registry.form." + form.wireName()), written)) {
                return form;
            }
        }
        return AreaInput.form(written);
    }

    private static boolean named(Text text, String written) {
        return say(text, Text.CHINESE).equals(written) || say(text, Text.ENGLISH).equalsIgnoreCase(written);
    }

    /** A whole number as a number cell or as digits in a text cell; anything else is refused naming the column. */
    private static Integer number(Row row, Column column, DataFormatter format) {
        Cell cell = row.getCell(column.ordinal());
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new InvalidInputException(column.field(), Text.of("kernel.registry.sheet-number", format.formatCellValue(cell)));
            }
            return (int) value;
        }
        String written = text(row, column, format);
        if (written == null) {
            return null;
        }
        if (!written.matches("-?[0-9]{1,9}")) {
            throw new InvalidInputException(column.field(), Text.of("kernel.registry.sheet-number", written));
        }
        return Integer.valueOf(written);
    }

    /** A cell's text, stripped; a number cell as its plain digits (a code typed into a number cell reads whole). */
    private static String text(Row row, Column column, DataFormatter format) {
        Cell cell = row.getCell(column.ordinal());
        if (cell == null) {
            return null;
        }
        String text = cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())
                ? BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString().replaceAll("\\.0+$", "")
                : format.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean blank(Row row, DataFormatter format) {
        for (Cell cell : row) {
            if (!format.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void optional(Row row, Column column, String value) {
        if (value != null) {
            row.createCell(column.ordinal()).setCellValue(value);
        }
    }

    static String say(Text text, Locale locale) {
        return text.in(locale, AreaSheet.class.getClassLoader());
    }
}
