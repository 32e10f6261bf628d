package org.qiaoyun.kernel.registry;

/**
 * The coverage of a set of areas: how many, the people counted in them, how many are due a federation, how
 * many of those have one, and how many smaller ones (branches, groups, workstations) serve the rest.
 */
public record Figures(long areas, long townships, long people, long due, long covered, long smaller) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

    /** Areas due a federation that have none: the gap to close. */
    public long gap() {
        return due - covered;
    }

    /** Covered among the due, 0 to 1; empty where nothing is due (no rate to judge). */
    public java.util.OptionalDouble rate() {
        return due == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) covered / due);
    }

    public Figures plus(Figures other) {
        return new Figures(areas + other.areas, townships + other.townships, people + other.people, due + other.due,
                covered + other.covered, smaller + other.smaller);
    }
}
