package org.qiaoyun.kernel.registry;

import java.util.Locale;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * What a federation enters to nominate: the award and its year, the nominee (a person's name, or a unit's), the
 * citation of their deeds, and the federation above that awards the title.
 */
public record NominationInput(Nomination.Award award, Integer year, String nominee, String citation, String awardingTenant) {

    public NominationInput {
        if (award == null) {
            throw new InvalidInputException("award", Text.of("kernel.registry.nomination-award", "?"));
        }
        if (year == null) {
            throw new InvalidInputException("year", Text.of("kernel.registry.text-required"));
        }
        nominee = Texts.required("nominee", nominee, 100);
        citation = Texts.required("citation", citation, 2000);
        awardingTenant = Texts.required("awardingTenant", awardingTenant, 63);
    }

    /** A year for which nominations are made now: last year, this year or the next ({@code thisYear} in Beijing). */
    void checkYear(int thisYear) {
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw new InvalidInputException("year", Text.of("kernel.registry.model-year", year));
        }
    }

    /** An award by its wire name ({@code worker}, {@code volunteer}, {@code model-unit}), refused naming the field otherwise. */
    public static Nomination.Award award(String wire) {
        if (wire != null) {
            for (Nomination.Award award : Nomination.Award.values()) {
                if (award.wireName().equals(wire.strip().toLowerCase(Locale.ROOT))) {
                    return award;
                }
            }
        }
        throw new InvalidInputException("award", Text.of("kernel.registry.nomination-award", String.valueOf(wire)));
    }
}
