package org.qiaoyun.plugins.volunteers.volunteer;

import java.util.List;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * Recognition by hours served: a star for each threshold reached. Each tenant may set its own
 * thresholds; the default is 100, 300, 600, 1,000 and 1,500 hours.
 */
public record StarLevels(List<Integer> thresholdsInHours) {

    public static final StarLevels DEFAULT = new StarLevels(List.of(100, 300, 600, 1_000, 1_500));

    public StarLevels {
        thresholdsInHours = List.copyOf(thresholdsInHours);
        if (thresholdsInHours.isEmpty() || thresholdsInHours.size() > 10) {
            throw new InvalidInputException("hours", Text.of("volunteers.volunteer.between-1-10-star-thresholds"));
        }
        for (int i = 0; i < thresholdsInHours.size(); i++) {
            if (thresholdsInHours.get(i) <= 0 || i > 0 && thresholdsInHours.get(i) <= thresholdsInHours.get(i - 1)) {
                throw new InvalidInputException("hours", Text.of("volunteers.volunteer.star-thresholds-positive-rising-e"));
            }
        }
    }

    /** The minutes still to serve for the next star; empty once every star is earned. */
    public java.util.OptionalLong minutesToNextStar(long minutesServed) {
        return thresholdsInHours.stream().mapToLong(hours -> hours * 60L).filter(threshold -> threshold > minutesServed)
                .map(threshold -> threshold - minutesServed).findFirst();
    }

    /** Stars earned with this many minutes served. */
    public int stars(long minutesServed) {
        long hours = minutesServed / 60;
        return (int) thresholdsInHours.stream().filter(t -> hours >= t).count();
    }
}
