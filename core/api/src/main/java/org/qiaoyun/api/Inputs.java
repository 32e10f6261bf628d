package org.qiaoyun.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads the values of module API requests, naming the field when one is wrong, so that the kernel
 * answers 400 problem+json with that field: bodies, times, dates, versions, choices.
 */
public final class Inputs {

    private Inputs() {
    }

    /** Refuses a missing request body. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException(null, Text.of("platform.input.body-required"));
        }
        return body;
    }

    /** A required instant such as 2026-12-01T09:00:00Z. */
    public static Instant instant(String text, String field) {
        Instant value = optionalInstant(text, field);
        if (value == null) {
            throw new InvalidInputException(field, Text.of("platform.input.time-required", field));
        }
        return value;
    }

    public static Instant optionalInstant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("platform.input.time-format", field));
        }
    }

    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("platform.input.date-format", field));
        }
        // no date the platform deals in (a birth, a consent, a visit, a shift) lies before 1900 or after 2199
        if (date.getYear() < 1900 || date.getYear() > 2199) {
            throw new InvalidInputException(field, Text.of("platform.input.date-range", field));
        }
        return date;
    }

    /** A required version number: changes name the version they were made on, so that none overwrites another. */
    public static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", Text.of("platform.input.version-required"));
        }
        return version;
    }

    /** An enum constant, matched case-insensitively; null stays null. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            // coded, so that a client asking in Chinese reads Chinese; the values are the API's own words
            throw new InvalidInputException(field, Text.of("platform.input.choice", field,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Inputs::lower).toList())));
        }
    }

    /** An enum constant as the API spells it: lowercase. */
    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
