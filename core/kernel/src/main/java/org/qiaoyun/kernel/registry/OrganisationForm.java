package org.qiaoyun.kernel.registry;

/**
 * The grassroots organisation an area has: a federation (侨联), or below the numbers that make one due a
 * branch (分会), group (小组) or workstation (工作站), or none yet.
 */
public enum OrganisationForm {
    NONE, FEDERATION, BRANCH, GROUP, WORKSTATION;

    /** A branch, group or workstation: what the opinions allow where fewer than 30 people live. */
    public boolean isSmaller() {
        return this == BRANCH || this == GROUP || this == WORKSTATION;
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
