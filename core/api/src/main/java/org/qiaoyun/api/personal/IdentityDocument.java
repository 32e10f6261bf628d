package org.qiaoyun.api.personal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * An identity document of a person served: its kind, its number checked as the issuer defines it, and
 * for a foreign passport the issuing state. It cannot be built invalid. Where the number carries a
 * check character (the resident ID card, the residence permit of Hong Kong, Macao and Taiwan residents,
 * the 2023 permanent residence card of foreigners: all GB 11643's MOD 11-2), a wrong one is refused;
 * where it carries only a shape (passports, travel permits, the older permanent residence card), the
 * shape is checked.
 *
 * <p>The travel permits carry the holder's lifetime number (终身号) and, on older forms, how often the
 * permit was issued: {@link #holder()} is the lifetime part, so that the old and the new permit of one
 * person are found to be the same holder. Its value is personal data: keep it encrypted, show it masked.
 */
public final class IdentityDocument {

    /** The field a refused number is named by (a resident ID number keeps its own, {@code residentId}). */
    public static final String FIELD = "documentNumber";
    public static final String COUNTRY_FIELD = "issuingCountry";

    private static final Pattern CHINESE_PASSPORT = Pattern.compile("[EGDSP][A-Z0-9]\\d{7}|[DSP]\\d{7}");
    private static final Pattern FOREIGN_PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern HK_MACAO = Pattern.compile("([HM]\\d{8})(\\d{2})?");
    private static final Pattern TAIWAN = Pattern.compile("(\\d{8})(\\d{2}(\\([A-Z0-9]\\))?)?");
    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern PERMANENT_2023 = Pattern.compile("9\\d{16}[0-9X]");
    private static final Pattern PERMANENT_OLD = Pattern.compile("[A-Z]{3}\\d{12}");
    private static final Set<String> RESIDENCE_REGIONS = Set.of("810000", "820000", "830000");
    /** The provinces whose exit-entry offices issue permanent residence cards (GB/T 2260's first two digits). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private final DocumentKind kind;
    private final String number;
    private final String country;
    private final String holder;
    private final LocalDate birthDate;
    private final Boolean male;

    private IdentityDocument(DocumentKind kind, String number, String country, String holder, LocalDate birthDate, Boolean male) {
        this.kind = kind;
        this.number = number;
        this.country = country;
        this.holder = holder;
        this.birthDate = birthDate;
        this.male = male;
    }

    /** A resident ID number, already checked, as a document. */
    public static IdentityDocument of(ResidentId id) {
        return new IdentityDocument(DocumentKind.RESIDENT_ID, id.value(), null, id.value(), id.birthDate(), id.isMale());
    }

    /**
     * Parses and checks a number of the given kind. Spaces are ignored and letters taken in upper case;
     * {@code country} (ISO 3166-1 alpha-3, e.g. {@code USA}) is read for a foreign passport only.
     */
    public static IdentityDocument of(DocumentKind kind, String number, String country, LocalDate today) {
        if (kind == null) {
            throw new InvalidInputException("documentKind", Text.of("platform.document.kind-required"));
        }
        if (kind == DocumentKind.RESIDENT_ID) {
            return of(ResidentId.of(number, today));
        }
        String value = number == null ? "" : number.replaceAll("\\s", "").replace('（', '(').replace('）', ')').toUpperCase(Locale.ROOT);
        return switch (kind) {
            case CHINESE_PASSPORT -> plain(kind, value, CHINESE_PASSPORT);
            case FOREIGN_PASSPORT -> foreignPassport(value, country);
            case HK_MACAO_PERMIT -> permit(kind, value, HK_MACAO);
            case TAIWAN_PERMIT -> permit(kind, value, TAIWAN);
            case HMT_RESIDENCE_PERMIT -> residencePermit(value, today);
            case FOREIGNER_PERMANENT_RESIDENCE -> permanentResidence(value, today);
            case RESIDENT_ID -> throw new IllegalStateException("handled above");
        };
    }

    private static IdentityDocument plain(DocumentKind kind, String value, Pattern shape) {
        requireShape(kind, value, shape);
        return new IdentityDocument(kind, value, null, value, null, null);
    }

    private static IdentityDocument foreignPassport(String value, String country) {
        String state = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (state.isEmpty()) {
            throw new InvalidInputException(COUNTRY_FIELD, Text.of("platform.document.country-required"));
        }
        if (state.equals("CHN")) {
            throw new InvalidInputException(COUNTRY_FIELD, Text.of("platform.document.country-chinese"));
        }
        if (!COUNTRIES.contains(state)) {
            throw new InvalidInputException(COUNTRY_FIELD, Text.of("platform.document.country-unknown", state));
        }
        requireShape(DocumentKind.FOREIGN_PASSPORT, value, FOREIGN_PASSPORT);
        return new IdentityDocument(DocumentKind.FOREIGN_PASSPORT, value, state, value, null, null);
    }

    /** A travel permit: the lifetime number names the holder, whatever issue of the permit it is. */
    private static IdentityDocument permit(DocumentKind kind, String value, Pattern shape) {
        var matcher = shape.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidInputException(FIELD, Text.of(shapeCode(kind)));
        }
        return new IdentityDocument(kind, value, null, matcher.group(1), null, null);
    }

    private static IdentityDocument residencePermit(String value, LocalDate today) {
        DocumentKind kind = DocumentKind.HMT_RESIDENCE_PERMIT;
        requireShape(kind, value, EIGHTEEN);
        if (!RESIDENCE_REGIONS.contains(value.substring(0, 6))) {
            throw new InvalidInputException(FIELD, Text.of("platform.document.residence-region"));
        }
        requireCheck(kind, value);
        LocalDate birth = birthDate(value.substring(6, 14), today);
        return new IdentityDocument(kind, value, null, value, birth, (value.charAt(16) - '0') % 2 == 1);
    }

    /**
     * The 2023 card: 9, the issuing province (2 digits), the nationality (3 digits), the birth date
     * (8), a sequence (3) and the MOD 11-2 check. The older card: the nationality in three letters, then
     * twelve digits (province, birth date as YYMMDD, a sequence) with no published check: its shape is checked.
     */
    private static IdentityDocument permanentResidence(String value, LocalDate today) {
        DocumentKind kind = DocumentKind.FOREIGNER_PERMANENT_RESIDENCE;
        if (PERMANENT_2023.matcher(value).matches()) {
            if (!PROVINCES.contains(value.substring(1, 3))) {
                throw new InvalidInputException(FIELD, Text.of("platform.document.permanent-province"));
            }
            requireCheck(kind, value);
            return new IdentityDocument(kind, value, null, value, birthDate(value.substring(6, 14), today), null);
        }
        requireShape(kind, value, PERMANENT_OLD);
        if (!COUNTRIES.contains(value.substring(0, 3))) {
            throw new InvalidInputException(FIELD, Text.of("platform.document.country-unknown", value.substring(0, 3)));
        }
        if (!PROVINCES.contains(value.substring(3, 5))) {
            throw new InvalidInputException(FIELD, Text.of("platform.document.permanent-province"));
        }
        String yymmdd = value.substring(5, 11);
        if (!existsInEitherCentury(yymmdd)) {
            throw new InvalidInputException(FIELD, Text.of("platform.document.no-such-date"));
        }
        return new IdentityDocument(kind, value, null, value, null, null);
    }

    private static void requireShape(DocumentKind kind, String value, Pattern shape) {
        if (!shape.matcher(value).matches()) {
            throw new InvalidInputException(FIELD, Text.of(shapeCode(kind)));
        }
    }

    private static String shapeCode(DocumentKind kind) {
        return kind.textCode() + ".shape";
    }

    private static void requireCheck(DocumentKind kind, String value) {
        if (ResidentId.checkCharacter(value) != value.charAt(17)) {
            throw new InvalidInputException(FIELD, Text.of(kind.textCode() + ".check"));
        }
    }

    private static LocalDate birthDate(String yyyymmdd, LocalDate today) {
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new InvalidInputException(FIELD, Text.of("platform.document.no-such-date"));
        }
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            throw new InvalidInputException(FIELD, Text.of("platform.document.impossible-date"));
        }
        return birth;
    }

    private static boolean existsInEitherCentury(String yymmdd) {
        for (String century : new String[] {"19", "20"}) {
            try {
                LocalDate.of(Integer.parseInt(century + yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                        Integer.parseInt(yymmdd.substring(4, 6)));
                return true;
            } catch (DateTimeException e) {
                // try the other century: 000229 exists in 2000 only
            }
        }
        return false;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The number as written on the document (upper case, no spaces). */
    public String number() {
        return number;
    }

    /** The issuing state of a foreign passport (ISO 3166-1 alpha-3), else empty. */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /**
     * What names the holder for life: the whole number, but for the travel permits their lifetime number
     * without the count of issues. Two documents with the same kind, country and holder are the same person's.
     */
    public String holder() {
        return holder;
    }

    /** The birth date, where the number carries one whose century is certain. */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** Whether the holder is a man, where the number says (GB 11643's odd sequence). */
    public Optional<Boolean> male() {
        return Optional.ofNullable(male);
    }

    /**
     * The number as screens show it. Eighteen characters: the first four and the last four, as the
     * resident ID ({@code 8100**********1234}); the older permanent residence card: nationality and the
     * last four; the others: a leading letter (the kind of passport, Hong Kong or Macao) and the last three.
     */
    public String masked() {
        int office = number.indexOf('(');
        if (office > 0) {
            return mask(number.substring(0, office)) + number.substring(office); // the issuing office of an old Taiwan permit
        }
        return mask(number);
    }

    private String mask(String number) {
        int length = number.length();
        if (length == 18) {
            return number.substring(0, 4) + "*".repeat(10) + number.substring(14);
        }
        if (kind == DocumentKind.FOREIGNER_PERMANENT_RESIDENCE) {
            return number.substring(0, 3) + "*".repeat(length - 7) + number.substring(length - 4);
        }
        int lead = Character.isLetter(number.charAt(0)) ? 1 : 0;
        int tail = Math.min(3, length - lead - 2);
        return number.substring(0, lead) + "*".repeat(length - lead - tail) + number.substring(length - tail);
    }

    /**
     * What the keyed hash is taken of. A resident ID: its number alone, as always (rows hashed so stay
     * valid). Every other kind: kind, country and holder, so that two kinds' equal numbers never collide.
     */
    String hashInput() {
        if (kind == DocumentKind.RESIDENT_ID) {
            return number;
        }
        return kind.name() + ":" + (country == null ? "" : country) + ":" + holder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityDocument other && other.kind == kind && other.number.equals(number)
                && java.util.Objects.equals(other.country, country);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, number, country);
    }

    @Override
    public String toString() {
        return kind + " " + masked(); // never the full number in logs
    }
}
