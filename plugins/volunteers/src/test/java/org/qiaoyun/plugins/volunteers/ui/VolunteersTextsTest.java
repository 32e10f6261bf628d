package org.qiaoyun.plugins.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Text;
import org.qiaoyun.testing.TextBundles;

/**
 * Every refusal of the module reads in Chinese and in English, values and all. (The screen tests show
 * the domain's refusals arriving in Chinese at their fields.)
 */
class VolunteersTextsTest {

    @Test
    void everyCodeTheModuleNamesHasBothTexts() {
        TextBundles.assertComplete("volunteers", Path.of("src/main/java"), getClass().getClassLoader());
    }

    @Test
    void refusalsWithValuesKeepThemInEitherLanguage() {
        ConflictException held = new ConflictException("startsAt", Text.of("volunteers.shift.times-held", 5));
        assertThat(VolunteerWords.of(Locale.CHINESE).of(held)).isEqualTo("已有 5 人按此时间报名，时间不能再改：请取消该班次并另行安排");
        assertThat(VolunteerWords.of(Locale.ENGLISH).of(held)).isEqualTo("5 people signed up for these times: cancel this shift and plan another");
        assertThat(held.getMessage()).as("logs and clients naming no language").isEqualTo(VolunteerWords.of(Locale.ENGLISH).of(held));
        ConflictException nominated = new ConflictException("award", Text.of(
                "volunteers.recognition.nominated-already", "阿芳", "最美基层侨联志愿者", "2026"));
        assertThat(VolunteerWords.of(Locale.CHINESE).of(nominated)).isEqualTo("阿芳 已被推荐为 2026 年度最美基层侨联志愿者");
        assertThat(VolunteerWords.of(Locale.CHINESE).of(new RuntimeException("plain"))).as("no code: its message").isEqualTo("plain");
    }

    /** Every word a screen says exists in both languages, and the English says nothing in Chinese. */
    @Test
    void everyWordOfTheScreensHasBothTexts() throws Exception {
        java.util.Properties chinese = new java.util.Properties();
        java.util.Properties english = new java.util.Properties();
        try (var zh = new java.io.InputStreamReader(getClass().getResourceAsStream("/org/qiaoyun/plugins/volunteers/ui/screen.properties"),
                java.nio.charset.StandardCharsets.UTF_8);
             var en = new java.io.InputStreamReader(getClass().getResourceAsStream("/org/qiaoyun/plugins/volunteers/ui/screen_en.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            chinese.load(zh);
            english.load(en);
        }
        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        assertThat(english.values()).noneMatch(value -> value.toString().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
        java.util.Set<String> used = new java.util.TreeSet<>();
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher said = java.util.regex.Pattern.compile("VolunteerWords\\.say\\(\\w+, \"([^\"]+)\"\\)")
                        .matcher(java.nio.file.Files.readString(source));
                while (said.find()) {
                    used.add(said.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(chinese.keySet()).containsAll(used);
        assertThat(VolunteerWords.say(false, "details.details-of")).isEqualTo("修改资料：");
        assertThat(VolunteerWords.say(true, "details.details-of")).isEqualTo("Details of ");
    }
}
