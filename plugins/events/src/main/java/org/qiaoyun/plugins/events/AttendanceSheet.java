package org.qiaoyun.plugins.events;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Standing;

/**
 * An event's attendance list as a spreadsheet ({@code .xlsx}) in the reader's language: the federation's name and
 * the event's (with its time and place) on top, then one row per person on the list (cancelled ones left out),
 * every cell text, and the count of people attending at the foot.
 */
public final class AttendanceSheet {

    private static final String[] COLUMNS = {"name", "phone", "email", "country", "organisation", "companions", "standing", "code",
        "checkedIn"};

    private AttendanceSheet() {
    }

    public static void write(String federation, CulturalEvent event, List<Registration> people, Locale language, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(say("events.sheet.title", language));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(federation);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(event.title());
            sheet.createRow(2).createCell(0).setCellValue(ChinaTime.shown(event.startsAt()) + " – " + ChinaTime.shown(event.endsAt())
                    + (event.place() == null ? "" : "  " + event.place()));
            Row head = sheet.createRow(4);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(say("events.sheet." + COLUMNS[i], language));
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 16 * 256);
            }
            int r = 5;
            long attending = 0;
            for (Registration p : people) {
                if (p.standing() == Standing.CANCELLED) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                String[] cells = {p.name(), nothing(p.phone()), nothing(p.email()), nothing(p.country()), nothing(p.organisation()),
                    Integer.toString(p.companions()), say("events.standing." + p.standing().name(), language), p.code(),
                    p.checkedInAt() == null ? "" : ChinaTime.shown(p.checkedInAt())};
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
                attending += p.attended() ? p.people() : 0;
            }
            Row foot = sheet.createRow(r + 1);
            foot.createCell(0).setCellValue(Text.of("events.sheet.attending", attending).in(language, AttendanceSheet.class.getClassLoader()));
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nothing(String text) {
        return text == null ? "" : text;
    }

    private static String say(String code, Locale language) {
        return Text.of(code).in(language, AttendanceSheet.class.getClassLoader());
    }
}
