package org.qiaoyun.kernel.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.qiaoyun.api.Text;

/**
 * Renders {@link Text}s in Chinese or English, wherever the code came from: the kernel's texts are in its
 * own jar ({@code texts/kernel.properties}, {@code texts/kernel_en.properties}); a module's are in its jar
 * under its id, found through the class loader the kernel registered for it when the module started.
 * Chinese is the platform's first language; English is for people who chose it and for REST clients that
 * name no language.
 */
public final class Texts {

    public static final Locale CHINESE = Text.CHINESE;
    public static final Locale ENGLISH = Text.ENGLISH;
    private static final String KERNEL = "kernel";

    private final Map<String, ClassLoader> loaders = new ConcurrentHashMap<>();

    public Texts() {
        loaders.put(KERNEL, Texts.class.getClassLoader());
    }

    /** Where a module's texts are found: its plugin's class loader. */
    public void register(String moduleId, ClassLoader loader) {
        loaders.put(moduleId, loader);
    }

    /** The text in the language of {@code locale} (English for {@code en}, Chinese otherwise). */
    public String render(Text text, Locale locale) {
        return text.in(locale, loaders.getOrDefault(text.owner(), Texts.class.getClassLoader()));
    }

    /** Whether the bundles of the code's owner hold a text for {@code code} in Chinese and in English. */
    public boolean has(String code) {
        String owner = Text.of(code).owner();
        ClassLoader loader = loaders.get(owner);
        if (loader == null) {
            return false;
        }
        try {
            return Text.bundle(owner, loader, CHINESE).containsKey(code) && Text.bundle(owner, loader, ENGLISH).containsKey(code);
        } catch (java.util.MissingResourceException e) {
            return false;
        }
    }

    /**
     * The notification kinds of {@code owner} (the kernel or a module): every code whose bundles hold its name, its
     * {@code .subject} and its {@code .body}, sorted.
     */
    public List<String> notificationKinds(String owner) {
        ClassLoader loader = loaders.get(owner);
        if (loader == null) {
            return List.of();
        }
        try {
            ResourceBundle chinese = Text.bundle(owner, loader, CHINESE);
            return chinese.keySet().stream().filter(key -> key.endsWith(".subject"))
                    .map(key -> key.substring(0, key.length() - ".subject".length()))
                    .filter(kind -> chinese.containsKey(kind) && chinese.containsKey(kind + ".body") && has(kind + ".subject"))
                    .sorted().toList();
        } catch (java.util.MissingResourceException e) {
            return List.of();
        }
    }

    /**
     * A kept summary or note in the reader's language: a text kept by {@link Text#stored()} rendered by its
     * code, plain words (written before codes were kept, or typed by a person) as they are.
     */
    public String kept(String value, Locale locale) {
        return Text.fromStored(value).map(text -> render(text, locale)).orElse(value);
    }

    /** What a failure says to a person: its text in their language, or its message if it has none. */
    public String render(Throwable failure, Locale locale) {
        if (failure instanceof org.qiaoyun.api.Refusal refusal && refusal.text() != null) {
            return render(refusal.text(), locale);
        }
        return failure.getMessage();
    }

    /**
     * The name of an audit action for people ({@code aid.case.approve} → 个案批准), from the bundles of the
     * module that wrote it ({@code aid.audit.case.approve}) or the kernel's ({@code kernel.audit.login.success});
     * an action without a name there shows as itself.
     */
    public String actionName(String action, Locale locale) {
        int dot = action.indexOf('.');
        String owner = dot > 0 && loaders.containsKey(action.substring(0, dot)) && !action.startsWith(KERNEL + ".")
                ? action.substring(0, dot) : KERNEL;
        String code = owner.equals(KERNEL) ? KERNEL + ".audit." + action : owner + ".audit." + action.substring(dot + 1);
        try {
            return Text.bundle(owner, loaders.get(owner), locale).getString(code);
        } catch (java.util.MissingResourceException e) {
            // what the platform does on every module's behalf (a file attached to a record) is named by the kernel
            if (!owner.equals(KERNEL)) {
                try {
                    return Text.bundle(KERNEL, loaders.get(KERNEL), locale).getString(KERNEL + ".audit.in-module." + action.substring(dot + 1));
                } catch (java.util.MissingResourceException ignored) {
                    // a module's action it did not name: shown by its code
                }
            }
            return action;
        }
    }

    /** A kernel text in English: the message of the kernel's refusals, for logs and clients naming no language. */
    public static String english(Text text) {
        return text.in(ENGLISH, Texts.class.getClassLoader());
    }

    /** Chinese for {@code zh*} among the languages a request accepts, English otherwise (and when it names none). */
    public static Locale of(List<Locale> acceptable) {
        return org.qiaoyun.api.Text.languageOf(acceptable);
    }

    public static boolean isEnglish(Locale locale) {
        return Text.isEnglish(locale);
    }

    /** The bundle of one module (or the kernel) in one language. */
    public static ResourceBundle bundle(String owner, ClassLoader loader, Locale locale) {
        return Text.bundle(owner, loader, locale);
    }
}
