package org.qiaoyun.api;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Something a person is told, as a stable code and its arguments, rendered in their language where it
 * is shown: on a screen in the screen's language, in REST by the request's {@code Accept-Language}.
 * Codes begin with the module's id ({@code aid.case.approver-is-submitter}) or {@code kernel.}; the
 * texts live in resource bundles, Chinese in {@code texts/<module id>.properties} and English in
 * {@code texts/<module id>_en.properties} of the module's jar, with {@code {0}}, {@code {1}} for the
 * arguments ({@link MessageFormat}: a quote is written twice). An argument that is itself a text (the
 * name of a status, a level) is rendered in the same language.
 */
public record Text(String code, List<Object> arguments) {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        Objects.requireNonNull(code, "code");
        // an argument may be missing (the code a refusal names was not given at all): it shows as nothing
        arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
    }

    public static Text of(String code, Object... arguments) {
        return new Text(code, Arrays.asList(arguments));
    }

    /**
     * The language to answer a request in, from the languages it accepts in order ({@code Accept-Language}):
     * Chinese for the first {@code zh*}, English for the first {@code en*}, English when it names neither.
     */
    public static Locale languageOf(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("zh")) {
                return CHINESE;
            }
            if (locale.getLanguage().equals("en")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    /** Marks a kept text in a column that otherwise holds plain words (older audit summaries, typed comments): control
     * characters no one types, and not whitespace, which {@code strip()} would take away. */
    private static final String KEPT = "\u0002text";
    private static final String BETWEEN = "\u0002";
    private static final String INNER = "\u0003";

    /**
     * This text as one value to keep in a column (an audit summary, a timeline note), so that it is shown
     * later in each reader's language: its code and its arguments, each as its string (an argument that is
     * itself a text keeps its code; its own arguments are not kept).
     */
    public String stored() {
        StringBuilder kept = new StringBuilder(KEPT).append(BETWEEN).append(code);
        for (Object argument : arguments) {
            kept.append(BETWEEN).append(argument instanceof Text inner ? INNER + inner.code()
                    : argument == null ? "" : argument.toString().replace(BETWEEN, " ").replace(INNER, " "));
        }
        return kept.toString();
    }

    /** The text kept by {@link #stored()}; empty for plain words (what was written before, or typed by a person). */
    public static java.util.Optional<Text> fromStored(String kept) {
        if (kept == null || !kept.startsWith(KEPT + BETWEEN)) {
            return java.util.Optional.empty();
        }
        String[] parts = kept.substring(KEPT.length() + 1).split(BETWEEN, -1);
        Object[] arguments = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            arguments[i - 1] = parts[i].startsWith(INNER) ? Text.of(parts[i].substring(1)) : parts[i];
        }
        return java.util.Optional.of(Text.of(parts[0], arguments));
    }

    /** Whose texts these are: the module id (or {@code kernel}) before the first dot. */
    public String owner() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /**
     * The text in the language of {@code locale} (English for {@code en}, Chinese otherwise), from the
     * bundles {@code loader} sees. A code without a text shows as itself, which the bundles' tests forbid.
     */
    public String in(Locale locale, ClassLoader loader) {
        Object[] shown = arguments.stream().map(a -> a == null ? "" : a instanceof Text inner ? inner.in(locale, loader) : a).toArray();
        try {
            ResourceBundle bundle = bundle(owner(), loader, locale);
            return new MessageFormat(bundle.getString(code), bundle.getLocale()).format(shown);
        } catch (MissingResourceException e) {
            return code + " " + Arrays.toString(shown);
        }
    }

    /** A module's (or the kernel's) texts in one language: Chinese is the root bundle, English {@code _en}. */
    public static ResourceBundle bundle(String owner, ClassLoader loader, Locale locale) {
        return ResourceBundle.getBundle("texts." + owner, isEnglish(locale) ? ENGLISH : Locale.ROOT, loader, NO_FALLBACK);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    /**
     * What a failure says to a person in the language of {@code locale}: a refusal's text from the bundles
     * {@code loader} sees (a module's own loader sees the kernel's texts too), any other failure's message.
     */
    public static String describe(Throwable failure, Locale locale, ClassLoader loader) {
        if (failure instanceof Refusal refusal && refusal.text() != null) {
            return refusal.text().in(locale, loader);
        }
        return failure.getMessage();
    }
}
