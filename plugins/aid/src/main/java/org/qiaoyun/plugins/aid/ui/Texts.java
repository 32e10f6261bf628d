package org.qiaoyun.plugins.aid.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.qiaoyun.api.Text;

/**
 * The aid screens' words in Chinese (default) and English, from the module's own bundle
 * ({@code org/qiaoyun/plugins/aid/ui/texts*.properties} inside the plugin jar).
 */
final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(Locale locale) {
        this.locale = locale;
        Locale lookup = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("org.qiaoyun.plugins.aid.ui.texts", lookup, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    static Texts of(Locale locale) {
        return new Texts(locale);
    }

    String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : MessageFormat.format(text, args);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** A refusal in this language: its text (the module's, the platform's or the kernel's), else its message. */
    String of(Throwable failure) {
        return Text.describe(failure, locale, Texts.class.getClassLoader());
    }

    /** A text in this language. */
    String of(Text text) {
        return text.in(locale, Texts.class.getClassLoader());
    }

    /** The label of an enum constant: key {@code <enum simple name>.<constant>}. */
    String of(Enum<?> value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
