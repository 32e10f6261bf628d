package org.qiaoyun.plugins.volunteers;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;

/** {@code .../volunteers/activities}: activities and the shifts planned in them. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    private final TenantScope scope;
    private final Activities activities;
    private final Rosters rosters;

    ActivitiesResource(TenantScope scope) {
        this.scope = scope;
        this.activities = new Activities(scope);
        this.rosters = new Rosters(scope);
    }

    /** An activity; {@code shifts} only when one activity is asked for. */
    public record ActivityJson(String id, String title, String description, String place, String district, String status,
                               String cancelReason, String createdBy, Instant createdAt, long version,
                               List<ShiftsResource.ShiftJson> shifts) {

        static ActivityJson of(Activity a, List<ShiftsResource.ShiftJson> shifts) {
            return new ActivityJson(a.id(), a.title(), a.description(), a.place(), a.district(), Inputs.lower(a.status()),
                    a.cancelReason(), a.createdBy(), a.createdAt(), a.version(), shifts);
        }
    }

    /** {@code POST activities} and {@code PUT activities/{id}} (with the version that was changed). */
    public static class ActivityForm {
        public String title;
        public String description;
        public String place;
        public String district;
        public Long version;
    }

    /** {@code POST activities/{id}/cancel}. */
    public static class Cancellation {
        public String reason;
    }

    /** Activities, newest first: words of the title, a district, cancelled ones on request. */
    @GET
    public Page<ActivityJson> find(@QueryParam("q") String text, @QueryParam("district") String district,
                                   @QueryParam("cancelled") @DefaultValue("false") boolean withCancelled,
                                   @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return activities.find(new Activities.Search(text, district, withCancelled), page, size).map(a -> ActivityJson.of(a, null));
    }

    @POST
    public Response create(ActivityForm body) {
        Inputs.body(body);
        Activity created = activities.create(body.title, body.description, body.place, body.district);
        return Response.status(Response.Status.CREATED).entity(ActivityJson.of(created, List.of())).build();
    }

    /** An activity with all its shifts, cancelled ones too. */
    @GET
    @Path("{id}")
    public ActivityJson activity(@PathParam("id") String id) {
        Activity activity = activities.activity(id);
        return ActivityJson.of(activity, ShiftsResource.json(scope, rosters, rosters.shiftsOf(id)));
    }

    @PUT
    @Path("{id}")
    public ActivityJson describe(@PathParam("id") String id, ActivityForm body) {
        Inputs.body(body);
        activities.describe(id, Inputs.version(body.version), body.title, body.description, body.place, body.district);
        return activity(id);
    }

    /** Calls the activity off with a reason; its shifts to come are cancelled with their rosters. */
    @POST
    @Path("{id}/cancel")
    public ActivityJson cancel(@PathParam("id") String id, Cancellation body) {
        rosters.cancelActivity(id, Inputs.body(body).reason);
        return activity(id);
    }

    /** Plans a shift of the activity. */
    @POST
    @Path("{id}/shifts")
    public Response plan(@PathParam("id") String id, ShiftsResource.ShiftForm body) {
        Shift planned = rosters.plan(id, Inputs.body(body).draft());
        return Response.status(Response.Status.CREATED)
                .entity(ShiftsResource.json(scope, rosters, List.of(planned)).get(0)).build();
    }

    /**
     * Plans the same shift weekly for {@code weeks} weeks (1 to 26) in one step, each week its own shift;
     * all or none. Answers the shifts planned, in order.
     */
    @POST
    @Path("{id}/shifts/weekly")
    public Response planWeekly(@PathParam("id") String id, ShiftsResource.WeeklyShiftForm body) {
        Inputs.body(body);
        List<Shift> planned = rosters.planWeekly(id, body.draft(), body.weeks == null ? 0 : body.weeks);
        return Response.status(Response.Status.CREATED).entity(ShiftsResource.json(scope, rosters, planned)).build();
    }
}
