package org.qiaoyun.plugins.volunteers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.StreamingOutput;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;

/** {@code .../volunteers/shifts}: finding shifts, changing and cancelling them, their rosters and sign-ups. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShiftsResource {

    private final TenantScope scope;
    private final Rosters rosters;

    ShiftsResource(TenantScope scope) {
        this.scope = scope;
        this.rosters = new Rosters(scope);
    }

    /**
     * A shift with how many of its places are taken (confirmed, or held until the organiser confirms them
     * where {@code needsApproval}); the check-in code only for organisers.
     */
    public record ShiftJson(String id, String activityId, String activity, String place, Instant startsAt, Instant endsAt,
                            int capacity, long placesTaken, boolean needsApproval, boolean needsInsurance, String skillsWanted,
                            Instant cancelUntil, String status, String cancelReason, String checkInCode, long version) {
    }

    /** Shifts as the caller may see them: the code that proves presence is for organisers' eyes. */
    static List<ShiftJson> json(TenantScope scope, Rosters rosters, List<Shift> shifts) {
        boolean organiser = Permissions.organises(scope);
        Map<String, Long> taken = rosters.placesTaken(shifts.stream().map(Shift::id).toList());
        return shifts.stream().map(s -> new ShiftJson(s.id(), s.activityId(), s.activity(), s.place(), s.startsAt(), s.endsAt(),
                s.capacity(), taken.getOrDefault(s.id(), 0L), s.needsApproval(), s.needsInsurance(), s.skillsWanted(), s.cancelUntil(), Inputs.lower(s.status()),
                s.cancelReason(), organiser ? s.checkInCode() : null, s.version())).toList();
    }

    /** {@code POST activities/{id}/shifts} and {@code PUT shifts/{id}} (with the version that was changed). */
    public static class ShiftForm {
        public String place;
        public String startsAt;
        public String endsAt;
        public Integer capacity;
        public String skillsWanted;
        public String cancelUntil;
        public Boolean needsApproval;
        /** Only volunteers whose insurance covers the shift's day sign up (risky activities, 志愿服务条例 Art. 17). */
        public Boolean needsInsurance;
        public Long version;

        Shift.Draft draft() {
            return new Shift.Draft(place, Inputs.instant(startsAt, "startsAt"), Inputs.instant(endsAt, "endsAt"),
                    capacity == null ? 0 : capacity, skillsWanted, Inputs.optionalInstant(cancelUntil, "cancelUntil"),
                    Boolean.TRUE.equals(needsApproval), Boolean.TRUE.equals(needsInsurance));
        }
    }

    /** {@code POST activities/{id}/shifts/weekly}: the first week's shift and how many weeks (1 to 26). */
    public static class WeeklyShiftForm extends ShiftForm {
        public Integer weeks;
    }

    /** {@code POST shifts/{id}/hours}: hours entered afterwards (补录) for a volunteer who served without signing up. */
    public static class HoursEntry {
        public String volunteerId;
        public Integer minutes;
        public String reason;
    }

    /**
     * A place on a shift. {@code position} is the order of signing up on the shift; {@code placeInLine}
     * (waiting sign-ups only) is how many must cancel before this one: 1 moves up next.
     */
    public record SignUpJson(String id, String shiftId, String volunteerId, String status, long position, Integer placeInLine,
                             Instant checkedInAt, Instant checkedOutAt, Integer minutes, String correctionReason,
                             String declineReason, String evaluation, String evaluationNote, boolean enteredAfterwards) {

        static SignUpJson of(SignUp s, Integer placeInLine) {
            return new SignUpJson(s.id(), s.shiftId(), s.volunteerId(), Inputs.lower(s.status()), s.position(), placeInLine,
                    s.checkedInAt(), s.checkedOutAt(), s.minutes(), s.correctionReason(), s.declineReason(),
                    Inputs.lower(s.evaluation()), s.evaluationNote(), s.enteredAfterwards());
        }

        static SignUpJson of(SignUp s, Rosters rosters) {
            return of(s, s.status() == SignUp.Status.WAITING ? (int) rosters.placeInLine(s) : null);
        }
    }

    /**
     * 补录: an organiser enters the minutes of a volunteer who served on this ended shift without signing up
     * (a walk-in, a paper sign-in sheet); the reason is required (400 naming {@code reason}); audited.
     */
    @POST
    @Path("{id}/hours")
    public Response enterAfterwards(@PathParam("id") String id, HoursEntry body) {
        Inputs.body(body);
        if (body.minutes == null) {
            throw new org.qiaoyun.api.InvalidInputException("minutes", Text.of("volunteers.request.minutes-required"));
        }
        SignUp entered = rosters.enterAfterwards(id, body.volunteerId, body.minutes, body.reason);
        return Response.status(Response.Status.CREATED).entity(SignUpJson.of(entered, (Integer) null)).build();
    }

    /** {@code POST shifts/{id}/sign-ups}. */
    public static class NewSignUp {
        public String volunteerId;
    }

    /**
     * Open shifts still to come, soonest first: {@code skill} finds those that want it, {@code district} those
     * of activities there, {@code activity} one activity's, {@code from} those from a time on.
     */
    @GET
    public Page<ShiftJson> find(@QueryParam("skill") String skill, @QueryParam("district") String district,
                                @QueryParam("activity") String activity, @QueryParam("from") String from,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        Page<Shift> found = rosters.find(new Rosters.Search(skill, district, activity, Inputs.optionalInstant(from, "from")), page, size);
        return new Page<>(json(scope, rosters, found.items()), page, size, found.total());
    }

    @GET
    @Path("{id}")
    public ShiftJson shift(@PathParam("id") String id) {
        return json(scope, rosters, List.of(rosters.shift(id))).get(0);
    }

    /** Changes a shift that has not begun (organisers), naming the version changed. */
    @PUT
    @Path("{id}")
    public ShiftJson change(@PathParam("id") String id, ShiftForm body) {
        Inputs.body(body);
        rosters.change(id, Inputs.version(body.version), body.draft());
        return shift(id);
    }

    /** Calls a shift off with a reason; every sign-up on it is cancelled. */
    @POST
    @Path("{id}/cancel")
    public ShiftJson cancel(@PathParam("id") String id, ActivitiesResource.Cancellation body) {
        rosters.cancelShift(id, Inputs.body(body).reason);
        return shift(id);
    }

    /** Confirmed first, then the waiting list, each in the order people came. */
    @GET
    @Path("{id}/roster")
    public List<SignUpJson> roster(@PathParam("id") String id) {
        List<SignUp> roster = rosters.roster(id);
        Map<String, Integer> places = Rosters.waitingPlaces(roster);
        return roster.stream().map(s -> SignUpJson.of(s, places.get(s.id()))).toList();
    }

    /** The roster as CSV (UTF-8 with BOM) for the organiser's records; audited. */
    @GET
    @Path("{id}/roster.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response rosterCsv(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        Shift shift = rosters.shift(id);
        Permissions.requireOrganiser(scope);
        StreamingOutput body = out -> rosters.export(id, out, Text.languageOf(headers.getAcceptableLanguages()));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"roster-" + shift.id() + ".csv\"").build();
    }

    /** Signs a volunteer up: the volunteer themselves, or an organiser for anyone. */
    @POST
    @Path("{id}/sign-ups")
    public Response signUp(@PathParam("id") String shiftId, NewSignUp body) {
        SignUpJson created = SignUpJson.of(rosters.signUp(shiftId, body == null ? null : body.volunteerId), rosters);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
