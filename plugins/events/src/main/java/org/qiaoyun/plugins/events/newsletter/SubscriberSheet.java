package org.qiaoyun.plugins.events.newsletter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.files.FileType;

/**
 * Readers as a federation keeps them in Excel ({@code .xlsx}): the first sheet, its first row naming the columns
 * (姓名 / Name, 电子邮箱 / Email, 语言 / Language, 类别 / Kind, 国家或地区 / Country, in that order), one reader a row,
 * blank rows skipped; at most {@value #MOST_ROWS} readers at once.
 */
public final class SubscriberSheet {

    public static final int MOST_ROWS = 5000;

    /** One row as typed, numbered as the spreadsheet numbers it (the header is row 1). */
    public record Row(int number, String name, String email, String language, String kind, String country) {
    }

    private SubscriberSheet() {
    }

    public static List<Row> read(byte[] content) {
        if (content == null || FileType.of(content).filter(type -> type == FileType.XLSX).isEmpty()) {
            throw new InvalidInputException("file", Text.of("events.subscriber.sheet-only"));
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            List<Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] v = new String[5];
                boolean blank = true;
                for (int i = 0; i < v.length; i++) {
                    Cell cell = row.getCell(i);
                    v[i] = cell == null ? "" : cells.formatCellValue(cell).strip();
                    blank &= v[i].isEmpty();
                }
                if (blank) {
                    continue;
                }
                if (rows.size() == MOST_ROWS) {
                    throw new InvalidInputException("file", Text.of("events.subscriber.sheet-too-long", MOST_ROWS));
                }
                rows.add(new Row(row.getRowNum() + 1, v[0], v[1], v[2], v[3], v[4]));
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw new InvalidInputException("file", Text.of("events.subscriber.sheet-only"));
        }
    }
}
