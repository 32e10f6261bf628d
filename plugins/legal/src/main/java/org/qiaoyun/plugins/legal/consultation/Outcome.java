package org.qiaoyun.plugins.legal.consultation;

/**
 * How a matter ended: advice given, a dispute mediated, the matter referred elsewhere, the person represented;
 * a petition also ends resolved or unresolved by the public body.
 */
public enum Outcome {
    ADVICE_GIVEN, MEDIATED, REFERRED, REPRESENTED, RESOLVED, UNRESOLVED;

    /** Whether only a petition ends so. */
    public boolean petitionsOnly() {
        return this == RESOLVED || this == UNRESOLVED;
    }
}
