package org.qiaoyun.plugins.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every refusal the domain throws has its Chinese for the screens; English screens get the English. */
class RefusalsTest {

    /** A refusal whose message is one string literal: new XxxException(field, "...") or new PermissionDeniedException("..."). */
    private static final Pattern LITERAL = Pattern.compile(
            "new (?:InvalidInput|Conflict)Exception\\((?:\"[^\"]*\"|null),\\s*\"([^\"]+)\"\\)|new PermissionDeniedException\\(\"([^\"]+)\"\\)");

    @Test
    void everyLiteralRefusalOfTheDomainHasItsChinese() throws IOException {
        List<String> refusals = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().endsWith("Resource.java")) // REST-only wording, for API clients
                    .filter(p -> !p.toString().contains("/ui/")).toList()) {
                Matcher found = LITERAL.matcher(Files.readString(source).replaceAll("\\s*\\n\\s*", " "));
                while (found.find()) {
                    refusals.add(found.group(1) != null ? found.group(1) : found.group(2));
                }
            }
        }
        assertThat(refusals).as("the scan finds the domain's refusals").hasSizeGreaterThan(50);
        assertThat(refusals).allSatisfy(english -> assertThat(Refusals.say(english, Locale.CHINESE))
                .as("Chinese for: %s", english).isNotEqualTo(english));
    }

    @Test
    void refusalsWithValuesKeepThem() {
        assertThat(Refusals.say("3 volunteers are confirmed: the places cannot be fewer", Locale.CHINESE))
                .isEqualTo("已有 3 名志愿者确认，名额不能少于此数");
        assertThat(Refusals.say("5 people signed up for these times: cancel this shift and plan another", Locale.CHINESE))
                .startsWith("已有 5 人按此时间报名");
        assertThat(Refusals.say("阿芳 is nominated for 最美基层侨联志愿者 2026 already", Locale.CHINESE))
                .isEqualTo("阿芳 已被推荐为 2026 年度最美基层侨联志愿者");
        assertThat(Refusals.say("fang is registered as a volunteer already", Locale.CHINESE)).isEqualTo("fang 已登记为志愿者");
    }

    @Test
    void englishScreensAndUnknownTextsGetTheTextAsItIs() {
        assertThat(Refusals.say("the check-in code is wrong", Locale.ENGLISH)).isEqualTo("the check-in code is wrong");
        assertThat(Refusals.say("the check-in code is wrong", Locale.CHINESE)).isEqualTo("签到码不正确");
        assertThat(Refusals.say("something new", Locale.CHINESE)).isEqualTo("something new");
    }
}
