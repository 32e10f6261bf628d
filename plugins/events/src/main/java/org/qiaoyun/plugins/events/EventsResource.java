package org.qiaoyun.plugins.events;

import java.time.Instant;

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
import org.qiaoyun.plugins.events.event.Audience;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.EventStaffing;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.plugins.events.event.Status;
import org.qiaoyun.plugins.events.registration.Registrations;

/**
 * {@code /api/v1/tenants/{code}/events}: the entrance to the module's API, built per request for one tenant by the
 * kernel after its checks. Events and their life here; an event's registrations and its door (check-in, walk-ins,
 * the attendance sheet) have their own resources. Described in {@code META-INF/openapi/events.yaml}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    private final TenantScope scope;
    private final Events events;
    private final Registrations.Links links;
    private final EventStaffing staffing;

    private final org.qiaoyun.plugins.events.newsletter.NewsletterLinks newsletterLinks;

    EventsResource(TenantScope scope, Registrations.Links links, org.qiaoyun.plugins.events.newsletter.NewsletterLinks newsletterLinks,
                   EventStaffing staffing) {
        this.scope = scope;
        this.newsletterLinks = newsletterLinks;
        this.events = new Events(scope);
        this.links = links;
        this.staffing = staffing;
    }

    /** {@code POST events/{id}/staffing}: how many volunteers, with which skills. */
    public static class StaffingBody {
        public Integer volunteers;
        public String skills;
    }

    /** How the request for volunteers stands; {@code available} false where the volunteer module is off. */
    public record StaffingJson(boolean available, boolean asked, int needed, int confirmed, int waiting, boolean withdrawn) {
        static StaffingJson of(boolean available, java.util.Optional<org.qiaoyun.api.staffing.StaffingStatus> status) {
            return status.map(s -> new StaffingJson(true, true, s.needed(), s.confirmed(), s.waiting(), s.withdrawn()))
                    .orElse(new StaffingJson(available, false, 0, 0, 0, false));
        }
    }

    @GET
    @Path("events/{id}/staffing")
    public StaffingJson staffing(@PathParam("id") String id) {
        events.get(id);
        return StaffingJson.of(staffing.available(), staffing.status(id));
    }

    @POST
    @Path("events/{id}/staffing")
    public StaffingJson askVolunteers(@PathParam("id") String id, StaffingBody body) {
        Inputs.body(body);
        return StaffingJson.of(true, java.util.Optional.of(staffing.ask(id, body.volunteers, body.skills)));
    }

    /** An event as the API shows it. */
    public record EventJson(String id, String title, String kind, String description, String place, boolean online, Instant startsAt,
                            Instant endsAt, String organiser, String audience, int capacity, Instant signUpOpensAt, Instant signUpClosesAt,
                            boolean needsConfirmation, String feeNote, String partners, String status, String reason, long version) {
        static EventJson of(CulturalEvent e) {
            return new EventJson(e.id(), e.title(), Inputs.lower(e.kind()), e.description(), e.place(), e.online(), e.startsAt(), e.endsAt(),
                    e.organiser(), Inputs.lower(e.audience()), e.capacity(), e.signUpOpensAt(), e.signUpClosesAt(), e.needsConfirmation(),
                    e.feeNote(), e.partners(), Inputs.lower(e.status()), e.reason(), e.version());
        }
    }

    /** {@code POST events} and {@code PUT events/{id}} (with the version the change was made on). */
    public static class EventBody {
        public String title;
        public String kind;
        public String description;
        public String place;
        public Boolean online;
        public String startsAt;
        public String endsAt;
        public String audience;
        public Integer capacity;
        public String signUpOpensAt;
        public String signUpClosesAt;
        public Boolean needsConfirmation;
        public String feeNote;
        public String partners;
        public Long version;

        CulturalEvent.Details details() {
            return new CulturalEvent.Details(title, Inputs.choice(Kind.class, kind, "kind"), description, place, Boolean.TRUE.equals(online),
                    Inputs.instant(startsAt, "startsAt"), Inputs.instant(endsAt, "endsAt"), Inputs.choice(Audience.class, audience, "audience"),
                    capacity, Inputs.optionalInstant(signUpOpensAt, "signUpOpensAt"), Inputs.optionalInstant(signUpClosesAt, "signUpClosesAt"),
                    Boolean.TRUE.equals(needsConfirmation), feeNote, partners);
        }
    }

    /** {@code POST events/{id}/publish}, {@code .../postpone}, {@code .../cancel}. */
    public static class StepBody {
        public Long version;
        public String startsAt;
        public String endsAt;
        public String reason;
    }

    @GET
    @Path("events")
    public Page<EventJson> list(@QueryParam("search") String search, @QueryParam("status") String status, @QueryParam("kind") String kind,
                                @QueryParam("sort") @DefaultValue("startsAt") String sort, @QueryParam("descending") @DefaultValue("false") boolean descending,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        org.qiaoyun.plugins.events.registration.Registrations.forgetPast(scope);
        return events.page(new Events.Search(search, Inputs.choice(Status.class, status, "status"), Inputs.choice(Kind.class, kind, "kind"),
                sort, descending), page, size).map(EventJson::of);
    }

    @POST
    @Path("events")
    public Response plan(EventBody body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED).entity(EventJson.of(events.plan(body.details()))).build();
    }

    @GET
    @Path("events/{id}")
    public EventJson get(@PathParam("id") String id) {
        return EventJson.of(events.get(id));
    }

    @PUT
    @Path("events/{id}")
    public EventJson change(@PathParam("id") String id, EventBody body) {
        Inputs.body(body);
        return EventJson.of(events.change(id, Inputs.version(body.version), body.details()));
    }

    @POST
    @Path("events/{id}/publish")
    public EventJson publish(@PathParam("id") String id, StepBody body) {
        Inputs.body(body);
        return EventJson.of(events.publish(id, Inputs.version(body.version)));
    }

    @POST
    @Path("events/{id}/postpone")
    public EventJson postpone(@PathParam("id") String id, StepBody body) {
        Inputs.body(body);
        return EventJson.of(events.postpone(id, Inputs.version(body.version), Inputs.instant(body.startsAt, "startsAt"),
                Inputs.instant(body.endsAt, "endsAt"), body.reason));
    }

    @POST
    @Path("events/{id}/cancel")
    public EventJson cancel(@PathParam("id") String id, StepBody body) {
        Inputs.body(body);
        return EventJson.of(staffing.cancel(id, Inputs.version(body.version), body.reason));
    }

    @Path("events/{id}/registrations")
    public RegistrationsResource registrations(@PathParam("id") String id) {
        return new RegistrationsResource(scope, links, id);
    }

    @Path("newsletter")
    public NewsletterResource newsletter() {
        return new NewsletterResource(scope, newsletterLinks);
    }

    @Path("events/{id}/door")
    public DoorResource door(@PathParam("id") String id) {
        return new DoorResource(scope, links, id);
    }
}
