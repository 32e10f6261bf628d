package org.qiaoyun.kernel.module;

/**
 * The answer of the one kernel check that guards every way into a module for a tenant: REST,
 * navigation, menus, EntityManagers and indicators all ask it.
 */
public enum Availability {
    OPEN("open"),
    UNKNOWN_TENANT("no such tenant"),
    TENANT_SUSPENDED("the tenant is suspended"),
    NOT_INSTALLED("no such module is installed"),
    MODULE_FAILED("the module failed to start"),
    NOT_ALLOWED("a parent federation's policy does not allow the module"),
    NOT_ENABLED("the module is not enabled in this tenant");

    private final String reason;

    Availability(String reason) {
        this.reason = reason;
    }

    public boolean isOpen() {
        return this == OPEN;
    }

    public String reason() {
        return reason;
    }
}
