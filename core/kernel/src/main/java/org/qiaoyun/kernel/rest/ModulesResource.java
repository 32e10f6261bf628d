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
    @Operation(summary = "Installed modules with id, version, state and failure reason")
    public List<ModuleJson> list() {
        return kernel.modules().installed().stream().map(ModuleJson::of).toList();
    }
}
