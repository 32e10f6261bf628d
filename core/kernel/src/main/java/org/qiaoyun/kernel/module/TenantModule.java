package org.qiaoyun.kernel.module;

/**
 * One installed module as a tenant sees it: whether the parents allow it, whether the tenant
 * switched it on, and whether it works now.
 */
public record TenantModule(String id, String version, String nameZh, String nameEn, String descriptionZh,
                           String descriptionEn, ModuleState state, boolean allowed, boolean enabled) {

    /** Enabled, allowed and running: what the menu shows. */
    public boolean active() {
        return allowed && enabled && state == ModuleState.STARTED;
    }
}
