package org.qiaoyun.plugins.events;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Events happen in Beijing time: months of figures and times in messages are told there. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private ChinaTime() {
    }

    public static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ZONE));
    }

    /** A time as people read it in messages and sheets: 2026-12-20 09:30 (Beijing time). */
    public static String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }
}
