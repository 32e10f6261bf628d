package org.qiaoyun.kernel.registry;

import java.time.LocalDate;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/** A visit as the cadre reports it; the day is required and not in the future, a follow-up not before the visit. */
public record VisitInput(LocalDate day, String met, String problems, String help, LocalDate followUpBy) {

    public VisitInput {
        if (day == null) {
            throw new InvalidInputException("day", Text.of("kernel.registry.visit-day"));
        }
        met = Texts.optional("met", met, 200);
        problems = Texts.optional("problems", problems, 1000);
        help = Texts.optional("help", help, 1000);
        if (followUpBy != null && followUpBy.isBefore(day)) {
            throw new InvalidInputException("followUpBy", Text.of("kernel.registry.follow-up-before", followUpBy.toString()));
        }
    }

    void checkDay(LocalDate today) {
        if (day.isAfter(today) || day.isBefore(today.minusYears(5))) {
            throw new InvalidInputException("day", Text.of("kernel.registry.visit-day-range", day.toString()));
        }
    }
}
