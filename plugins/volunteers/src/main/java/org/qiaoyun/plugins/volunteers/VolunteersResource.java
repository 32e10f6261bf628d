package org.qiaoyun.plugins.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.StarLevels;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/** {@code /api/v1/tenants/{code}/volunteers}: volunteers, shifts, sign-ups, check-in and check-out, hours. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    private final TenantScope scope;
    private final Rosters rosters;

    VolunteersResource(TenantScope scope, Clock clock) {
        this.scope = scope;
        this.rosters = new Rosters(scope, clock);
    }

    /** A volunteer as the API shows them. */
    public record VolunteerJson(String id, String username, String name, String skills, String languages, String district,
                                String status, long minutesServed, int stars) {
    }

    /** A shift (the check-in code only for organisers). */
    public record ShiftJson(String id, String activity, String place, Instant startsAt, Instant endsAt, int capacity,
                            Instant cancelUntil, String checkInCode) {
    }

    /**
     * A place on a shift. {@code position} is the order of signing up on the shift; {@code placeInLine}
     * (waiting sign-ups only) is how many must cancel before this one: 1 moves up next.
     */
    public record SignUpJson(String id, String shiftId, String volunteerId, String status, long position, Integer placeInLine,
                             Instant checkedInAt, Instant checkedOutAt, Integer minutes) {

        static SignUpJson of(SignUp s, Integer placeInLine) {
            return new SignUpJson(s.id(), s.shiftId(), s.volunteerId(), s.status().name().toLowerCase(java.util.Locale.ROOT),
                    s.position(), placeInLine, s.checkedInAt(), s.checkedOutAt(), s.minutes());
        }
    }

    private SignUpJson json(SignUp s) {
        return SignUpJson.of(s, s.status() == SignUp.Status.WAITING ? (int) rosters.placeInLine(s) : null);
    }

    /** {@code POST volunteers}: an organiser registers someone (approved), a volunteer themselves (pending). */
    public static class NewVolunteer {
        public String username;
        public String name;
        public String phone;
        public String skills;
        public String languages;
        public String district;
        public String availability;
    }

    /** {@code POST shifts}. */
    public static class NewShift {
        public String activity;
        public String place;
        public String startsAt;
        public String endsAt;
        public Integer capacity;
        public String skillsWanted;
        public String cancelUntil;
    }

    /** {@code POST shifts/{id}/sign-ups}, check-in and corrections. */
    public static class Action {
        public String volunteerId;
        public String code;
        public Integer minutes;
        public String reason;
    }

    @POST
    @Path("volunteers")
    public Response register(NewVolunteer body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON body is required");
        }
        boolean organiser = scope.callerHas("organiser") || scope.callerHas("admin");
        if (!organiser && !scope.currentUser().map(u -> u.equals(body.username)).orElse(false)) {
            throw new PermissionDeniedException("volunteers register themselves; organisers register others");
        }
        Volunteer volunteer = scope.transaction(em -> {
            boolean taken = !em.createQuery("select v.id from Volunteer v where v.username = :user", String.class)
                    .setParameter("user", body.username).getResultList().isEmpty();
            if (taken) {
                throw new org.qiaoyun.api.ConflictException("username", body.username + " is registered as a volunteer already");
            }
            Volunteer v = Volunteer.register(body.username, body.name, body.phone, body.skills, body.languages, body.district,
                    body.availability, organiser);
            em.persist(v);
            return v;
        });
        return Response.status(Response.Status.CREATED).entity(json(volunteer)).build();
    }

    /** An organiser approves a volunteer who registered themselves. */
    @POST
    @Path("volunteers/{id}/approve")
    public VolunteerJson approve(@PathParam("id") String id) {
        Volunteer approved = rosters.approve(id);
        VolunteerIndicators.refresh(scope);
        return json(approved);
    }

    /** A completed course, on the volunteer's record. */
    public record TrainingJson(String id, String course, java.time.LocalDate completedOn, int hours, String recordedBy) {
    }

    /** {@code POST volunteers/{id}/trainings}. */
    public static class NewTraining {
        public String course;
        public String completedOn;
        public Integer hours;
    }

    /** Records a course a volunteer completed (organisers). */
    @POST
    @Path("volunteers/{id}/trainings")
    public Response recordTraining(@PathParam("id") String id, NewTraining body) {
        if (!scope.callerHas("organiser") && !scope.callerHas("admin")) {
            throw new PermissionDeniedException("organisers record training");
        }
        if (body == null) {
            throw new InvalidInputException(null, "a JSON body is required");
        }
        java.time.LocalDate on;
        try {
            on = body.completedOn == null ? null : java.time.LocalDate.parse(body.completedOn);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("completedOn", "completedOn must be a date like 2026-11-25");
        }
        java.time.LocalDate day = on;
        org.qiaoyun.plugins.volunteers.training.Training training = scope.transaction(em -> {
            if (em.find(Volunteer.class, id) == null) {
                throw new org.qiaoyun.api.UnknownObjectException("volunteer", id);
            }
            var t = org.qiaoyun.plugins.volunteers.training.Training.completed(id, body.course, day,
                    body.hours == null ? 0 : body.hours, scope.currentUser().orElse("system"),
                    java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            em.persist(t);
            scope.audit("training.record", id, t.course());
            return t;
        });
        return Response.status(Response.Status.CREATED).entity(new TrainingJson(training.id(), training.course(),
                training.completedOn(), training.hours(), training.recordedBy())).build();
    }

    /** The courses on a volunteer's record, latest first. */
    @GET
    @Path("volunteers/{id}/trainings")
    public List<TrainingJson> trainings(@PathParam("id") String id) {
        requireSelfOrOrganiser(id);
        return scope.transaction(em -> em.createQuery("select t from Training t where t.volunteerId = :v order by t.completedOn desc",
                        org.qiaoyun.plugins.volunteers.training.Training.class).setParameter("v", id).getResultList()).stream()
                .map(t -> new TrainingJson(t.id(), t.course(), t.completedOn(), t.hours(), t.recordedBy())).toList();
    }

    /** The tenant's volunteers by hours served, most first (the leaderboard). */
    @GET
    @Path("leaderboard")
    public List<VolunteerJson> leaderboard() {
        return scope.transaction(em -> em.createQuery("select v from Volunteer v where v.status = :approved", Volunteer.class)
                        .setParameter("approved", Volunteer.Status.APPROVED).getResultList()).stream()
                .map(this::json).sorted(java.util.Comparator.comparingLong(VolunteerJson::minutesServed).reversed()).limit(50).toList();
    }

    @GET
    @Path("volunteers/{id}")
    public VolunteerJson volunteer(@PathParam("id") String id) {
        Volunteer v = scope.transaction(em -> em.find(Volunteer.class, id));
        if (v == null) {
            throw new org.qiaoyun.api.UnknownObjectException("volunteer", id);
        }
        return json(v);
    }

    @POST
    @Path("shifts")
    public Response plan(NewShift body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON body is required");
        }
        Shift shift = rosters.plan(Shift.plan(body.activity, body.place, instant(body.startsAt, "startsAt"),
                instant(body.endsAt, "endsAt"), body.capacity == null ? 0 : body.capacity, body.skillsWanted,
                body.cancelUntil == null ? null : instant(body.cancelUntil, "cancelUntil")));
        return Response.status(Response.Status.CREATED).entity(new ShiftJson(shift.id(), shift.activity(), shift.place(),
                shift.startsAt(), shift.endsAt(), shift.capacity(), shift.cancelUntil(), shift.checkInCode())).build();
    }

    @GET
    @Path("shifts/{id}/roster")
    public List<SignUpJson> roster(@PathParam("id") String id) {
        List<SignUp> roster = rosters.roster(id);
        java.util.Map<String, Integer> places = Rosters.waitingPlaces(roster);
        return roster.stream().map(s -> SignUpJson.of(s, places.get(s.id()))).toList();
    }

    @POST
    @Path("shifts/{id}/sign-ups")
    public Response signUp(@PathParam("id") String shiftId, Action body) {
        String volunteerId = body == null ? null : body.volunteerId;
        requireSelfOrOrganiser(volunteerId);
        SignUpJson created = json(rosters.signUp(shiftId, volunteerId));
        VolunteerIndicators.refresh(scope);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("sign-ups/{id}/cancel")
    public SignUpJson cancel(@PathParam("id") String id) {
        requireSelfOrOrganiser(volunteerOf(id));
        return json(rosters.cancel(id));
    }

    @POST
    @Path("sign-ups/{id}/check-in")
    public SignUpJson checkIn(@PathParam("id") String id, Action body) {
        requireSelfOrOrganiser(volunteerOf(id));
        return json(rosters.checkIn(id, body == null ? null : body.code));
    }

    @POST
    @Path("sign-ups/{id}/check-out")
    public SignUpJson checkOut(@PathParam("id") String id) {
        requireSelfOrOrganiser(volunteerOf(id));
        SignUpJson done = json(rosters.checkOut(id));
        VolunteerIndicators.refresh(scope);
        return done;
    }

    /** Volunteers act for themselves; organisers and admins for anyone. */
    private void requireSelfOrOrganiser(String volunteerId) {
        if (scope.callerHas("organiser") || scope.callerHas("admin")) {
            return;
        }
        String username = volunteerId == null ? null : scope.transaction(em -> {
            Volunteer v = em.find(Volunteer.class, volunteerId);
            return v == null ? null : v.username();
        });
        if (username == null || !scope.currentUser().map(username::equals).orElse(false)) {
            throw new PermissionDeniedException("volunteers act for themselves only");
        }
    }

    private String volunteerOf(String signUpId) {
        return scope.transaction(em -> {
            SignUp signUp = em.find(SignUp.class, signUpId);
            if (signUp == null) {
                throw new org.qiaoyun.api.UnknownObjectException("sign-up", signUpId);
            }
            return signUp.volunteerId();
        });
    }

    @POST
    @Path("sign-ups/{id}/correction")
    public SignUpJson correct(@PathParam("id") String id, Action body) {
        if (body == null || body.minutes == null) {
            throw new InvalidInputException("minutes", "minutes are required");
        }
        return json(rosters.correct(id, body.minutes, body.reason));
    }

    private VolunteerJson json(Volunteer v) {
        long minutes = rosters.minutesServed(v.id());
        return new VolunteerJson(v.id(), v.username(), v.name(), v.skills(), v.languages(), v.district(),
                v.status().name().toLowerCase(java.util.Locale.ROOT), minutes, StarLevels.DEFAULT.stars(minutes));
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (NullPointerException | DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a time like 2026-12-01T09:00:00Z");
        }
    }
}
