package org.qiaoyun.ui.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.qiaoyun.kernel.audit.AuditEntry;

/**
 * Writes audit entries as CSV (RFC 4180) in UTF-8 with a byte-order mark, so that spreadsheet
 * programs open the Chinese text correctly. Times are shown in China Standard Time.
 */
final class AuditCsv {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private AuditCsv() {
    }

    static void write(List<AuditEntry> entries, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write("time,tenant,user,action,object,summary\r\n");
        for (AuditEntry entry : entries) {
            writer.write(String.join(",", field(TIME.format(entry.at())), field(entry.tenantCode()), field(entry.actor()),
                    field(entry.action()), field(entry.object()), field(entry.summary())));
            writer.write("\r\n");
        }
        writer.flush();
    }

    /** Quotes a field when it holds a comma, quote or line break; doubles inner quotes. */
    static String field(String value) {
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
