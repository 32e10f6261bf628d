package org.qiaoyun.plugins.events.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.Visitor;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The calendars phones subscribe to: every line as RFC 5545 wants it (checked by a small strict reader below, not by
 * the writer's own code), the feed holding what the public has seen, a cancelled event marked so, each event's UID
 * the same every time, a draft nowhere.
 */
class CalendarPagesTest {

    private final CalendarPages pages = new CalendarPages("https://qiaoyun.example.cn");

    private static PublicRequest get(Visitor visitor, String... path) {
        return new PublicRequest("GET", List.of(path), Map.of(), Map.of(), Text.CHINESE, visitor);
    }

    @Test
    void theFeedHoldsThePublishedAndTheCancelledEventsEachWithAStableUidAndNoDraft() {
        TestTenantScope organiser = scope("ics-feed", "ics-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent.Details g = gathering(80);
        CulturalEvent festival = events.plan(new CulturalEvent.Details("中秋联谊晚会；赏月, 粤曲\\月饼 " + "侨乡碉楼与侨批文化".repeat(8), Kind.FESTIVAL,
                "第一行\n第二行：赏月、粤曲", "台山市侨联活动中心（台城街道）", false, g.startsAt(), g.endsAt(), null, 80, null, null, false,
                "免费", null));
        festival = events.publish(festival.id(), festival.version());
        CulturalEvent lecture = events.plan(gathering(30));
        lecture = events.publish(lecture.id(), lecture.version());
        events.cancel(lecture.id(), lecture.version(), "台风预警");
        CulturalEvent draft = events.plan(gathering(10));
        Visitor visitor = visitor("ics-feed");

        PublicPage feed = pages.answer(get(visitor, "calendar.ics"));
        assertThat(feed.fileKind()).isEqualTo(PublicPage.FileKind.CALENDAR);
        List<Component> calendars = StrictICalendar.read(feed.content());
        assertThat(calendars).hasSize(1);
        List<Component> vevents = calendars.get(0).children();
        assertThat(vevents).hasSize(2);
        String festivalId = festival.id();
        Component first = vevents.stream().filter(e -> e.value("UID").startsWith(festivalId)).findFirst().orElseThrow();
        assertThat(first.value("SUMMARY")).as("escaped and read back").startsWith("中秋联谊晚会；赏月, 粤曲\\月饼 侨乡碉楼");
        assertThat(first.value("DESCRIPTION")).contains("第一行\n第二行", "费用：免费");
        assertThat(first.value("DTSTART")).isEqualTo("20261208T020000Z");
        assertThat(first.value("STATUS")).isEqualTo("CONFIRMED");
        assertThat(first.value("URL")).isEqualTo("https://qiaoyun.example.cn/p/ics-feed/events/e/" + festival.id());
        Component cancelled = vevents.stream().filter(e -> e.value("STATUS").equals("CANCELLED")).findFirst().orElseThrow();
        assertThat(cancelled.value("DESCRIPTION")).contains("台风预警");
        assertThat(new String(feed.content(), StandardCharsets.UTF_8)).doesNotContain(draft.id());

        String uid = first.value("UID");
        assertThat(uid).isEqualTo(festival.id() + "@ics-feed.events.qiaoyun");
        PublicPage one = pages.answer(get(visitor, "e", festival.id(), "event.ics"));
        Component only = StrictICalendar.read(one.content()).get(0).children().get(0);
        assertThat(only.value("UID")).as("the same UID every time").isEqualTo(uid);
        assertThat(only.value("SEQUENCE")).isEqualTo(Long.toString(festival.version()));
        assertThat(pages.answer(get(visitor, "e", draft.id(), "event.ics")).status()).as("a draft").isEqualTo(404);
        assertThat(pages.answer(get(visitor, "e", "no-such-event", "event.ics")).status()).isEqualTo(404);
    }

    @Test
    void foldingNeverSplitsACharacterAndNeverPassesSeventyFiveOctets() {
        String folded = ICalendar.fold("DESCRIPTION:" + "侨".repeat(100) + "a".repeat(30) + "😀".repeat(20));
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "侨".repeat(100) + "a".repeat(30) + "😀".repeat(20) + "\r\n");
        assertThat(ICalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    /** A component read back: its properties (name to value, unescaped for text) and the components inside it. */
    record Component(String name, Map<String, String> properties, List<Component> children) {
        String value(String property) {
            assertThat(properties).as(name + " has " + property).containsKey(property);
            return properties.get(property);
        }
    }

    /** A strict reader of the format: what a phone's calendar would refuse, it refuses with an assertion. */
    static final class StrictICalendar {

        private static final Pattern CONTENT_LINE = Pattern.compile("([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]+)*):(.*)");
        private static final Set<String> TEXT = Set.of("SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME", "UID");
        private static final Pattern UTC_TIME = Pattern.compile("\\d{8}T\\d{6}Z");

        static List<Component> read(byte[] content) {
            String all = new String(content, StandardCharsets.UTF_8);
            assertThat(all).as("ends with CRLF").endsWith("\r\n");
            assertThat(all.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\r").doesNotContain("\n");
            List<String> physical = List.of(all.substring(0, all.length() - 2).split("\r\n", -1));
            List<String> logical = new ArrayList<>();
            for (String line : physical) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of: " + line).isLessThanOrEqualTo(75);
                if (line.startsWith(" ")) {
                    assertThat(logical).as("a continuation follows a line").isNotEmpty();
                    logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
                } else {
                    logical.add(line);
                }
            }
            Deque<Component> open = new ArrayDeque<>();
            List<Component> top = new ArrayList<>();
            for (String line : logical) {
                var m = CONTENT_LINE.matcher(line);
                assertThat(m.matches()).as("a content line: " + line).isTrue();
                String name = m.group(1);
                String value = m.group(3);
                if (name.equals("BEGIN")) {
                    Component component = new Component(value, new java.util.LinkedHashMap<>(), new ArrayList<>());
                    (open.isEmpty() ? top : open.peek().children()).add(component);
                    open.push(component);
                } else if (name.equals("END")) {
                    assertThat(open).as("END without BEGIN").isNotEmpty();
                    assertThat(open.pop().name()).as("END matches BEGIN").isEqualTo(value);
                } else {
                    assertThat(open).as(name + " outside a component").isNotEmpty();
                    if (TEXT.contains(name)) {
                        assertThat(value).as("text escaped: " + value).doesNotContainPattern("(?<!\\\\)(\\\\\\\\)*[,;]");
                        value = unescape(value);
                    }
                    if (name.equals("DTSTART") || name.equals("DTEND") || name.equals("DTSTAMP")) {
                        assertThat(value).matches(UTC_TIME);
                    }
                    assertThat(open.peek().properties().put(name, value)).as("one " + name).isNull();
                }
            }
            assertThat(open).as("every BEGIN ended").isEmpty();
            for (Component calendar : top) {
                assertThat(calendar.name()).isEqualTo("VCALENDAR");
                assertThat(calendar.value("VERSION")).isEqualTo("2.0");
                calendar.value("PRODID");
                for (Component event : calendar.children()) {
                    assertThat(event.name()).isEqualTo("VEVENT");
                    event.value("UID");
                    event.value("DTSTAMP");
                    assertThat(event.value("DTEND").compareTo(event.value("DTSTART"))).isPositive();
                }
            }
            return top;
        }

        private static String unescape(String value) {
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    char next = value.charAt(++i);
                    plain.append(next == 'n' || next == 'N' ? '\n' : next);
                } else {
                    plain.append(c);
                }
            }
            return plain.toString();
        }
    }
}
