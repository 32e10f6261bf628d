package org.qiaoyun.kernel.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.tree.TenantTreeFile;
import org.qiaoyun.kernel.tenant.tree.TreeChange;

/**
 * {@code /api/v1/tenants-config}: tenant trees as code. Send a tree file (YAML) to {@code plan} to see
 * what would change, to {@code apply} to make it so in one transaction. A tree touches only the
 * caller's subtree; an invalid file is refused as a whole, every error listed with its line and field.
 */
@Path("v1/tenants-config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", MediaType.TEXT_PLAIN})
public class TenantsConfigResource {

    /** What applying does, or would do. */
    public record Changes(int count, List<TreeChange> changes) {

        static Changes of(List<TreeChange> changes) {
            return new Changes(changes.size(), changes);
        }
    }

    @Inject
    Kernel kernel;

    @POST
    @Path("plan")
    @Operation(summary = "What applying this tenant tree (YAML) would change; changes nothing")
    public Changes plan(String yaml) {
        return Changes.of(kernel.trees().plan(TenantTreeFile.read(required(yaml)), Guard.caller()));
    }

    @POST
    @Path("apply")
    @Operation(summary = "Apply this tenant tree (YAML) in one transaction; applying it again changes nothing")
    public Changes apply(String yaml) {
        return Changes.of(kernel.trees().apply(TenantTreeFile.read(required(yaml)), Guard.caller()));
    }

    private static String required(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidRequestException(null, "the body is a tenant tree in YAML");
        }
        return yaml;
    }
}
