package org.qiaoyun.api.rights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;

/**
 * What a module keeps about one person, for the rights the Personal Information Protection Law gives them (arts.
 * 44-47): to know what is kept, to have a copy, to have it corrected, to have it erased. A module offers it through
 * {@code Module.services()}; the platform asks every module open in the federation, checks its caller (the
 * federation's admins), audits every search, copy and erasure without the person's details, and hands the module
 * the federation's scope with that caller in it.
 */
public interface PersonalData {

    /**
     * Whom the request is about: a document number, a phone number or an email address, each as the person gave it
     * (a module compares them as it keeps them: an ID number by its keyed hash, a phone by its digits).
     */
    record Person(String documentNumber, String phone, String email) {

        public Person {
            documentNumber = blankless(documentNumber);
            phone = blankless(phone);
            email = blankless(email);
        }

        /** The phone's digits alone (spaces, dashes and a leading + dropped), or null. */
        public String phoneDigits() {
            return phone == null ? null : phone.replaceAll("[^0-9]", "");
        }

        /**
         * Whether a phone number as a module keeps it is this person's: the same digits, however either is written,
         * with China's country code ({@code +86}, {@code 0086}) before a mobile number set aside.
         */
        public boolean hasPhone(String kept) {
            String mine = national(phoneDigits());
            return mine != null && mine.length() >= 5 && kept != null && mine.equals(national(kept.replaceAll("[^0-9]", "")));
        }

        /**
         * The documents the number given may be, of every kind whose rules it meets (a resident ID and a residence
         * permit by their check character, the others by their shape), so that a module finds the person by the keyed
         * hash whatever document they registered with. A foreign passport is hashed with its issuing state, which a
         * request does not name: it is not among them (the holder is found by phone or email).
         */
        public List<IdentityDocument> documents(LocalDate today) {
            List<IdentityDocument> documents = new ArrayList<>();
            if (documentNumber == null) {
                return documents;
            }
            for (DocumentKind kind : DocumentKind.values()) {
                if (kind == DocumentKind.FOREIGN_PASSPORT) {
                    continue;
                }
                try {
                    documents.add(IdentityDocument.of(kind, documentNumber, null, today));
                } catch (org.qiaoyun.api.InvalidInputException notOfThisKind) {
                    // the number is not of this kind: try the next
                }
            }
            return documents;
        }

        /**
         * The keyed hashes a module's rows are looked up by: of every document the number may be ({@link #documents}),
         * under each key of the module's vault (the current and, during a rotation, the previous). None without a
         * number or without a vault (a module with no key keeps no numbers).
         */
        public List<String> documentHashes(IdVault vault, LocalDate today) {
            return vault == null ? List.of() : documents(today).stream().flatMap(d -> vault.hashes(d).stream()).toList();
        }

        /**
         * A {@code like} pattern for the rows whose phone may be this person's: the same last four digits
         * ({@code %1234}), which a query asks the database for before {@link #hasPhone} compares the digits; null when
         * the phone has too few digits to name anyone.
         */
        public String phoneTail() {
            String digits = phoneDigits();
            return digits == null || digits.length() < 5 ? null : "%" + digits.substring(digits.length() - 4);
        }

        private static String national(String digits) {
            if (digits == null) {
                return null;
            }
            if (digits.length() == 15 && digits.startsWith("00861")) {
                return digits.substring(4);
            }
            if (digits.length() == 13 && digits.startsWith("861")) {
                return digits.substring(2);
            }
            return digits;
        }

        private static String blankless(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * One field of a record: its name (a text of the module, in the reader's language) and its value as kept, or a
     * coded value named by a text of the module ({@code coded}: a standing, a category) instead.
     */
    record Field(Text label, String value, Text coded) {

        /** A value as kept: a name, a phone number, a date. */
        public static Field of(Text label, String value) {
            return new Field(label, value, null);
        }

        /** A coded value, named in the reader's language. */
        public static Field named(Text label, Text value) {
            return new Field(label, null, value);
        }
    }

    /**
     * A field of a record the module corrects at the person's request (PIPL art. 46): the name a {@link Correction}
     * gives it by, its label in the reader's language, and the value kept now.
     */
    record Correctable(String name, Text label, String value) {
    }

    /**
     * One record about the person: what kind of record it is, its fields as the module keeps them, and the fields the
     * module can correct with the version they were read at (none: the record is not corrected here).
     */
    record Kept(String recordId, Text kind, List<Field> fields, long version, List<Correctable> correctable) {

        public Kept {
            fields = List.copyOf(fields);
            correctable = List.copyOf(correctable);
        }

        /** A record nothing of which is corrected here. */
        public Kept(String recordId, Text kind, List<Field> fields) {
            this(recordId, kind, fields, 0, List.of());
        }

        /** Whether the field named is one the module corrects on this record. */
        public boolean corrects(String name) {
            return correctable.stream().anyMatch(c -> c.name().equals(name));
        }
    }

    /**
     * A correction of one record (PIPL art. 46): new values by the names {@link Kept#correctable} gave (blank: nothing
     * kept), made to the {@code version} the record was read at. A value longer than {@value #LONGEST} characters is
     * refused naming its field.
     */
    record Correction(String recordId, long version, Map<String, String> values) {

        /** The longest value a correction carries: names, phones and addresses are all shorter. */
        public static final int LONGEST = 200;

        public Correction {
            Map<String, String> copy = new LinkedHashMap<>();
            (values == null ? Map.<String, String>of() : values).forEach((name, value) -> {
                String kept = value == null || value.isBlank() ? null : value.strip();
                if (kept != null && kept.length() > LONGEST) {
                    throw new InvalidInputException(name, Text.of("platform.rights.too-long", LONGEST));
                }
                copy.put(name, kept);
            });
            values = Collections.unmodifiableMap(copy);
        }

        /** The new value of the field if the correction names it (null: none kept), else the value kept now. */
        public String value(String name, String now) {
            return values.containsKey(name) ? values.get(name) : now;
        }

        /**
         * {@link #value} for a phone number: refused naming the field unless it is written as phones are (digits,
         * spaces, dashes, brackets, a leading +) with 5 to 20 digits.
         */
        public String phone(String name, String now) {
            String phone = value(name, now);
            if (values.containsKey(name) && phone != null) {
                long digits = phone.chars().filter(Character::isDigit).count();
                if (!phone.matches("\\+?[0-9 ()\\-]+") || digits < 5 || digits > 20) {
                    throw new InvalidInputException(name, Text.of("platform.rights.phone"));
                }
            }
            return phone;
        }
    }

    /** The records of the scope's federation that are about the person (none is an answer too). */
    List<Kept> find(TenantScope scope, Person person);

    /**
     * Erases the personal details of one record {@link #find} gave, keeping what is no one's (counts, amounts, dates),
     * and audits it; a record that may not be erased yet is refused with a reason ({@code RefusalException}).
     */
    void erase(TenantScope scope, String recordId);

    /**
     * Corrects fields of one record {@link #find} gave, among those its {@link Kept#correctable} named (the platform
     * refuses any other before asking), as the module's own rules allow (a value they refuse: {@code
     * InvalidInputException} naming the field); a record changed since its version was read is refused ({@code
     * StaleVersionException}). Audited by the module with the names of the fields, never their values. A module that
     * corrects nothing keeps this refusal.
     */
    default void correct(TenantScope scope, Correction correction) {
        throw new ConflictException(null, Text.of("platform.rights.not-corrected"));
    }
}
