package org.qiaoyun.kernel.registry;

import java.time.LocalDate;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * What an admin enters for a federation's organisation record, checked field by field (a refusal names the
 * field). Dates are checked against today in Beijing, which the service passes in.
 *
 * @param served the people the organisation serves, by kind: returnees (归侨), relatives (侨眷), overseas Chinese and
 *               their relatives (华侨及其眷属), returned students (留学人员), new migrants (新侨)
 */
public record ProfileInput(OrganisationForm form, InstitutionKind institutionKind, Uscc uscc, LocalDate foundedOn, String address,
                           String chair, String contactPhone, LocalDate lastElection, int termYears, int staffFullTime,
                           int staffPartTime, Served served) {

    /** The people served, by kind. */
    public record Served(int returnees, int relatives, int overseasChinese, int returnedStudents, int newMigrants) {
        public Served {
            count("returnees", returnees);
            count("relatives", relatives);
            count("overseasChinese", overseasChinese);
            count("returnedStudents", returnedStudents);
            count("newMigrants", newMigrants);
        }

        public int total() {
            return returnees + relatives + overseasChinese + returnedStudents + newMigrants;
        }
    }

    public static final int DEFAULT_TERM_YEARS = 5;

    public ProfileInput {
        if (form == null || form == OrganisationForm.NONE) {
            throw new InvalidInputException("form", Text.of("kernel.registry.profile-form"));
        }
        address = text("address", address, 200);
        chair = text("chair", chair, 50);
        contactPhone = text("contactPhone", contactPhone, 30);
        if (contactPhone != null && !contactPhone.matches("[0-9+() -]{5,30}")) {
            throw new InvalidInputException("contactPhone", Text.of("kernel.registry.contact-phone", contactPhone));
        }
        if (termYears < 1 || termYears > 10) {
            throw new InvalidInputException("termYears", Text.of("kernel.registry.term-years", termYears));
        }
        count("staffFullTime", staffFullTime);
        count("staffPartTime", staffPartTime);
        served = served == null ? new Served(0, 0, 0, 0, 0) : served;
    }

    /** The dates against today: founded after 1900 and not in the future; the last election between founding and today. */
    void checkDates(LocalDate today) {
        if (foundedOn != null && (foundedOn.isBefore(LocalDate.of(1900, 1, 1)) || foundedOn.isAfter(today))) {
            throw new InvalidInputException("foundedOn", Text.of("kernel.registry.founded-on", foundedOn.toString()));
        }
        if (lastElection != null && (lastElection.isAfter(today) || foundedOn != null && lastElection.isBefore(foundedOn)
                || lastElection.isBefore(LocalDate.of(1900, 1, 1)))) {
            throw new InvalidInputException("lastElection", Text.of("kernel.registry.last-election", lastElection.toString()));
        }
    }

    private static void count(String field, int value) {
        if (value < 0 || value > Area.MAX_PEOPLE) {
            throw new InvalidInputException(field, Text.of("kernel.registry.count-range", Area.MAX_PEOPLE));
        }
    }

    private static String text(String field, String value, int max) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > max) {
            throw new InvalidInputException(field, Text.of("kernel.registry.text-too-long", max));
        }
        return stripped;
    }
}
