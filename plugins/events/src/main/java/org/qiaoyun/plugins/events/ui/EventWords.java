package org.qiaoyun.plugins.events.ui;

import java.util.Locale;

import org.qiaoyun.api.Text;
import org.qiaoyun.screens.Words;

/**
 * The event screens' words (the bundle {@code org/qiaoyun/plugins/events/ui/screen*.properties}) and the names of
 * kinds, statuses and standings from the module's texts, so that a screen and a refusal never name one thing two ways.
 */
final class EventWords {

    static final String BUNDLE = "org.qiaoyun.plugins.events.ui.screen";

    private EventWords() {
    }

    static Words of(Locale locale) {
        return Words.of(EventWords.class, BUNDLE, locale);
    }

    /** The name of an enum constant of the module by its text code: {@code events.<type>.<CONSTANT>}. */
    static String name(Words words, Enum<?> value) {
        return value == null ? "" : words.of(Text.of("events." + value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "."
                + value.name()));
    }
}
