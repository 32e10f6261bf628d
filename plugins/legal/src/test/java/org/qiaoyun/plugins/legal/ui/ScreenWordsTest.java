package org.qiaoyun.plugins.legal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every word a legal screen asks for is there in Chinese and in English, and the Chinese is Chinese. */
class ScreenWordsTest {

    @Test
    void everyWordTheScreensAskForHasBothLanguages() throws IOException {
        ResourceBundle chinese = ResourceBundle.getBundle(LegalWords.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle english = ResourceBundle.getBundle(LegalWords.BUNDLE, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        Set<String> asked = new TreeSet<>();
        Pattern get = Pattern.compile("t\\.get\\(\"([a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/qiaoyun/plugins/legal/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = get.matcher(Files.readString(file));
                while (found.find()) {
                    asked.add(found.group(1));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(50);
        assertThat(chinese.keySet()).containsAll(asked);
        for (String key : chinese.keySet()) {
            assertThat(chinese.getString(key)).as(key).doesNotContainPattern("[A-Za-z]{3,}");
        }
    }

    /** Every choice a legal screen offers (status, category, decision, kind of station...) has its name in both languages. */
    @Test
    void everyChoiceHasItsNameInBothLanguages() {
        java.util.List<Class<? extends Enum<?>>> choices = java.util.List.of(org.qiaoyun.plugins.legal.consultation.Status.class,
                org.qiaoyun.plugins.legal.consultation.Category.class, org.qiaoyun.plugins.legal.consultation.Channel.class,
                org.qiaoyun.plugins.legal.consultation.Relation.class, org.qiaoyun.plugins.legal.consultation.Outcome.class,
                org.qiaoyun.plugins.legal.consultation.Destination.class, org.qiaoyun.plugins.legal.consultation.Satisfaction.class,
                org.qiaoyun.plugins.legal.consultation.ConflictDecision.class, org.qiaoyun.plugins.legal.network.StationKind.class);
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            org.qiaoyun.screens.Words words = LegalWords.of(locale);
            for (Class<? extends Enum<?>> type : choices) {
                for (Enum<?> value : type.getEnumConstants()) {
                    String name = LegalWords.name(words, value);
                    assertThat(name).as(locale + " " + LegalWords.code(value)).isNotBlank().doesNotContain("legal.").doesNotContain("[]");
                }
            }
        }
    }
}
