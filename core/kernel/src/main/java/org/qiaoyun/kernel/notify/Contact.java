package org.qiaoyun.kernel.notify;

import java.util.Locale;
import java.util.regex.Pattern;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * The rules of a person's contact details, in one place: what the users API, the user dialog, accounts and
 * notifications to bare addresses all check. A refusal names the field at fault ({@code email}, {@code mobile}).
 */
public final class Contact {

    /** Something@somewhere.tld, no spaces, at most 254 characters (RFC 5321's path limit). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** A mainland mobile (11 digits, 13x-19x) or an international number with its + and country code (E.164). */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}|\\+[1-9]\\d{6,14}");

    private Contact() {
    }

    /** The email address stripped and its domain in lower case; null for nothing given; refused when it is none. */
    public static String email(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException(field, Text.of("kernel.contact.email-format"));
        }
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The mobile number without spaces or hyphens (+86 dropped for a mainland number); null for nothing given. */
    public static String mobile(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String number = value.replaceAll("[\\s-]", "");
        if (number.startsWith("+86") && number.length() == 14) {
            number = number.substring(3);
        }
        if (!MOBILE.matcher(number).matches()) {
            throw new InvalidInputException(field, Text.of("kernel.contact.mobile-format"));
        }
        return number;
    }

    /** The language a person reads: {@code en} or {@code zh} (the default); refused otherwise. */
    public static String language(String field, String value) {
        if (value == null || value.isBlank()) {
            return "zh";
        }
        String language = value.strip().toLowerCase(Locale.ROOT);
        if (!language.equals("zh") && !language.equals("en")) {
            throw new InvalidInputException(field, Text.of("kernel.contact.language"));
        }
        return language;
    }
}
