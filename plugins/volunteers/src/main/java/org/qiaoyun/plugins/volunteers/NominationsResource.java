package org.qiaoyun.plugins.volunteers;

import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.recognition.Nomination;
import org.qiaoyun.plugins.volunteers.recognition.Nominations;

/** {@code .../volunteers/nominations}: organisers propose volunteers for awards; the federation's admins decide. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationsResource {

    private final Nominations nominations;

    NominationsResource(TenantScope scope) {
        this.nominations = new Nominations(scope);
    }

    /** A nomination and where it stands. */
    public record NominationJson(String id, String volunteerId, String award, int year, String reason, String nominatedBy,
                                 Instant nominatedAt, String status, String decidedBy, String decisionNote, String sentUpTo, long version) {

        static NominationJson of(Nomination n) {
            return new NominationJson(n.id(), n.volunteerId(), n.award(), n.year(), n.reason(), n.nominatedBy(), n.nominatedAt(),
                    Inputs.lower(n.status()), n.decidedBy(), n.decisionNote(), n.sentUpTo(), n.version());
        }
    }

    /** {@code POST nominations}. */
    public static class NewNomination {
        public String volunteerId;
        public String award;
        public Integer year;
        public String reason;
    }

    /** {@code POST nominations/{id}/decision}. */
    public static class Decision {
        public Boolean endorse;
        public String note;
        public Long version;
    }

    /** {@code POST nominations/{id}/send-up}: the federation above that awards 最美基层侨联志愿者. */
    public static class SendUp {
        public String awardingFederation;
        public Long version;
    }

    @GET
    public Page<NominationJson> find(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        return nominations.find(Inputs.choice(Nomination.Status.class, status, "status"), page, size).map(NominationJson::of);
    }

    @POST
    public Response propose(NewNomination body) {
        Inputs.body(body);
        if (body.year == null) {
            throw new InvalidInputException("year", Text.of("volunteers.request.year-required-e-g-2026"));
        }
        Nomination proposed = nominations.propose(body.volunteerId, body.award, body.year, body.reason);
        return Response.status(Response.Status.CREATED).entity(NominationJson.of(proposed)).build();
    }

    /** The admin endorses ({@code endorse: true}) or declines with a note, naming the version decided on. */
    @POST
    @Path("{id}/decision")
    public NominationJson decide(@PathParam("id") String id, Decision body) {
        Inputs.body(body);
        if (body.endorse == null) {
            throw new InvalidInputException("endorse", Text.of("volunteers.request.endorse-true-false"));
        }
        return NominationJson.of(nominations.decide(id, Inputs.version(body.version), body.endorse, body.note));
    }

    /**
     * The admin sends an endorsed nomination up to the platform's nominations as 最美基层侨联志愿者, for the federation
     * named to decide; once (again: 409). It then goes up level by level under {@code /api/v1/tenants/{code}/nominations}.
     */
    @POST
    @Path("{id}/send-up")
    public NominationJson sendUp(@PathParam("id") String id, SendUp body) {
        Inputs.body(body);
        return NominationJson.of(nominations.sendUp(id, Inputs.version(body.version), body.awardingFederation));
    }
}
