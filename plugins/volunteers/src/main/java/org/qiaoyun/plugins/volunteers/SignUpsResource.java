package org.qiaoyun.plugins.volunteers;


import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.ShiftsResource.SignUpJson;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.SignUp;

/**
 * {@code .../volunteers/sign-ups}: a place on a shift, from cancelling to checking in and out and the
 * organiser's correction of the minutes served.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignUpsResource {

    private final TenantScope scope;
    private final Rosters rosters;

    SignUpsResource(TenantScope scope) {
        this.scope = scope;
        this.rosters = new Rosters(scope);
    }

    /**
     * {@code POST sign-ups/{id}/check-in} {@code {code}}, {@code .../correction} {@code {minutes, reason}},
     * {@code .../evaluation} {@code {evaluation, note}}.
     */
    public static class Action {
        public String code;
        public Integer minutes;
        public String reason;
        public String evaluation;
        public String note;
    }

    @POST
    @Path("{id}/cancel")
    public SignUpJson cancel(@PathParam("id") String id) {
        return SignUpJson.of(rosters.cancel(id), rosters);
    }

    /**
     * Checks in with the code shown at the place. An organiser may leave the code out: they check in a
     * volunteer they see there.
     */
    @POST
    @Path("{id}/check-in")
    public SignUpJson checkIn(@PathParam("id") String id, Action body) {
        String code = body == null ? null : body.code;
        if ((code == null || code.isBlank()) && Permissions.organises(scope)) {
            return SignUpJson.of(rosters.checkInAsOrganiser(id), rosters);
        }
        return SignUpJson.of(rosters.checkIn(id, code), rosters);
    }

    @POST
    @Path("{id}/check-out")
    public SignUpJson checkOut(@PathParam("id") String id) {
        SignUpJson done = SignUpJson.of(rosters.checkOut(id), rosters);
        return done;
    }

    /** The organiser records that a confirmed volunteer never came (once the shift has begun): no hours, on their record. */
    @POST
    @Path("{id}/no-show")
    public SignUpJson noShow(@PathParam("id") String id) {
        return SignUpJson.of(rosters.noShow(id), rosters);
    }

    /** The organiser confirms a sign-up on a shift that needs approval. */
    @POST
    @Path("{id}/approve")
    public SignUpJson approve(@PathParam("id") String id) {
        return SignUpJson.of(rosters.approveSignUp(id), rosters);
    }

    /** The organiser turns down a sign-up not yet confirmed, with a reason; a place it held goes to the first in line. */
    @POST
    @Path("{id}/decline")
    public SignUpJson decline(@PathParam("id") String id, Action body) {
        return SignUpJson.of(rosters.declineSignUp(id, body == null ? null : body.reason), rosters);
    }

    /** The organiser evaluates a shift served: excellent, good, pass, or fail with a note. */
    @POST
    @Path("{id}/evaluation")
    public SignUpJson evaluate(@PathParam("id") String id, Action body) {
        Inputs.body(body);
        return SignUpJson.of(rosters.evaluate(id, Inputs.choice(SignUp.Evaluation.class, body.evaluation, "evaluation"), body.note),
                rosters);
    }

    /** An organiser corrects the minutes served, giving a reason (audited). */
    @POST
    @Path("{id}/correction")
    public SignUpJson correct(@PathParam("id") String id, Action body) {
        if (body == null || body.minutes == null) {
            throw new InvalidInputException("minutes", Text.of("volunteers.request.minutes-required"));
        }
        SignUpJson corrected = SignUpJson.of(rosters.correct(id, body.minutes, body.reason), rosters);
        return corrected;
    }
}
