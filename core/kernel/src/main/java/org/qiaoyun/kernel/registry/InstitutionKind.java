package org.qiaoyun.kernel.registry;

/** What kind of institution an institutional federation serves (高校、科研院所、园区楼宇、机关、国企、"两新"组织). */
public enum InstitutionKind {
    UNIVERSITY, UNIVERSITY_DEPARTMENT, RESEARCH_INSTITUTE, PARK_OR_BUILDING, AGENCY, STATE_ENTERPRISE, TWO_NEW;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** By its wire name ({@code park-or-building}); refused naming the field when it is none of them. */
    public static InstitutionKind parse(String wire) {
        for (InstitutionKind kind : values()) {
            if (kind.wireName().equals(wire == null ? null : wire.strip())) {
                return kind;
            }
        }
        throw new org.qiaoyun.api.InvalidInputException("institutionKind",
                org.qiaoyun.api.Text.of("kernel.registry.institution-kind", String.valueOf(wire)));
    }
}
