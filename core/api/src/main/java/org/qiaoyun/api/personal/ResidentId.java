package org.qiaoyun.api.personal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * A resident identity card number under GB 11643-1999: six digits of region, eight of birth date,
 * three of sequence (odd for men, even for women) and a check character over the first seventeen
 * (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the sum modulo 11 picks from {@code 10X98765432}).
 * It cannot be built invalid. Its value is personal data: keep it encrypted at rest, show it masked.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
    private static final String FIELD = "residentId";

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and checks a number; a lowercase x is accepted for the check character. */
    public static ResidentId of(String text, LocalDate today) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInputException(FIELD, Text.of("platform.resident-id.shape"));
        }
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidInputException(FIELD, Text.of("platform.resident-id.check"));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidInputException(FIELD, Text.of("platform.resident-id.no-such-date"));
        }
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            throw new InvalidInputException(FIELD, Text.of("platform.resident-id.impossible-date"));
        }
        return new ResidentId(value, birth);
    }

    /** The check character the first seventeen digits call for. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** The number as screens show it: region prefix and last four, e.g. {@code 4401**********1234}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked(); // never the full number in logs
    }
}
