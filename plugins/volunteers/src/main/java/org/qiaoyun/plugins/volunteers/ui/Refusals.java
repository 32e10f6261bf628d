package org.qiaoyun.plugins.volunteers.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

import org.qiaoyun.api.Text;

/**
 * A refusal in the language of the current screen: the module's own refusals speak from
 * {@code texts/volunteers*.properties}, the platform's and the kernel's from theirs (the module's class
 * loader sees them all). {@code VolunteersTextsTest} fails for a code without both texts.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal in the language of the current screen (Chinese when there is none). */
    public static String say(RuntimeException refusal) {
        UI ui = UI.getCurrent();
        return say(refusal, ui == null ? Locale.CHINESE : ui.getLocale());
    }

    public static String say(RuntimeException refusal, Locale locale) {
        return Text.describe(refusal, locale, Refusals.class.getClassLoader());
    }
}
