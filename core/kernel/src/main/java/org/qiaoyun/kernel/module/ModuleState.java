package org.qiaoyun.kernel.module;

/** Where an installed module stands in its lifecycle. */
public enum ModuleState {
    /** Loaded, migrated, persistence built and started: tenants may enable it. */
    STARTED,
    /** Failed to load, migrate or start; the reason is kept. The platform and other modules serve on. */
    FAILED,
    /** Stopped by the platform (shutting down). */
    STOPPED
}
