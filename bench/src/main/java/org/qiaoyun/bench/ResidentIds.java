package org.qiaoyun.bench;

import java.time.LocalDate;

import org.qiaoyun.api.personal.ResidentId;

/** Valid resident ID numbers for the benchmarks' people, one of its own for each index. */
final class ResidentIds {

    private ResidentIds() {
    }

    /** The number of person {@code i}: the date and sequence repeat every 21,000, so the region moves on then. */
    static ResidentId numbered(int i, LocalDate today) {
        String seventeen = String.format("%06d%04d%02d%02d%03d", 440781 + i / 21_000, 1930 + i % 80, 1 + i % 12, 1 + i % 28, i % 1000);
        return ResidentId.of(seventeen + ResidentId.checkCharacter(seventeen), today);
    }
}
