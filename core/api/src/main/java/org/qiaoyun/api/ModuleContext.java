package org.qiaoyun.api;

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
}
