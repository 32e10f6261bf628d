package org.qiaoyun.ui.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.qiaoyun.api.Csv;
import org.qiaoyun.kernel.audit.AuditEntry;

/** The audit trail as CSV ({@link Csv}) in the reader's language; times are shown in China Standard Time. */
final class AuditCsv {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private AuditCsv() {
    }

    static void write(List<AuditEntry> entries, OutputStream out, List<String> headers,
                      java.util.function.UnaryOperator<String> actionName, java.util.function.UnaryOperator<String> summary)
            throws IOException {
        Csv.write(out, headers, entries.stream()
                .map(entry -> Arrays.asList(TIME.format(entry.at()), entry.tenantCode(), entry.actor(),
                        actionName.apply(entry.action()), entry.object(), summary.apply(entry.summary())))
                .toList());
    }
}
