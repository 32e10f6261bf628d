package org.qiaoyun.plugins.aid.campaign;

import java.time.LocalDate;

/**
 * A school year as China counts it: from 1 September to 31 August, named by the year it begins (2026 for
 * 2026–2027). A 金秋助学 grant is given once per person per school year, the year of the campaign's first day.
 */
public record SchoolYear(int startYear) {

    /** The school year {@code day} falls in. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    @Override
    public String toString() {
        return startYear + "–" + (startYear + 1);
    }
}
