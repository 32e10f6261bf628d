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
}
