package org.qiaoyun.api;

/**
 * The base of the platform's refusals: an exception that says a {@link Text} (rendered in the reader's
 * language where it is shown) and whose message is that text in English. Refusals made from a plain
 * message (without a code) say their message everywhere.
 */
public abstract class RefusalException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final transient Text text;

    protected RefusalException(String message) {
        super(message);
        this.text = null;
    }

    protected RefusalException(Text text) {
        super(Refusal.english(text));
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
