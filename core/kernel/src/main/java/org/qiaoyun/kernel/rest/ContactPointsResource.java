package org.qiaoyun.kernel.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.ContactPoint;
import org.qiaoyun.kernel.registry.Visit;
import org.qiaoyun.kernel.registry.VisitInput;

/**
 * {@code /api/v1/tenants/{code}/contact-points}: the federation's cadres assigned to grassroots organisations
 * below it (直接联系点), their visits, and the points left unvisited too long.
 */
@Path("v1/tenants/{code}/contact-points")
@Tag(name = "contact-points", description = "The grassroots registry: direct contact points and their visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactPointsResource {

    /** A point; {@code overdue} when it waited longer than the platform's interval for a visit. */
    public record PointJson(String id, String cadre, String pointTenant, String areaId, String name, LocalDate assignedOn,
                            LocalDate lastVisit, boolean overdue, LocalDate endedOn, long version) {
    }

    /** A visit. */
    public record VisitJson(String id, LocalDate day, String met, String problems, String help, LocalDate followUpBy,
                            String recordedBy) {

        static VisitJson of(Visit v) {
            return new VisitJson(v.id(), v.day(), v.met(), v.problems(), v.help(), v.followUpBy(), v.recordedBy());
        }
    }

    /** {@code POST}: the cadre (a username of the federation) and the organisation below. */
    public static class Assignment {
        public String cadre;
        public String pointTenant;
        public String areaId;
    }

    /** {@code POST /{id}/visits}. */
    public static class VisitBody {
        public String day;
        public String met;
        public String problems;
        public String help;
        public String followUpBy;
    }

    /** {@code POST /{id}/end}. */
    public static class End {
        public Long version;
    }

    @Inject
    Kernel kernel;

    @Context
    UriInfo uri;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listContactPoints", summary = "The points still assigned: every one for the federation's admins, a cadre's own for the cadre")
    public Paging<PointJson> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        List<PointJson> items = kernel.contactPoints().of(code, page * size, size).stream().map(this::json).toList();
        return new Paging<>(items, page, size, kernel.contactPoints().count(code));
    }

    @POST
    @APIResponse(responseCode = "201", description = "assigned",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PointJson.class)))
    @Operation(operationId = "assignContactPoint", summary = "Assign a cadre of the federation a grassroots organisation below it")
    public Response assign(Assignment body) {
        if (body == null) {
            throw new InvalidRequestException("cadre", "kernel.registry.point-body");
        }
        ContactPoint point = kernel.contactPoints().assign(code, body.cadre, body.pointTenant, body.areaId);
        URI location = uri.getAbsolutePathBuilder().path(point.id()).build();
        return Response.created(location).entity(json(point)).build();
    }

    @POST
    @Path("{id}/end")
    @Operation(operationId = "endContactPoint", summary = "End an assignment, naming the version read; the point and its visits stay on record")
    public PointJson end(@PathParam("id") String id, End body) {
        if (body == null || body.version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        return json(kernel.contactPoints().end(code, id, body.version));
    }

    @GET
    @Path("{id}/visits")
    @Operation(operationId = "listVisits", summary = "A point's visits, newest first (the cadre and the federation's admins; audited)")
    public List<VisitJson> visits(@PathParam("id") String id) {
        return kernel.contactPoints().visits(code, id).stream().map(VisitJson::of).toList();
    }

    @POST
    @Path("{id}/visits")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VisitJson.class)))
    @Operation(operationId = "recordVisit", summary = "Record a visit: the day, whom the cadre met, problems raised, help given, follow-up")
    public Response visit(@PathParam("id") String id, VisitBody body) {
        if (body == null) {
            throw new InvalidRequestException("day", "kernel.registry.visit-day");
        }
        Visit visit = kernel.contactPoints().recordVisit(code, id, new VisitInput(date("day", body.day), body.met, body.problems,
                body.help, date("followUpBy", body.followUpBy)));
        return Response.status(Response.Status.CREATED).entity(VisitJson.of(visit)).build();
    }

    private PointJson json(ContactPoint p) {
        return new PointJson(p.id(), p.cadre(), p.pointTenant(), p.areaId(), p.name(), p.assignedOn(), p.lastVisit(),
                p.endedOn() == null && p.overdue(kernel.contactPoints().today(), kernel.contactPoints().visitEveryMonths()),
                p.endedOn(), p.version());
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException(field, "kernel.registry.date-format", text);
        }
    }
}
