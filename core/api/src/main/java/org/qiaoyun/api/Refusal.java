package org.qiaoyun.api;

/**
 * An exception a person reads: what it says is a {@link Text}, so that every screen and every REST
 * answer renders it in the reader's language. Its {@link Throwable#getMessage() message} is the English
 * text, for logs and for clients that name no language.
 */
public interface Refusal {

    /** What the person is told; null when the refusal has no code of its own. */
    Text text();

    /**
     * The field of the request or form at fault ({@code "residentId"}), or null when the refusal concerns
     * the whole: screens show it beside that field, REST names it in the problem.
     */
    default String field() {
        return null;
    }

    /**
     * The English text of a refusal raised by the class that called the exception's constructor. Like
     * {@link java.util.ResourceBundle#getBundle(String)}, the texts are those its class loader sees: a
     * module's refusals speak from the module's jar without naming it.
     */
    static String english(Text text) {
        Class<?> raiser = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(StackWalker.StackFrame::getDeclaringClass)
                .filter(type -> !Throwable.class.isAssignableFrom(type) && type != Refusal.class)
                .findFirst().orElse(Refusal.class));
        ClassLoader loader = raiser.getClassLoader() == null ? Refusal.class.getClassLoader() : raiser.getClassLoader();
        return text.in(Text.ENGLISH, loader);
    }
}
