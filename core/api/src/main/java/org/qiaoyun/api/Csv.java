package org.qiaoyun.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lists people keep (audit trails, rosters) leave the platform as CSV (RFC 4180) in UTF-8 with a
 * byte-order mark, so that spreadsheet programs open the Chinese text correctly. Shared by the kernel's
 * screens and the modules so that every export quotes and neutralises formulas the same way.
 */
public final class Csv {

    private Csv() {
    }

    /** Writes the header and the rows, each row's fields in the header's order. */
    public static void write(OutputStream out, List<String> header, Iterable<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(header));
        for (List<String> row : rows) {
            writer.write(line(row));
        }
        writer.flush();
    }

    private static String line(List<String> fields) {
        return String.join(",", fields.stream().map(Csv::field).toList()) + "\r\n";
    }

    /** Quotes a field when it holds a comma, quote or line break; doubles inner quotes. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would run as a formula in a spreadsheet: neutralise it
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
