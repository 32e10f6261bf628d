package org.qiaoyun.kernel.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.platform.Kernel;

/** {@code /api/v1/modules}: what the platform has installed and whether each module runs. */
@Path("v1/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "modules", description = "Installed modules")
public class ModulesResource {

    /** An installed module; {@code failure} says why a FAILED module does not run. */
    public record ModuleJson(String id, String version, String state, String nameZh, String nameEn, String failure) {

        static ModuleJson of(InstalledModule m) {
            ModuleDescriptor d = m.descriptor();
            return new ModuleJson(m.id(), m.version(), m.state().name(), d == null ? null : d.nameZh(),
                    d == null ? null : d.nameEn(), m.failure());
        }
    }

    @Inject
    Kernel kernel;

    @GET
    @Operation(operationId = "listModules", summary = "Installed modules with id, version, state and failure reason")
    public List<ModuleJson> list() {
        return kernel.modules().installed().stream().map(ModuleJson::of).toList();
    }

    /**
     * A module's own API, described by the OpenAPI document it ships ({@code META-INF/openapi/<id>.yaml}
     * in its jar). Module resources are reached through a locator, so the platform's /openapi cannot see them.
     */
    @GET
    @Path("{id}/openapi")
    @Produces({"application/yaml", "text/plain"})
    @Operation(operationId = "getModuleOpenApi", summary = "The OpenAPI document of a module's own API (/api/v1/tenants/{code}/{id}/...)")
    public String openApi(@jakarta.ws.rs.PathParam("id") String id) {
        return kernel.modules().openApiOf(id).orElseThrow(() -> new org.qiaoyun.kernel.module.UnknownModuleException(id));
    }
}
