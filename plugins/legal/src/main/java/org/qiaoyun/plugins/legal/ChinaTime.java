package org.qiaoyun.plugins.legal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.qiaoyun.api.TenantScope;

/** Today and this month in China, by the scope's clock (never the wall clock beside it). */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today(TenantScope scope) {
        return LocalDate.now(scope.clock().withZone(ZONE));
    }

    public static YearMonth month(TenantScope scope) {
        return YearMonth.now(scope.clock().withZone(ZONE));
    }
}
