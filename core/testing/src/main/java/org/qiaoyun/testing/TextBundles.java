package org.qiaoyun.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.qiaoyun.api.Text;

/**
 * The check every module (and the kernel) runs on its texts: the Chinese and the English bundle hold the
 * same codes, each text is there in both, every code its sources name is in them, and the Chinese texts
 * are Chinese (no English sentence slipped in).
 */
public final class TextBundles {

    private TextBundles() {
    }

    /**
     * @param owner   the module id (or {@code kernel}, {@code platform}): the codes' prefix and the bundles' name
     * @param sources the module's main sources, where codes are named as string literals
     */
    public static void assertComplete(String owner, Path sources, ClassLoader loader) {
        ResourceBundle chinese = Text.bundle(owner, loader, Locale.ROOT);
        ResourceBundle english = Text.bundle(owner, loader, Locale.ENGLISH);
        assertThat(chinese.keySet()).as("codes in Chinese and in English").isEqualTo(english.keySet());
        Set<String> named = new HashSet<>();
        Pattern code = Pattern.compile("\"(" + Pattern.quote(owner) + "\\.[a-z0-9-]+(?:\\.[A-Za-z0-9_-]+)+)\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = code.matcher(Files.readString(file));
                while (found.find()) {
                    named.add(found.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(named).as("codes named in " + sources).isNotEmpty();
        assertThat(chinese.keySet()).as("every code the sources name has its texts").containsAll(named);
        for (String key : chinese.keySet()) {
            assertThat(chinese.getString(key)).as(key + " in Chinese").isNotBlank()
                    .doesNotContainPattern("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}"); // three English words in a row
            assertThat(english.getString(key)).as(key + " in English").isNotBlank();
        }
    }
}
