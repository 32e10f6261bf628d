package org.qiaoyun.kernel.rest;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qiaoyun.kernel.module.TenantModule;
import org.qiaoyun.kernel.module.UnknownModuleException;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.CurrentTenant;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantNames;
import org.qiaoyun.kernel.tenant.TenantStatus;

/**
 * {@code /api/v1/tenants}: the tenant tree, provisioning, module switches and policies, and the
 * entrance to each module's own API at {@code /api/v1/tenants/{code}/{moduleId}}.
 */
@Path("v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

    /**
     * The operations' tag, given on each method: Payara fails to tag the module locator below (it has no
     * HTTP method) when the tag is given on the class.
     */
    private static final String TAG = "tenants";

    @Inject
    Kernel kernel;

    @Context
    UriInfo uri;

    @GET
    @Tag(name = TAG, description = "Federations (tenants): provisioning, status, names, module switches and policies")
    @Operation(operationId = "listTenants", summary = "List the tenants the caller may see (an admin: the home subtree; others: the home tenant), "
            + "or the children of one parent, by code, a page at a time; search matches code and names")
    public Paging<TenantJson> list(@QueryParam("parent") String parent,
                                   @QueryParam("search") String search,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        if (parent != null) {
            Guard.visible(kernel.tenants(), parent);
            List<TenantJson> items = kernel.tenants().list(parent, page * size, size).stream()
                    .filter(Guard.caller()::canSee).map(TenantJson::of).toList();
            return new Paging<>(items, page, size, Guard.caller().isAdmin() ? kernel.tenants().count(parent) : items.size());
        }
        var caller = Guard.caller();
        if (!caller.isAdmin()) {
            Tenant home = kernel.tenants().require(caller.homeTenant());
            return new Paging<>(page == 0 ? List.of(TenantJson.of(home)) : List.of(), page, size, 1);
        }
        List<TenantJson> items = kernel.tenants().subtree(caller.homePath(), search, page * size, size).stream()
                .map(TenantJson::of).toList();
        return new Paging<>(items, page, size, kernel.tenants().countSubtree(caller.homePath(), search));
    }

    @GET
    @Path("{code}")
    @Tag(name = TAG)
    @Operation(operationId = "getTenant", summary = "One tenant")
    public TenantJson get(@PathParam("code") String code) {
        return TenantJson.of(Guard.visible(kernel.tenants(), code));
    }

    @POST
    @APIResponse(responseCode = "201", description = "provisioned; Location names the new tenant",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TenantJson.class)))
    @Tag(name = TAG)
    @Operation(operationId = "provisionTenant", summary = "Provision a tenant below a parent; answers 201 with its Location")
    public Response provision(TenantRequests.Provision body) {
        if (body == null) {
            throw new InvalidRequestException(null, "kernel.request.tenant-body");
        }
        if (body.parent != null) {
            Tenant parent = kernel.tenants().find(body.parent).filter(Guard.caller()::canSee)
                    .orElseThrow(() -> new InvalidRequestException("parent", "kernel.tenant.unknown", body.parent));
            Guard.administered(kernel.tenants(), parent.code());
        }
        Tenant tenant = kernel.provisioning().provision(new ProvisioningRequest(body.code, body.parent, body.level,
                body.nameZh, body.nameEn, body.divisionCode));
        URI location = uri.getAbsolutePathBuilder().path(tenant.code()).build();
        return Response.created(location).entity(TenantJson.of(tenant)).build();
    }

    @PATCH
    @Path("{code}")
    @Tag(name = TAG)
    @Operation(operationId = "changeTenant", summary = "Rename a tenant or change its status (active, suspended, archived); send the version you read")
    public TenantJson change(@PathParam("code") String code, TenantRequests.Change body) {
        // a change that names nothing to change is a mistake to say, not a success that did nothing
        if (body == null || body.nameZh == null && body.nameEn == null && body.status == null) {
            throw new InvalidRequestException(null, "kernel.request.tenant-change-body");
        }
        Tenant current = Guard.administered(kernel.tenants(), code);
        if (body.status != null && !Guard.caller().canChangeStatusOf(current)) {
            throw new ForbiddenException("kernel.access.status-from-above", code);
        }
        TenantNames names = body.nameZh == null && body.nameEn == null ? null
                : new TenantNames(body.nameZh == null ? current.names().zh() : body.nameZh,
                        body.nameEn == null ? current.names().en() : body.nameEn);
        TenantStatus status = body.status == null ? null : TenantStatus.parse(body.status);
        return TenantJson.of(kernel.provisioning().update(code, names, status, body.version));
    }

    @GET
    @Path("{code}/modules")
    @Tag(name = TAG)
    @Operation(operationId = "listTenantModules", summary = "Every installed module with whether it is allowed and enabled in the tenant")
    public List<TenantModule> modules(@PathParam("code") String code) {
        Guard.visible(kernel.tenants(), code);
        return kernel.switchboard().modulesOf(code);
    }

    @PUT
    @Path("{code}/modules/{id}")
    @Tag(name = TAG)
    @Operation(operationId = "switchTenantModule", summary = "Switch a module on or off in the tenant; effective from the next request")
    public TenantModule switchModule(@PathParam("code") String code, @PathParam("id") String moduleId,
                                     TenantRequests.Switch body) {
        if (body == null || body.enabled == null) {
            throw new InvalidRequestException("enabled", "kernel.request.enabled");
        }
        Guard.administered(kernel.tenants(), code);
        kernel.switchboard().switchModule(code, moduleId, body.enabled);
        return kernel.switchboard().modulesOf(code).stream().filter(m -> m.id().equals(moduleId)).findFirst()
                .orElseThrow(() -> new UnknownModuleException(moduleId));
    }

    @PUT
    @Path("{code}/module-policy")
    @Tag(name = TAG)
    @Operation(operationId = "setModulePolicy", summary = "Set which modules the tenant's descendants may enable; null allows every installed module")
    public TenantJson modulePolicy(@PathParam("code") String code, TenantRequests.Policy body) {
        if (body == null || !body.named()) {
            throw new InvalidRequestException("allowed", "kernel.request.allowed-body");
        }
        Guard.administered(kernel.tenants(), code);
        if (body.getAllowed() != null) {
            for (String id : body.getAllowed()) {
                if (kernel.modules().find(id).isEmpty()) {
                    throw new InvalidRequestException("allowed", "kernel.module.unknown", id);
                }
            }
        }
        return TenantJson.of(kernel.provisioning().restrictDescendantModules(code, body.getAllowed()));
    }

    /**
     * The entrance to a module's own API. The gate checks the tenant and the module before the
     * module sees the request; a module not enabled here is a 404.
     */
    @Path("{code}/{moduleId}")
    public Object module(@PathParam("code") String code, @PathParam("moduleId") String moduleId) {
        // one look at the tenant and the gate serves the caller's check here and the module's work after it
        Guard.workplace(kernel.gate().consider(code, moduleId).tenant(), code);
        Object resource = kernel.resources().resource(code, moduleId);
        CurrentTenant.bind(code);
        return resource;
    }
}
