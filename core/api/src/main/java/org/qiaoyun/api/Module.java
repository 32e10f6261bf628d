package org.qiaoyun.api;

import java.util.List;

import org.pf4j.ExtensionPoint;

/**
 * A business module that tenants can switch on and off: aid tracking, volunteers, legal service
 * stations, cultural events.
 *
 * <p>The kernel finds the one {@code Module} extension of each plugin, migrates its tables, builds its
 * persistence unit, and then calls {@link #start(ModuleContext)} once. After that the module serves
 * requests only for tenants that have it enabled: the kernel checks this before it hands out a
 * {@link TenantScope}, a REST resource or a view.
 */
public interface Module extends ExtensionPoint {

    /** Who this module is: its id, names and description. Called before anything else. */
    ModuleDescriptor descriptor();

    /** The module's entities and Liquibase changelog; {@link ModulePersistence#NONE} if it keeps no data. */
    default ModulePersistence persistence() {
        return ModulePersistence.NONE;
    }

    /**
     * Called once, after migrations ran and the persistence unit was built. The module keeps the
     * context for its views and resources. Throwing here marks the module failed; the platform
     * and the other modules keep serving.
     */
    void start(ModuleContext context);

    /**
     * The JAX-RS resource serving {@code /api/v1/tenants/{code}/{moduleId}/...} for one tenant, built
     * per request. The kernel has already checked that the module is enabled there. Return
     * {@code null} when the module has no REST API.
     */
    default Object resource(TenantScope tenant) {
        return null;
    }

    /** The module's screens, each with its menu entry. Routes are registered while the module runs. */
    default List<ModuleView> views() {
        return List.of();
    }

    /**
     * Services this module offers other modules, as implementations of interfaces of this API (such as
     * {@link org.qiaoyun.api.staffing.Staffing}). Others find them through {@link ModuleContext#service},
     * and only in tenants where both modules are enabled. Called once, after {@link #start}.
     */
    default List<Object> services() {
        return List.of();
    }

    /** The figures this module reports for roll-up over the tenant tree. */
    default List<IndicatorDefinition> indicators() {
        return List.of();
    }
}
