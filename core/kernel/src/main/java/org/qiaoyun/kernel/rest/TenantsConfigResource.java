package org.qiaoyun.kernel.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "tenants-config", description = "The tenant tree as YAML: plan and apply it in one transaction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})
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
    @Operation(operationId = "planTenantTree", summary = "What applying this tenant tree (YAML) would change; changes nothing")
    public Changes plan(java.io.InputStream yaml) {
        return Changes.of(kernel.trees().plan(read(yaml), Guard.caller()));
    }

    @POST
    @Path("apply")
    @Operation(operationId = "applyTenantTree", summary = "Apply this tenant tree (YAML) in one transaction; applying it again changes nothing")
    public Changes apply(java.io.InputStream yaml) {
        return Changes.of(kernel.trees().apply(read(yaml), Guard.caller()));
    }

    /**
     * Reads the tree only for an admin (trees are theirs to apply; nobody else makes the platform parse a
     * file), and never more of it than a tree can be.
     */
    private static org.qiaoyun.kernel.tenant.tree.TreeFile read(java.io.InputStream body) {
        if (!Guard.caller().isAdmin()) {
            try {
                body.readNBytes(MAX_BYTES); // skipped unread, so that the client hears the refusal
            } catch (java.io.IOException ignored) {
                // the refusal stands either way
            }
            throw new ForbiddenException("kernel.access.trees-by-admins");
        }
        String yaml;
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidRequestException(null, "kernel.request.tree-too-large", MAX_BYTES / (1024 * 1024));
            }
            yaml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new InvalidRequestException(null, "kernel.request.unreadable");
        }
        if (yaml.isBlank()) {
            throw new InvalidRequestException(null, "kernel.request.tree-body");
        }
        return TenantTreeFile.read(yaml);
    }

    private static final int MAX_BYTES = 4 * 1024 * 1024;
}
