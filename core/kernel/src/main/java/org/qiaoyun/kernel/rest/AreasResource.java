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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Area;
import org.qiaoyun.kernel.registry.AreaCoverage;
import org.qiaoyun.kernel.registry.AreaInput;
import org.qiaoyun.kernel.registry.Areas;

/**
 * {@code /api/v1/tenants/{code}/areas}: the townships and villages a county records, with the people counted in
 * each (侨情) and the grassroots organisation each has. The coverage report reads them.
 */
@Path("v1/tenants/{code}/areas")
@Tag(name = "areas", description = "The grassroots registry: a county's townships and villages, their counts of people and organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreasResource {

    /** An area as the API shows it, with how it stands against the coverage rule. */
    public record AreaJson(String id, String divisionCode, String kind, String name, int people, Integer surveyYear,
                           String surveySource, String organisation, String organisationName, Integer organisedIn, String coverage,
                           long version) {

        static AreaJson of(Area a) {
            return new AreaJson(a.id(), a.divisionCode(), a.kind().wireName(), a.name(), a.people(), a.surveyYear(),
                    a.surveySource(), a.organisation().wireName(), a.organisationName(), a.organisedIn(), a.coverage().wireName(),
                    a.version());
        }
    }

    /** {@code POST} and {@code PUT}: the area; {@code version} on a change, the one read. */
    public static class AreaBody {
        public String divisionCode;
        public String name;
        public Integer people;
        public Integer surveyYear;
        public String surveySource;
        public String organisation;
        public String organisationName;
        public Integer organisedIn;
        public Long version;

        AreaInput input() {
            if (people == null) {
                throw new InvalidRequestException("people", "kernel.registry.people-required");
            }
            return new AreaInput(divisionCode, name, people, surveyYear, surveySource, AreaInput.form(organisation), organisationName,
                    organisedIn);
        }
    }

    /** What an import did: rows read, areas recorded and changed (a file with a wrong row is refused as a whole, 400). */
    public record ImportJson(int rows, int recorded, int changed) {
    }

    /** A refused row in the problem's {@code errors}: its line as Excel numbers it, its column's header and field, why. */
    public record RowErrorJson(int line, String column, String field, String detail, String code) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Kernel kernel;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listAreas", summary = "The federation's townships and villages by division code; search by name or code,"
            + " filter by coverage (covered, gap, served, open)")
    public Paging<AreaJson> list(@QueryParam("search") String search, @QueryParam("coverage") String coverage,
                                 @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        Areas.Search filter = new Areas.Search(search, coverage(coverage));
        var items = kernel.areas().page(code, filter, page * size, size).stream().map(AreaJson::of).toList();
        return new Paging<>(items, page, size, kernel.areas().count(code, filter));
    }

    /**
     * Imports a workbook in the layout of {@code GET areas.xlsx}: new division codes are recorded, known ones updated.
     * When any row is wrong nothing is imported, and the problem lists every wrong row by line and column.
     */
    @POST
    @Path("import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importAreas", summary = "Import townships and villages from an Excel workbook (the layout of areas.xlsx):"
            + " new codes recorded, known ones updated; nothing imported while any row is wrong (400 listing each row and column)")
    public Response importSheet(java.io.InputStream xlsx) {
        java.util.Locale language = org.qiaoyun.kernel.text.Texts.of(headers.getAcceptableLanguages());
        Areas.ImportReport report = kernel.areas().importSheet(code, xlsx);
        if (!report.imported()) {
            var errors = report.problems().stream().map(p -> new RowErrorJson(p.line(),
                    kernel.texts().render(p.column().header(), language), p.column().field(), kernel.texts().render(p.text(), language),
                    p.text().code())).toList();
            return Problem.invalid(kernel.texts().render(org.qiaoyun.api.Text.of("kernel.registry.sheet-refused",
                    String.valueOf(errors.size())), language), errors);
        }
        return Response.ok(new ImportJson(report.rows(), report.recorded(), report.changed())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArea", summary = "One area")
    public AreaJson get(@PathParam("id") String id) {
        return AreaJson.of(kernel.areas().get(code, id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AreaJson.class)))
    @Operation(operationId = "recordArea", summary = "Record a township (9-digit division code) or village (12 digits) within the"
            + " federation's division, with its people counted and its organisation")
    public Response record(AreaBody body) {
        if (body == null) {
            throw new InvalidRequestException(null, "kernel.registry.area-body");
        }
        Area area = kernel.areas().record(code, body.input());
        URI location = uri.getAbsolutePathBuilder().path(area.id()).build();
        return Response.created(location).entity(AreaJson.of(area)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeArea", summary = "Change an area's name, count, survey or organisation, naming the version read")
    public AreaJson change(@PathParam("id") String id, AreaBody body) {
        if (body == null || body.version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        return AreaJson.of(kernel.areas().change(code, id, body.version, body.input()));
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "removed")
    @Operation(operationId = "removeArea", summary = "Remove an area recorded in error, naming the version read")
    public Response remove(@PathParam("id") String id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        kernel.areas().remove(code, id, version);
        return Response.noContent().build();
    }

    private static AreaCoverage coverage(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        for (AreaCoverage value : AreaCoverage.values()) {
            if (value.wireName().equals(wire.strip())) {
                return value;
            }
        }
        throw new InvalidRequestException("coverage", "kernel.registry.coverage-filter", wire);
    }
}
