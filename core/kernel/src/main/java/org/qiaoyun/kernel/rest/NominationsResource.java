package org.qiaoyun.kernel.rest;

import java.net.URI;
import java.time.Instant;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Nomination;
import org.qiaoyun.kernel.registry.NominationInput;
import org.qiaoyun.kernel.registry.NominationStep;
import org.qiaoyun.kernel.registry.Nominations;

/**
 * {@code /api/v1/tenants/{code}/nominations}: recognition that flows up. A federation nominates for an award decided
 * above; the level a nomination waits at recommends it up, declines it with a reason, or (the awarding level) awards
 * it. Read by the federation's own admins and viewers, for the nominations it made, holds or passed on; every read
 * audited.
 */
@Path("v1/tenants/{code}/nominations")
@Tag(name = "nominations", description = "The grassroots registry: nominations for recognition, decided level by level")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationsResource {

    /** A step of the way: {@code decision} is nominated, recommended, declined or awarded. */
    public record StepJson(String tenant, String decision, String reason, String by, Instant at) {

        static StepJson of(NominationStep s) {
            return new StepJson(s.tenantCode(), s.decision().wireName(), s.reason(), s.decidedBy(), s.decidedAt());
        }
    }

    /** A nomination; {@code steps} only when one is opened. */
    public record NominationJson(String id, String tenant, String award, int year, String nominee, String citation,
                                 String awardingTenant, String waitingAt, String status, Instant nominatedAt, long version,
                                 List<StepJson> steps) {

        static NominationJson of(Nomination n, List<NominationStep> steps) {
            return new NominationJson(n.id(), n.tenantCode(), n.award().wireName(), n.year(), n.nominee(), n.citation(),
                    n.awardingTenant(), n.status() == Nomination.Status.PENDING ? n.atTenant() : null, n.status().wireName(),
                    n.nominatedAt(), n.version(), steps == null ? null : steps.stream().map(StepJson::of).toList());
        }
    }

    /** {@code POST}: the award ({@code worker}, {@code volunteer}, {@code model-unit}), year, nominee, citation, awarding federation. */
    public static class NominationBody {
        public String award;
        public Integer year;
        public String nominee;
        public String citation;
        public String awardingTenant;
    }

    /** {@code POST /{id}/decision}: {@code recommend}, {@code award} or {@code decline} (with a reason), on the version read. */
    public static class DecisionBody {
        public String decision;
        public String reason;
        public Long version;
    }

    @Inject
    Kernel kernel;

    @Context
    UriInfo uri;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "listNominations", summary = "The nominations the federation made, holds or passed on, newest first (audited)")
    public Paging<NominationJson> list(
            @Parameter(description = "sent: made here; waiting: to decide here; all (default): every one this federation had a hand in")
            @QueryParam("box") String box,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size);
        Nominations.Box chosen = box(box);
        return new Paging<>(kernel.nominations().of(code, chosen, page * size, size).stream().map(n -> NominationJson.of(n, null)).toList(),
                page, size, kernel.nominations().count(code, chosen));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNomination", summary = "One nomination with its steps (audited)")
    public NominationJson get(@PathParam("id") String id) {
        Nominations.Record record = kernel.nominations().get(code, id);
        return NominationJson.of(record.nomination(), record.steps());
    }

    @POST
    @APIResponse(responseCode = "201", description = "nominated; it waits at the federation above",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NominationJson.class)))
    @Operation(operationId = "nominate", summary = "Nominate for an award decided by a federation above")
    public Response nominate(NominationBody body) {
        if (body == null) {
            throw new InvalidRequestException("award", "kernel.registry.nomination-award", "");
        }
        Nomination nomination = kernel.nominations().nominate(code, new NominationInput(NominationInput.award(body.award), body.year,
                body.nominee, body.citation, body.awardingTenant));
        URI location = uri.getAbsolutePathBuilder().path(nomination.id()).build();
        return Response.created(location).entity(NominationJson.of(nomination, null)).build();
    }

    @POST
    @Path("{id}/decision")
    @Operation(operationId = "decideNomination", summary = "Recommend up, award (the awarding level) or decline with a reason; once (again: 409)")
    public NominationJson decide(@PathParam("id") String id, DecisionBody body) {
        if (body == null || body.version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        String decision = body.decision == null ? "" : body.decision.strip();
        Nomination decided = switch (decision) {
            case "recommend" -> kernel.nominations().recommend(code, id, body.version, body.reason);
            case "award" -> kernel.nominations().award(code, id, body.version, body.reason);
            case "decline" -> kernel.nominations().decline(code, id, body.version, body.reason);
            default -> throw new InvalidRequestException("decision", "kernel.registry.nomination-decision", decision);
        };
        return NominationJson.of(decided, null);
    }

    private static Nominations.Box box(String wire) {
        if (wire == null || wire.isBlank()) {
            return Nominations.Box.ALL;
        }
        for (Nominations.Box box : Nominations.Box.values()) {
            if (box.name().equalsIgnoreCase(wire.strip())) {
                return box;
            }
        }
        throw new InvalidRequestException("box", "kernel.registry.nomination-box", wire);
    }
}
