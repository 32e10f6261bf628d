package org.qiaoyun.kernel.rest;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.qiaoyun.kernel.registry.Have;
import org.qiaoyun.kernel.registry.Home;
import org.qiaoyun.kernel.registry.Homes;

/**
 * {@code /api/v1/tenants/{code}/homes}: a federation's Homes of Overseas Chinese (侨胞之家), their own assessment of
 * the five haves, the assessment from above, and model-unit applications.
 */
@Path("v1/tenants/{code}/homes")
@Tag(name = "homes", description = "The grassroots registry: Homes of Overseas Chinese and the five haves")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HomesResource {

    /** A home: {@code evidence} maps each have it claims (organisation, team, funding, venue, activities) to its evidence. */
    public record HomeJson(String id, String name, String place, String hosting, Map<String, String> evidence, int selfScore,
                           Integer assessedScore, String assessedBy, String assessmentNote, Integer modelYear, String modelLevel,
                           String modelStatus, long version) {

        static HomeJson of(Home h) {
            Map<String, String> evidence = new LinkedHashMap<>();
            h.evidence().forEach((have, said) -> evidence.put(have.wireName(), said));
            return new HomeJson(h.id(), h.name(), h.place(), h.hosting().wireName(), evidence, h.selfScore(), h.assessedScore(),
                    h.assessedBy(), h.assessmentNote(), h.modelYear(), h.modelLevel(),
                    h.modelStatus() == null ? null : h.modelStatus().wireName(), h.version());
        }
    }

    /** {@code POST} and {@code PUT /{id}}. */
    public static class HomeBody {
        public String name;
        public String place;
        public String hosting;
        public Long version;
    }

    /** {@code PUT /{id}/self-assessment}: the evidence of each have claimed, by its name. */
    public static class SelfAssessment {
        public Map<String, String> evidence;
        public Long version;
    }

    /** {@code PUT /{id}/assessment}: the score from above, 0 to 5. */
    public static class Assessment {
        public Integer score;
        public String note;
        public Long version;
    }

    /** {@code POST /{id}/model-application}: the year and the federation above applied to. */
    public static class Application {
        public Integer year;
        public String level;
        public Long version;
    }

    /** {@code POST /{id}/model-decision}. */
    public static class Decision {
        public Boolean award;
        public Long version;
    }

    @Inject
    Kernel kernel;

    @Context
    UriInfo uri;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listHomes", summary = "The federation's Homes of Overseas Chinese, by name")
    public Paging<HomeJson> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        return new Paging<>(kernel.homes().of(code, page * size, size).stream().map(HomeJson::of).toList(), page, size,
                kernel.homes().count(code));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHome", summary = "One home")
    public HomeJson get(@PathParam("id") String id) {
        return HomeJson.of(kernel.homes().get(code, id));
    }

    @POST
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HomeJson.class)))
    @Operation(operationId = "registerHome", summary = "Register a home: name, place, standalone or hosted in a party-mass service centre")
    public Response register(HomeBody body) {
        if (body == null) {
            throw new InvalidRequestException("name", "kernel.registry.home-body");
        }
        Home home = kernel.homes().register(code, body.name, body.place, hosting(body.hosting));
        URI location = uri.getAbsolutePathBuilder().path(home.id()).build();
        return Response.created(location).entity(HomeJson.of(home)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeHome", summary = "Change a home's name, place or hosting, naming the version read")
    public HomeJson change(@PathParam("id") String id, HomeBody body) {
        return HomeJson.of(kernel.homes().describe(code, id, version(body == null ? null : body.version), body.name, body.place,
                hosting(body.hosting)));
    }

    @PUT
    @Path("{id}/self-assessment")
    @Operation(operationId = "assessHomeItself", summary = "The home's own assessment: each have it claims with its evidence")
    public HomeJson assessItself(@PathParam("id") String id, SelfAssessment body) {
        long seen = version(body == null ? null : body.version);
        Map<Have, String> evidence = new EnumMap<>(Have.class);
        if (body.evidence != null) {
            body.evidence.forEach((name, said) -> evidence.put(have(name), said));
        }
        return HomeJson.of(kernel.homes().assessItself(code, id, seen, evidence));
    }

    @PUT
    @Path("{id}/assessment")
    @Operation(operationId = "assessHome", summary = "The assessment of a federation above: a score of 0 to 5 and a note")
    public HomeJson assess(@PathParam("id") String id, Assessment body) {
        long seen = version(body == null ? null : body.version);
        if (body.score == null) {
            throw new InvalidRequestException("score", "kernel.registry.home-score", "");
        }
        return HomeJson.of(kernel.homes().assess(code, id, seen, body.score, body.note));
    }

    @POST
    @Path("{id}/model-application")
    @Operation(operationId = "applyForModelUnit", summary = "Apply to a federation above to be named a model unit of a year")
    public HomeJson apply(@PathParam("id") String id, Application body) {
        long seen = version(body == null ? null : body.version);
        if (body.year == null) {
            throw new InvalidRequestException("year", "kernel.registry.model-year", "");
        }
        return HomeJson.of(kernel.homes().applyForModel(code, id, seen, body.year, body.level));
    }

    @POST
    @Path("{id}/model-decision")
    @Operation(operationId = "decideModelUnit", summary = "The federation applied to awards or declines, once (a second decision: 409)")
    public HomeJson decide(@PathParam("id") String id, Decision body) {
        long seen = version(body == null ? null : body.version);
        if (body.award == null) {
            throw new InvalidRequestException("award", "kernel.registry.award-required");
        }
        return HomeJson.of(kernel.homes().decideModel(code, id, seen, body.award));
    }

    /** A file kept as evidence of a have. */
    public record EvidenceJson(String id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
                               java.time.Instant uploadedAt) {
        static EvidenceJson of(org.qiaoyun.api.files.Attachment a) {
            return new EvidenceJson(a.id(), a.fileName(), a.mediaType(), a.size(), a.sha256(), a.uploadedBy(), a.uploadedAt());
        }
    }

    @GET
    @Path("{id}/evidence/{have}/files")
    @Operation(operationId = "listHomeEvidence", summary = "The files kept as evidence of one of a home's five haves")
    public java.util.List<EvidenceJson> evidence(@PathParam("id") String id, @PathParam("have") String have) {
        return kernel.homeEvidence(code).of(Homes.evidenceRecord(id, have(have))).stream().map(EvidenceJson::of).toList();
    }

    @POST
    @Path("{id}/evidence/{have}/files")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "kept",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = EvidenceJson.class)))
    @Operation(operationId = "addHomeEvidence", summary = "Keep a photo or document (PDF, JPEG, PNG, Word, Excel; at most 10 MB)"
            + " as evidence of a have; the file is the request's body, its name in name")
    public Response addEvidence(@PathParam("id") String id, @PathParam("have") String have, @QueryParam("name") String name,
                                java.io.InputStream body) throws java.io.IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) org.qiaoyun.api.files.Attachments.MAX_BYTES + 1);
        org.qiaoyun.api.files.Attachment kept = kernel.homeEvidence(code).attach(Homes.evidenceRecord(id, have(have)), name, content);
        return Response.status(Response.Status.CREATED).entity(EvidenceJson.of(kept)).build();
    }

    @GET
    @Path("{id}/evidence/files/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "openHomeEvidence", summary = "One evidence file, as it was kept (audited)")
    public Response openEvidence(@PathParam("id") String id, @PathParam("file") String file) {
        org.qiaoyun.api.files.Attachments.Opened opened = kernel.homeEvidence(code).open(file);
        if (!opened.attachment().record().startsWith("home/" + id + "/")) {
            throw new org.qiaoyun.api.UnknownObjectException(org.qiaoyun.api.Text.of("platform.file.unknown"));
        }
        String name = java.net.URLEncoder.encode(opened.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(opened.content(), opened.attachment().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/evidence/files/{file}")
    @APIResponse(responseCode = "204", description = "removed")
    @Operation(operationId = "removeHomeEvidence", summary = "Remove an evidence file (the home's federation's admins)")
    public Response removeEvidence(@PathParam("id") String id, @PathParam("file") String file) {
        kernel.homeEvidence(code).remove(file);
        return Response.noContent().build();
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        return version;
    }

    private static Home.Hosting hosting(String wire) {
        if (wire == null || wire.isBlank()) {
            return Home.Hosting.STANDALONE;
        }
        for (Home.Hosting hosting : Home.Hosting.values()) {
            if (hosting.wireName().equals(wire.strip())) {
                return hosting;
            }
        }
        throw new InvalidRequestException("hosting", "kernel.registry.hosting", wire);
    }

    private static Have have(String wire) {
        for (Have have : Have.values()) {
            if (have.wireName().equals(wire)) {
                return have;
            }
        }
        throw new InvalidRequestException("evidence", "kernel.registry.have-unknown", String.valueOf(wire));
    }
}
