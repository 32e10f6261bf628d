package org.qiaoyun.kernel.registry;

/**
 * A township or sub-district (乡镇/街道, a nine-digit division code) or a village or community (村/社区, twelve
 * digits), with the number of people from which the guiding opinions ask for a grassroots federation.
 */
public enum AreaKind {
    TOWNSHIP(9, 100), VILLAGE(12, 30);

    private final int digits;
    private final int federationFrom;

    AreaKind(int digits, int federationFrom) {
        this.digits = digits;
        this.federationFrom = federationFrom;
    }

    /** How many people (returnees, relatives, overseas Chinese, returned students) make a federation due. */
    public int federationFrom() {
        return federationFrom;
    }

    /** The kind a division code of this length names, if any. */
    static java.util.Optional<AreaKind> ofDigits(int length) {
        for (AreaKind kind : values()) {
            if (kind.digits == length) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
