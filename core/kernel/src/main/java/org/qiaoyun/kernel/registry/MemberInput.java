package org.qiaoyun.kernel.registry;

import java.time.LocalDate;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * What an admin enters for a committee member, checked field by field: a name and a position (both required), the
 * term's first day (required) and its last (optional while the term is open-ended, never before the first).
 */
public record MemberInput(String name, String position, LocalDate termStart, LocalDate termEnd) {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    public MemberInput {
        name = Texts.required("name", name, 50);
        position = Texts.required("position", position, 50);
        if (termStart == null) {
            throw new InvalidInputException("termStart", Text.of("kernel.registry.term-start-required"));
        }
        if (termStart.isBefore(EARLIEST) || termStart.isAfter(LATEST)) {
            throw new InvalidInputException("termStart", Text.of("kernel.registry.term-date", termStart.toString()));
        }
        if (termEnd != null && (termEnd.isBefore(termStart) || termEnd.isAfter(LATEST))) {
            throw new InvalidInputException("termEnd", Text.of("kernel.registry.term-end", termEnd.toString(), termStart.toString()));
        }
    }
}
