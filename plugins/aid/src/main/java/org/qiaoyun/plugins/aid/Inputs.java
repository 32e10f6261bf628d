package org.qiaoyun.plugins.aid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.qiaoyun.api.InvalidInputException;

/** Reads the values of API requests, naming the field when one is wrong. */
public final class Inputs {

    private Inputs() {
    }

    /** An enum constant, matched case-insensitively; null stays null. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date like 2026-11-25");
        }
    }

    /** Refuses a missing request body. */
    public static void body(Object body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON body is required");
        }
    }

    /** An enum constant as the API spells it: lowercase. */
    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static void page(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInputException("size", "size must be between 1 and 200");
        }
    }
}
