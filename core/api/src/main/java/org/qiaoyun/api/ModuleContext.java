package org.qiaoyun.api;

import java.time.Clock;
import java.util.Optional;

/**
 * What the kernel gives a running module: access to one tenant at a time.
 *
 * <p>Module classes are not CDI beans; a module keeps this context from
 * {@link Module#start(ModuleContext)} and hands it to its views and services.
 */
public interface ModuleContext {

    /**
     * The tenant of the current request (a REST call or a screen), if the module is enabled there.
     * Empty outside a request, or when the module is not enabled in that tenant.
     */
    Optional<TenantScope> currentTenant();

    /** The platform's clock: the same one every {@link TenantScope#clock()} of this module tells. */
    Clock clock();

    /**
     * Work inside the named tenant, for background jobs.
     *
     * @throws ModuleUnavailableException if the tenant does not exist or the module is not enabled there
     */
    TenantScope tenant(String tenantCode);

    /**
     * A setting of this module from the platform's configuration: {@code qiaoyun.<moduleId>.<name>}, also
     * given as the environment variable {@code QIAOYUN_<MODULEID>_<NAME>} (secrets such as keys belong
     * here, never in the database).
     */
    java.util.Optional<String> setting(String name);

    /**
     * A service another module offers (see {@link Module#services()}), for work in the named tenant:
     * present only while that module runs and both it and this module are enabled in the tenant, so a
     * module that uses another keeps working, without it, where the other is switched off.
     */
    default <T> Optional<T> service(Class<T> type, String tenantCode) {
        return Optional.empty();
    }
}
