package org.qiaoyun.plugins.legal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;

/**
 * The work list as a spreadsheet ({@code .xlsx}, Apache POI streaming) in the reader's language: one row per
 * matter, every cell text (a phone number stays a phone number), the ID number never (the masked form neither:
 * a sheet travels), statuses and outcomes by their names.
 */
public final class MatterSheet {

    private static final String[] COLUMNS = {"received", "person", "phone", "relation", "category", "petition", "status", "adviser",
        "acknowledgeDue", "answerDue", "answeredOn", "inTime", "outcome", "destination", "closedOn"};

    private MatterSheet() {
    }

    public static void write(Consultations.Export export, Locale language, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(say("legal.sheet.title", language));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(say("legal.sheet." + COLUMNS[i], language));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 16 * 256);
            }
            int r = 1;
            for (Consultation c : export.matters()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(c, export, language);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(Consultation c, Consultations.Export export, Locale language) {
        List<String> cells = new ArrayList<>();
        cells.add(c.receivedOn().toString());
        cells.add(c.personName());
        cells.add(c.personPhone() == null ? "" : c.personPhone());
        cells.add(name("relation", c.relation(), language));
        cells.add(name("category", c.category(), language));
        cells.add(c.isPetition() ? say("legal.sheet.yes", language) : "");
        cells.add(name("status", c.status(), language));
        cells.add(c.adviserId() == null ? "" : export.advisers().getOrDefault(c.adviserId(), ""));
        cells.add(c.acknowledgeDue().toString());
        cells.add(c.answerDue().toString() + (c.dueProvisional() ? " " + say("legal.sheet.provisional", language) : ""));
        cells.add(c.answeredOn() == null ? "" : c.answeredOn().toString());
        cells.add(c.answeredInTime() == null ? "" : say(c.answeredInTime() ? "legal.sheet.yes" : "legal.sheet.no", language));
        cells.add(name("outcome", c.outcome(), language));
        cells.add(c.destination() == null ? "" : name("destination", c.destination(), language)
                + (c.referredTo() == null ? "" : " " + c.referredTo()));
        cells.add(c.closedOn() == null ? "" : c.closedOn().toString());
        return cells;
    }

    private static String name(String kind, Enum<?> value, Locale language) {
        return value == null ? "" : say("legal." + kind + "." + value.name(), language);
    }

    private static String say(String code, Locale language) {
        return Text.of(code).in(language, MatterSheet.class.getClassLoader());
    }
}
