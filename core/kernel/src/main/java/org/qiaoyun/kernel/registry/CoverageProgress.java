package org.qiaoyun.kernel.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How coverage grew year by year toward the target year, for one federation's subtree. The areas due a federation
 * are those due by their latest counts (the registry keeps no history of counts); an area counts as covered from
 * the year its federation was set up, or, where that is not known, from the year the record first said it has one.
 * The target is met when every area due is covered by the end of the target year.
 *
 * @param due    areas due a federation, by their latest counts
 * @param years  from 2019 (federations set up before count there) to the later of the target year and this year
 */
public record CoverageProgress(int targetYear, long due, List<Year> years) {

    /** The areas covered by the end of a year. */
    public record Year(int year, long covered, long due) {
        public OptionalDouble rate() {
            return due == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / due);
        }
    }

    /** Whether every area due had its federation by the end of the target year; empty while nothing is due. */
    public Optional<Boolean> met() {
        return due == 0 ? Optional.empty() : Optional.of(coveredBy(targetYear) >= due);
    }

    public long coveredBy(int year) {
        return years.stream().filter(y -> y.year() <= year).mapToLong(Year::covered).max().orElse(0);
    }

    /**
     * The progress from the federations counted by the year they count from ({@code byYear}: year to number of
     * areas due that got a federation in it; years before 2019 count in 2019).
     */
    static CoverageProgress of(int targetYear, int thisYear, long due, Map<Integer, Long> byYear) {
        List<Year> years = new ArrayList<>();
        long covered = byYear.entrySet().stream().filter(e -> e.getKey() < CoverageTarget.OPINIONS_YEAR).mapToLong(Map.Entry::getValue).sum();
        for (int year = CoverageTarget.OPINIONS_YEAR; year <= Math.max(targetYear, thisYear); year++) {
            covered += byYear.getOrDefault(year, 0L);
            years.add(new Year(year, covered, due));
        }
        return new CoverageProgress(targetYear, due, years);
    }
}
