package org.qiaoyun.plugins.aid.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The aid screens' words in Chinese (default) and English, from the module's own bundle
 * ({@code org/qiaoyun/plugins/aid/ui/texts*.properties} inside the plugin jar).
 */
final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Texts(Locale locale) {
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

    /** The label of an enum constant: key {@code <enum simple name>.<constant>}. */
    String of(Enum<?> value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
