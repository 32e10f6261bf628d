package org.qiaoyun.kernel.rest;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Association;
import org.qiaoyun.kernel.registry.AssociationInput;
import org.qiaoyun.kernel.registry.Associations;
import org.qiaoyun.kernel.registry.Uscc;

/**
 * {@code /api/v1/tenants/{code}/associations}: the federation's networks, domestic associations linked to it (1+N)
 * and overseas associations paired with it (1+Y), and those that name it as the university federation of a triad.
 */
@Path("v1/tenants/{code}/associations")
@Tag(name = "associations", description = "The grassroots registry: networks of associations at home (1+N) and abroad (1+Y)")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssociationsResource {

    /** An association: {@code tenant} is the federation that keeps it, {@code linkedTenant} the university federation of a triad. */
    public record AssociationJson(String id, String tenant, String scope, String kind, String name, String uscc, String chair,
                                  Integer members, String contact, String country, String city, Integer since, String linkedTenant,
                                  long version) {

        static AssociationJson of(Association a) {
            return new AssociationJson(a.id(), a.tenantCode(), a.scope().wireName(), a.kind().wireName(), a.name(), a.uscc(), a.chair(),
                    a.members(), a.contact(), a.country(), a.city(), a.since(), a.linkedTenant(), a.version());
        }
    }

    /** {@code POST} and {@code PUT /{id}} ({@code version} on a change). */
    public static class AssociationBody {
        public String scope;
        public String kind;
        public String name;
        public String uscc;
        public String chair;
        public Integer members;
        public String contact;
        public String country;
        public String city;
        public Integer since;
        public String linkedTenant;
        public Long version;

        AssociationInput input() {
            return new AssociationInput(AssociationInput.scope(scope), AssociationInput.kind(kind == null ? "other" : kind), name,
                    Uscc.ofNullable(uscc), chair, members, contact, country, city, since, linkedTenant);
        }
    }

    @Inject
    Kernel kernel;

    @Context
    UriInfo uri;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listAssociations", summary = "The federation's associations and those linked to it, domestic first, by name")
    public Paging<AssociationJson> list(
            @Parameter(description = "domestic (1+N) or overseas (1+Y); both when absent") @QueryParam("scope") String scope,
            @Parameter(description = "a part of the name, country or city") @QueryParam("search") String search,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        Associations.Search filter = new Associations.Search(scope == null || scope.isBlank() ? null : AssociationInput.scope(scope), search);
        return new Paging<>(kernel.associations().of(code, filter, page * size, size).stream().map(AssociationJson::of).toList(),
                page, size, kernel.associations().count(code, filter));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAssociation", summary = "One association")
    public AssociationJson get(@PathParam("id") String id) {
        return AssociationJson.of(kernel.associations().get(code, id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssociationJson.class)))
    @Operation(operationId = "registerAssociation", summary = "Register an association: scope, kind, name, and for overseas ones the country")
    public Response register(AssociationBody body) {
        if (body == null) {
            throw new InvalidRequestException("name", "kernel.registry.text-required");
        }
        Association association = kernel.associations().record(code, body.input());
        URI location = uri.getAbsolutePathBuilder().path(association.id()).build();
        return Response.created(location).entity(AssociationJson.of(association)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeAssociation", summary = "Change an association, naming the version read")
    public AssociationJson change(@PathParam("id") String id, AssociationBody body) {
        if (body == null || body.version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        return AssociationJson.of(kernel.associations().change(code, id, body.version, body.input()));
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "removed")
    @Operation(operationId = "removeAssociation", summary = "Remove an association, naming the version read")
    public Response remove(@PathParam("id") String id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        kernel.associations().remove(code, id, version);
        return Response.noContent().build();
    }
}
