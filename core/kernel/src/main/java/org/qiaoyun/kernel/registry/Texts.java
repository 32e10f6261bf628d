package org.qiaoyun.kernel.registry;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/** The registry's text fields: stripped, blank as absent, refused naming the field when too long or missing. */
final class Texts {

    private Texts() {
    }

    static String optional(String field, String value, int max) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > max) {
            throw new InvalidInputException(field, Text.of("kernel.registry.text-too-long", max));
        }
        return stripped;
    }

    static String required(String field, String value, int max) {
        String kept = optional(field, value, max);
        if (kept == null) {
            throw new InvalidInputException(field, Text.of("kernel.registry.text-required"));
        }
        return kept;
    }
}
