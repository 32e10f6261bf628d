package org.qiaoyun.plugins.aid;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.referral.Referral;
import org.qiaoyun.plugins.aid.referral.Referrals;
import org.qiaoyun.plugins.aid.referral.Scheme;

/** {@code .../cases/{id}/referrals}: a case's referrals to government schemes and their outcomes. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    private final Referrals referrals;
    private final String caseId;

    ReferralsResource(TenantScope scope, String caseId) {
        this.referrals = new Referrals(scope);
        this.caseId = caseId;
    }

    /** A referral as the API shows it. */
    public record ReferralJson(String id, String scheme, String schemeOther, LocalDate referredOn, String body, String outcome,
                               LocalDate outcomeOn, String note, String createdBy, long version) {
        static ReferralJson of(Referral r) {
            return new ReferralJson(r.id(), Inputs.lower(r.scheme()), r.schemeOther(), r.referredOn(), r.body(), Inputs.lower(r.outcome()),
                    r.outcomeOn(), r.outcomeNote(), r.createdBy(), r.version());
        }
    }

    /** {@code POST cases/{id}/referrals}. */
    public static class NewReferral {
        public String scheme;
        public String schemeOther;
        public String referredOn;
        public String body;
    }

    /** {@code POST cases/{id}/referrals/{referralId}/outcome}. */
    public static class OutcomeBody {
        public Long version;
        public String outcome;
        public String outcomeOn;
        public String note;
    }

    @GET
    public List<ReferralJson> list() {
        return referrals.of(caseId).stream().map(ReferralJson::of).toList();
    }

    @POST
    public Response refer(NewReferral body) {
        Inputs.body(body);
        Referral made = referrals.refer(caseId, Inputs.choice(Scheme.class, body.scheme, "scheme"), body.schemeOther,
                Inputs.date(body.referredOn, "referredOn"), body.body);
        return Response.status(Response.Status.CREATED).entity(ReferralJson.of(made)).build();
    }

    @POST
    @Path("{referralId}/outcome")
    public ReferralJson decided(@PathParam("referralId") String referralId, OutcomeBody body) {
        Inputs.body(body);
        return ReferralJson.of(referrals.decided(caseId, referralId, body.version, Inputs.choice(Referral.Outcome.class, body.outcome, "outcome"),
                Inputs.date(body.outcomeOn, "outcomeOn"), body.note));
    }
}
