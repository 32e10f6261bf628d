package org.qiaoyun.kernel.module;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.qiaoyun.api.ModuleContext;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.CurrentTenant;

/** The context the kernel gives one module: tenant scopes, each checked by the gate. */
public final class KernelModuleContext implements ModuleContext {

    private final InstalledModule module;
    private final ModuleGate gate;
    private final Store kernel;
    private final Clock clock;
    /** The other modules, for the services they offer; none in contexts built without a host. */
    private final Supplier<Collection<InstalledModule>> others;

    public KernelModuleContext(InstalledModule module, ModuleGate gate, Store kernel, Clock clock) {
        this(module, gate, kernel, clock, List::of);
    }

    public KernelModuleContext(InstalledModule module, ModuleGate gate, Store kernel, Clock clock, ModuleHost host) {
        this(module, gate, kernel, clock, host::installed);
    }

    private KernelModuleContext(InstalledModule module, ModuleGate gate, Store kernel, Clock clock,
                                Supplier<Collection<InstalledModule>> others) {
        this.module = module;
        this.gate = gate;
        this.kernel = kernel;
        this.clock = clock;
        this.others = others;
    }

    @Override
    public Optional<TenantScope> currentTenant() {
        return CurrentTenant.code()
                .filter(code -> gate.check(code, module.id()).isOpen())
                .map(code -> new ModuleTenantScope(module, code, gate, kernel, clock));
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<String> setting(String name) {
        String key = "qiaoyun." + module.id() + "." + name;
        try {
            Optional<String> configured = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(key, String.class);
            if (configured.isPresent()) {
                return configured;
            }
        } catch (RuntimeException | LinkageError noConfig) {
            // outside the server (tools, tests) there is no MicroProfile Config: fall back below
        }
        String property = System.getProperty(key);
        return property != null ? Optional.of(property)
                : Optional.ofNullable(System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT)));
    }

    /** Asked on every call: a module switched off a moment ago in the tenant offers nothing there. */
    @Override
    public <T> Optional<T> service(Class<T> type, String tenantCode) {
        if (!gate.check(tenantCode, module.id()).isOpen()) {
            return Optional.empty();
        }
        return others.get().stream()
                .filter(other -> other != module && gate.check(tenantCode, other.id()).isOpen())
                .flatMap(other -> other.services().stream())
                .filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public TenantScope tenant(String tenantCode) {
        gate.admission(tenantCode, module.id());
        return new ModuleTenantScope(module, tenantCode, gate, kernel, clock);
    }

    /**
     * The module's scope in a federation whatever its switch says: for moving the federation's records to another
     * platform, which are the federation's whether the module is on there or was switched off after use. The caller
     * checks who may.
     */
    public TenantScope anySwitch(String tenantCode) {
        return new ModuleTenantScope(module, tenantCode, gate, kernel, clock);
    }
}
