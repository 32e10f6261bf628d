package org.qiaoyun.kernel.registry;

/**
 * How an area stands against the rule 应建尽建: a federation due and there (covered), due and missing (a gap),
 * not due but served by a smaller organisation, or not due and without one (open).
 */
public enum AreaCoverage {
    COVERED, GAP, SERVED, OPEN;

    static AreaCoverage of(AreaKind kind, int people, OrganisationForm organisation) {
        if (people >= kind.federationFrom()) {
            return organisation == OrganisationForm.FEDERATION ? COVERED : GAP;
        }
        return organisation == OrganisationForm.NONE ? OPEN : SERVED;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
