package org.qiaoyun.plugins.volunteers.volunteer;

import java.time.LocalDate;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * A volunteer's accident insurance policy, which the organiser of a risky activity arranges (志愿服务条例
 * 2017, Art. 17): insurer, policy number, and the days it covers (both included).
 */
public record Insurance(String insurer, String policyNumber, LocalDate validFrom, LocalDate validUntil) {

    public Insurance {
        if (insurer == null || insurer.isBlank() || insurer.strip().length() > 100) {
            throw new InvalidInputException("insurer", Text.of("volunteers.insurance.insurer-required"));
        }
        if (policyNumber == null || policyNumber.isBlank() || policyNumber.strip().length() > 60) {
            throw new InvalidInputException("policyNumber", Text.of("volunteers.insurance.policy-number-required"));
        }
        if (validFrom == null) {
            throw new InvalidInputException("validFrom", Text.of("volunteers.insurance.valid-from-required"));
        }
        if (validUntil == null || validUntil.isBefore(validFrom)) {
            throw new InvalidInputException("validUntil", Text.of("volunteers.insurance.valid-until-after-from"));
        }
        insurer = insurer.strip();
        policyNumber = policyNumber.strip();
    }

    /** Whether the policy covers this day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
