package org.qiaoyun.plugins.events.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar object (RFC 5545) written by hand: content lines ended by CRLF, folded so that no line is longer than
 * 75 octets (a fold never splits a UTF-8 character), text values escaped (backslash, semicolon, comma, line breaks),
 * times in UTC. Phones' calendars read it from a link.
 */
public final class ICalendar {

    /** The longest content line, in octets, before it is folded (RFC 5545, 3.1). */
    static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** One event of the calendar. {@code cancelled} events stay, marked so, for calendars that hold them already. */
    public record Entry(String uid, long sequence, Instant stamp, Instant starts, Instant ends, String summary, String location,
                        String description, String url, boolean cancelled) {
    }

    /** A calendar named {@code name}, published by the federation (METHOD:PUBLISH: readers subscribe, they do not reply). */
    public ICalendar(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Qiaoyun//Cultural events//ZH");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(name));
        line("X-WR-TIMEZONE:Asia/Shanghai");
    }

    public ICalendar add(Entry entry) {
        line("BEGIN:VEVENT");
        line("UID:" + text(entry.uid()));
        line("SEQUENCE:" + entry.sequence());
        line("DTSTAMP:" + UTC.format(entry.stamp()));
        line("DTSTART:" + UTC.format(entry.starts()));
        line("DTEND:" + UTC.format(entry.ends()));
        line("SUMMARY:" + text(entry.summary()));
        if (entry.location() != null) {
            line("LOCATION:" + text(entry.location()));
        }
        if (entry.description() != null) {
            line("DESCRIPTION:" + text(entry.description()));
        }
        if (entry.url() != null) {
            line("URL:" + entry.url());
        }
        line("STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
        return this;
    }

    /** The whole calendar, in UTF-8. */
    public byte[] bytes() {
        return (out + fold("END:VCALENDAR")).getBytes(StandardCharsets.UTF_8);
    }

    private void line(String content) {
        out.append(fold(content));
    }

    /** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every line break as {@code \n}. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** One content line, folded at 75 octets (the continuation begins with a space, which counts), ended by CRLF. */
    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }
}
