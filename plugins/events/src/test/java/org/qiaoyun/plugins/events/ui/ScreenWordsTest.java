package org.qiaoyun.plugins.events.ui;

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

/** Every word an event screen asks for is there in Chinese and in English, and the Chinese is Chinese. */
class ScreenWordsTest {

    @Test
    void everyWordTheScreensAskForHasBothLanguages() throws IOException {
        ResourceBundle chinese = ResourceBundle.getBundle(EventWords.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle english = ResourceBundle.getBundle(EventWords.BUNDLE, Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        Set<String> asked = new TreeSet<>();
        Pattern get = Pattern.compile("t\\.get\\(\"([a-zA-Z.-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/qiaoyun/plugins/events/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = get.matcher(Files.readString(file));
                while (found.find()) {
                    asked.add(found.group(1));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(40);
        assertThat(chinese.keySet()).containsAll(asked);
        for (String key : chinese.keySet()) {
            assertThat(chinese.getString(key)).as(key).doesNotContainPattern("[A-Za-z]{3,}");
        }
    }
}
