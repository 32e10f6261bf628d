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

    /**
     * The name of an enum constant of the module by its text code: {@code legal.<type>.<CONSTANT>}, where the type is the
     * class's name in lower case, or the shorter name the domain's own texts use for it.
     */
    static String name(Words words, Enum<?> value) {
        return value == null ? "" : words.of(Text.of(code(value)));
    }

    static String code(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String prefix = type == org.qiaoyun.plugins.legal.consultation.ConflictDecision.class ? "decision"
                : type == org.qiaoyun.plugins.legal.network.StationKind.class ? "kind"
                : type.getSimpleName().toLowerCase(Locale.ROOT);
        return "legal." + prefix + "." + value.name();
    }

    /** The name of a step of the workflow. */
    static String step(Words words, String wire) {
        return words.of(Text.of("legal.step." + wire));
    }
}
