package org.qiaoyun.plugins.volunteers.ui;

import java.util.Locale;

import org.qiaoyun.api.Text;
import org.qiaoyun.screens.Words;

/**
 * The volunteer screens' words ({@code org/qiaoyun/plugins/volunteers/ui/screen*.properties}) and their
 * refusals and texts by code (the module's {@code texts/volunteers*.properties}, the platform's and the
 * kernel's), in the screen's language. {@code VolunteersTextsTest} fails for a code or a word without both texts.
 */
final class VolunteerWords {

    static final String BUNDLE = "org.qiaoyun.plugins.volunteers.ui.screen";

    private VolunteerWords() {
    }

    static Words of(Locale locale) {
        return Words.of(VolunteerWords.class, BUNDLE, locale);
    }

    /** In the language of the screen being worked on. */
    static Words current() {
        return Words.of(VolunteerWords.class, BUNDLE);
    }

    /** One word of the screens, in English or Chinese. */
    static String say(boolean english, String key) {
        return of(english ? Locale.ENGLISH : Text.CHINESE).get(key);
    }
}
