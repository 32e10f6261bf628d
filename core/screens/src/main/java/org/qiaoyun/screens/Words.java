package org.qiaoyun.screens;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.component.UI;

import org.qiaoyun.api.Text;

/**
 * The words of one screen in the person's language: labels from its owner's bundle (Chinese in
 * {@code <bundle>.properties}, English in {@code <bundle>_en.properties}), refusals and texts by their
 * codes (the owner's, the platform's, the kernel's: whatever the owner's class loader sees). Nothing
 * falls back to the server's own language: a missing English word shows the Chinese one.
 */
public final class Words {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader loader;
    private final String bundleName;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Words(ClassLoader loader, String bundleName, Locale locale) {
        this.loader = loader;
        this.bundleName = bundleName;
        this.locale = locale == null ? Text.CHINESE : locale;
        ResourceBundle found;
        try {
            found = bundleName == null ? null
                    : ResourceBundle.getBundle(bundleName, english() ? Locale.ENGLISH : Locale.ROOT, loader, NO_FALLBACK);
        } catch (MissingResourceException none) {
            found = null;
        }
        this.bundle = found;
    }

    /** The words of {@code owner}'s screens (bundle {@code bundleName}, may be null) in {@code locale}. */
    public static Words of(Class<?> owner, String bundleName, Locale locale) {
        return new Words(owner.getClassLoader(), bundleName, locale);
    }

    /** The same, in the language of the screen being worked on (Chinese where there is none). */
    public static Words of(Class<?> owner, String bundleName) {
        return of(owner, bundleName, screenLanguage());
    }

    /** The language of the current screen: Chinese when there is no screen (a background task) or it names none. */
    public static Locale screenLanguage() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Text.CHINESE : ui.getLocale();
    }

    /** These words in another language. */
    public Words in(Locale other) {
        return new Words(loader, bundleName, other);
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return locale.getLanguage().equals("en");
    }

    /** A label of the bundle, with its arguments; {@code !key} where the bundle has none (tests look for those). */
    public String get(String key, Object... args) {
        try {
            if (bundle == null) {
                return "!" + key;
            }
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** A text by its code, in this language. */
    public String of(Text text) {
        return text.in(locale, loader);
    }

    /** What a refusal tells a person, in this language (its text; else its message). */
    public String of(Throwable refusal) {
        return Text.describe(refusal, locale, loader);
    }

    /** The label of an enum constant: key {@code <enum simple name>.<constant>}; "" for none. */
    public String of(Enum<?> value) {
        return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
