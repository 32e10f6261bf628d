package org.qiaoyun.kernel.module;

import java.time.Clock;

import org.qiaoyun.api.ModuleUnavailableException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.persistence.Store;

/**
 * Hands out what a module serves one tenant with, after the gate let the request through: its REST
 * resource (the kernel's sub-resource locator at {@code /api/v1/tenants/{code}/{moduleId}} calls this)
 * and its screens (the shell's instantiator calls this when a person navigates to one).
 */
public class ModuleResources {

    private final ModuleHost host;
    private final ModuleGate gate;
    private final Store kernel;
    private final Clock clock;

    public ModuleResources(ModuleHost host, ModuleGate gate, Store kernel, Clock clock) {
        this.host = host;
        this.gate = gate;
        this.kernel = kernel;
        this.clock = clock;
    }

    public Object resource(String tenantCode, String moduleId) {
        gate.admission(tenantCode, moduleId);
        InstalledModule module = host.find(moduleId).orElseThrow(() -> new UnknownModuleException(moduleId));
        Object resource = module.module().resource(new ModuleTenantScope(module, tenantCode, gate, kernel, clock));
        if (resource == null) {
            throw new ModuleUnavailableException(Text.of("kernel.module.no-api", moduleId));
        }
        return resource;
    }

    /**
     * One screen of a module, built by the module's factory for the tenant of the route.
     *
     * @throws ModuleUnavailableException if the module is not enabled there (the shell's guard said so first)
     */
    public Object view(String tenantCode, String moduleId, org.qiaoyun.api.ModuleView view) {
        gate.admission(tenantCode, moduleId);
        InstalledModule module = host.find(moduleId).orElseThrow(() -> new UnknownModuleException(moduleId));
        return view.build(new ModuleTenantScope(module, tenantCode, gate, kernel, clock));
    }

    /**
     * A module's public page (see {@link org.qiaoyun.api.pages.PublicPages}): not found, alike, for an unknown
     * tenant, a module not open there, a module without public pages and a page it does not serve.
     */
    public org.qiaoyun.api.pages.PublicPage publicPage(String tenantCode, String moduleId, String method, java.util.List<String> path,
                                                       java.util.Map<String, String> query, java.util.Map<String, String> form,
                                                       java.util.Locale language) {
        return publicPage(tenantCode, moduleId, method, path, query, form, language, null);
    }

    /**
     * The same for a client whose network address the platform knows: the module is handed its pseudonym
     * ({@code client}, made by the caller with the platform's key), never the address.
     */
    public org.qiaoyun.api.pages.PublicPage publicPage(String tenantCode, String moduleId, String method, java.util.List<String> path,
                                                       java.util.Map<String, String> query, java.util.Map<String, String> form,
                                                       java.util.Locale language, String client) {
        if (!gate.consider(tenantCode, moduleId).availability().isOpen()) {
            return org.qiaoyun.api.pages.PublicPage.notFound();
        }
        InstalledModule module = host.find(moduleId).orElse(null);
        org.qiaoyun.api.pages.PublicPages pages = module == null ? null : module.services().stream()
                .filter(org.qiaoyun.api.pages.PublicPages.class::isInstance).map(org.qiaoyun.api.pages.PublicPages.class::cast)
                .findFirst().orElse(null);
        if (pages == null) {
            return org.qiaoyun.api.pages.PublicPage.notFound();
        }
        ModuleTenantScope tenant = new ModuleTenantScope(module, tenantCode, gate, kernel, clock);
        return pages.answer(new org.qiaoyun.api.pages.PublicRequest(method, path, query, form, language, tenant, client));
    }
}
