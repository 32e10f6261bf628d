package org.qiaoyun.kernel.registry;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * A unified social credit code (统一社会信用代码) under GB 32100-2015: 18 characters of the alphabet
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V or Z), read as registration authority (1), organisation
 * type (1), administrative division (6 digits, GB/T 2260), organisation code (9, GB 11714, with its own check
 * character) and the check character of the whole. Each check is the standard's own; a refusal names which
 * part is wrong, always on the field {@code uscc}.
 */
public record Uscc(String value) {

    /** The code's alphabet; a character's value is its place in it (0..30). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String FIELD = "uscc";

    public Uscc {
        value = checked(value);
    }

    /** Null or blank stays null: the code is optional (a group registered without one). */
    public static Uscc ofNullable(String value) {
        return value == null || value.isBlank() ? null : new Uscc(value);
    }

    /** The six digits of the administrative division where the organisation was registered. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    private static String checked(String raw) {
        if (raw == null) {
            throw refused("kernel.registry.uscc-length", 0);
        }
        String code = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 18) {
            throw refused("kernel.registry.uscc-length", code.length());
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw refused("kernel.registry.uscc-character", String.valueOf(code.charAt(i)), i + 1);
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            throw refused("kernel.registry.uscc-division", code.substring(2, 8));
        }
        char organisationCheck = OrganisationCode.checkCharacter(code.substring(8, 16));
        if (code.charAt(16) != organisationCheck) {
            throw refused("kernel.registry.uscc-organisation-code", code.substring(8, 17));
        }
        char check = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != check) {
            throw refused("kernel.registry.uscc-check", String.valueOf(code.charAt(17)));
        }
        return code;
    }

    /**
     * The check character of the first 17: weights 3^(i-1) mod 31 for the i-th character, check value
     * 31 - (sum mod 31), where 31 stands for 0.
     */
    static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int value = 31 - sum % 31;
        return ALPHABET.charAt(value == 31 ? 0 : value);
    }

    private static InvalidInputException refused(String code, Object... arguments) {
        return new InvalidInputException(FIELD, Text.of(code, arguments));
    }
}
