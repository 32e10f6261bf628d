package org.qiaoyun.plugins.events.registration;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.FreeText;

/**
 * Who signs up, as they gave it: a name, a phone or an email (at least one, so that they can be told), where
 * they live, their organisation, how many companions come with them, a note, and whether they agreed that the
 * data is kept for the purpose and as long as the consent text says. Built only valid: each refusal names its field.
 */
public record Guest(String name, String phone, String email, String country, String organisation, int companions, String notes,
                    boolean consented) {

    public static final int NAME = 50;
    public static final int PHONE = 20;
    public static final int EMAIL = 100;
    public static final int COUNTRY = 50;
    public static final int ORGANISATION = 100;
    public static final int NOTES = 500;
    public static final int MOST_COMPANIONS = 10;

    /** Reads what was typed; {@code companions} as typed too (blank is none). */
    public static Guest of(String name, String phone, String email, String country, String organisation, String companions, String notes,
                           boolean consented) {
        String keptName = FreeText.required(name, NAME, "name");
        String keptPhone = phone(phone);
        String keptEmail = email(email);
        if (keptPhone == null && keptEmail == null) {
            throw new InvalidInputException("phone", Text.of("events.guest.phone-or-email"));
        }
        if (!consented) {
            throw new InvalidInputException("consent", Text.of("events.guest.consent-required"));
        }
        return new Guest(keptName, keptPhone, keptEmail, FreeText.optional(country, COUNTRY, "country"),
                FreeText.optional(organisation, ORGANISATION, "organisation"), companions(companions), FreeText.optional(notes, NOTES, "notes"),
                true);
    }

    /** People this registration brings: the guest and their companions. */
    public int people() {
        return 1 + companions;
    }

    public Region region() {
        return Region.of(country);
    }

    static String phone(String typed) {
        String kept = FreeText.optional(typed, PHONE + 10, "phone");
        if (kept == null) {
            return null;
        }
        String digits = kept.replaceAll("[\\s()\\-]", "");
        if (!digits.matches("\\+?[0-9]{6,19}")) {
            throw new InvalidInputException("phone", Text.of("events.guest.phone-format"));
        }
        return digits;
    }

    public static String email(String typed) {
        String kept = FreeText.optional(typed, EMAIL, "email");
        if (kept == null) {
            return null;
        }
        if (!kept.matches("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")) {
            throw new InvalidInputException("email", Text.of("events.guest.email-format"));
        }
        return kept.toLowerCase(java.util.Locale.ROOT);
    }

    private static int companions(String typed) {
        if (typed == null || typed.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= 0 && n <= MOST_COMPANIONS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the field
        }
        throw new InvalidInputException("companions", Text.of("events.guest.companions-range", MOST_COMPANIONS));
    }
}
