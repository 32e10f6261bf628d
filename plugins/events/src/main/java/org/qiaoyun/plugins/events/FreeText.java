package org.qiaoyun.plugins.events;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * What a person typed into a field: stripped, blank taken as nothing, bounded before the database bounds
 * it, each refusal naming the field (in the reader's language: the field's name is a text too).
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text, or null when blank; refused when longer than {@code max}. */
    public static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String kept = text.strip();
        if (kept.length() > max) {
            throw new InvalidInputException(field, Text.of("events.text.too-long", Text.of("events.field." + field), max));
        }
        return kept;
    }

    /** The text; refused when blank (naming the field) or longer than {@code max}. */
    public static String required(String text, int max, String field) {
        return required(text, max, field, "events.field." + field);
    }

    /** The same, where the field's name on the form is another text than its own ({@code title} of an edition). */
    public static String required(String text, int max, String field, String label) {
        if (text != null && text.strip().length() > max) {
            throw new InvalidInputException(field, Text.of("events.text.too-long", Text.of(label), max));
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, Text.of("events.text.required", Text.of(label)));
        }
        return text.strip();
    }
}
