package org.qiaoyun.plugins.volunteers.ui;

import java.util.Locale;

import org.qiaoyun.screens.Words;

/**
 * The volunteer screens' refusals and texts by their codes (the module's {@code texts/volunteers*.properties},
 * the platform's and the kernel's), in the screen's language. {@code VolunteersTextsTest} fails for a code
 * without both texts.
 */
final class VolunteerWords {

    private VolunteerWords() {
    }

    static Words of(Locale locale) {
        return Words.of(VolunteerWords.class, null, locale);
    }

    /** In the language of the screen being worked on. */
    static Words current() {
        return Words.of(VolunteerWords.class, null);
    }
}
