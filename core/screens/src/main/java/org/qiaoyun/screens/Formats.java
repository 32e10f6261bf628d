package org.qiaoyun.screens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.qiaoyun.api.Money;

/**
 * How amounts, dates, times and durations read on every screen and export: money as ¥12,345.00, a date
 * as 2026年11月30日 (English: 2026-11-30), a moment in Beijing time, a duration with its units. Times are
 * Beijing time whatever the server's zone: every federation is in China.
 */
public final class Formats {

    /** The platform's time zone. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    private Formats() {
    }

    /** ¥12,345.00; "" for none. */
    public static String money(Money amount) {
        return amount == null ? "" : amount.toString();
    }

    /** 2026年11月30日 in Chinese, 2026-11-30 in English; "" for none. */
    public static String date(LocalDate date, Locale language) {
        if (date == null) {
            return "";
        }
        return english(language) ? ISO_DATE.format(date) : CHINESE_DATE.format(date);
    }

    /** 2026-11-30, for tables and exports that sort by it. */
    public static String isoDate(LocalDate date) {
        return date == null ? "" : ISO_DATE.format(date);
    }

    /** 2026-11-30 15:27 in Beijing time; "" for none. */
    public static String time(Instant moment) {
        return moment == null ? "" : MINUTE.format(moment);
    }

    /** The day a moment falls on in Beijing. */
    public static LocalDate dayOf(Instant moment) {
        return moment.atZone(BEIJING).toLocalDate();
    }

    /** 2小时30分钟 in Chinese, 2 h 30 min in English; whole minutes. */
    public static String duration(Duration length, Locale language) {
        long minutes = length == null ? 0 : Math.max(0, length.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (english(language)) {
            return hours == 0 ? rest + " min" : rest == 0 ? hours + " h" : hours + " h " + rest + " min";
        }
        return hours == 0 ? rest + "分钟" : rest == 0 ? hours + "小时" : hours + "小时" + rest + "分钟";
    }

    private static boolean english(Locale language) {
        return language != null && language.getLanguage().equals("en");
    }
}
