package org.qiaoyun.plugins.legal.ui;

import java.util.Locale;

import org.qiaoyun.api.Text;
import org.qiaoyun.screens.Words;

/**
 * The legal screens' words (the bundle {@code org/qiaoyun/plugins/legal/ui/screen*.properties}), and the names
 * of the workflow's statuses, steps and categories from the module's texts, so that a screen and a refusal
 * never name one thing two ways.
 */
final class LegalWords {

    static final String BUNDLE = "org.qiaoyun.plugins.legal.ui.screen";

    private LegalWords() {
    }

    static Words of(Locale locale) {
        return Words.of(LegalWords.class, BUNDLE, locale);
    }

    /** The name of an enum constant of the module by its text code: {@code legal.<type>.<CONSTANT>}. */
    static String name(Words words, Enum<?> value) {
        return value == null ? "" : words.of(Text.of("legal." + value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "."
                + value.name()));
    }

    /** The name of a step of the workflow. */
    static String step(Words words, String wire) {
        return words.of(Text.of("legal.step." + wire));
    }
}
