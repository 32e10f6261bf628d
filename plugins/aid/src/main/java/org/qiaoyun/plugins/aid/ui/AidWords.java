package org.qiaoyun.plugins.aid.ui;

import java.util.Locale;

import org.qiaoyun.screens.Words;

/**
 * The aid screens' words (the module's bundle {@code org/qiaoyun/plugins/aid/ui/texts*.properties}, its
 * refusals' texts and the platform's), in the screen's language.
 */
final class AidWords {

    static final String BUNDLE = "org.qiaoyun.plugins.aid.ui.texts";

    private AidWords() {
    }

    static Words of(Locale locale) {
        return Words.of(AidWords.class, BUNDLE, locale);
    }

    /** In the language of the screen being worked on. */
    static Words current() {
        return Words.of(AidWords.class, BUNDLE);
    }
}
