package org.qiaoyun.plugins.events;

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

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.registration.Guest;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;

/**
 * {@code .../events/{id}/registrations}: who signed up, with contact details, for organisers and admins (an
 * audited read); staff register people, confirm and cancel them. The personal link's token is never shown here:
 * it belongs to the person.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    private final Registrations registrations;
    private final String eventId;

    RegistrationsResource(TenantScope scope, Registrations.Links links, String eventId) {
        this.registrations = new Registrations(scope, links);
        this.eventId = eventId;
    }

    /** A registration as organisers see it. */
    public record RegistrationJson(String id, String name, String phone, String email, String country, String region, String organisation,
                                   int companions, String notes, String standing, long position, String code, String source,
                                   Instant registeredAt, Instant checkedInAt, long version) {
        static RegistrationJson of(Registration r) {
            return new RegistrationJson(r.id(), r.name(), r.phone(), r.email(), r.country(), r.region().code(), r.organisation(),
                    r.companions(), r.notes(), Inputs.lower(r.standing()), r.position(), r.code(), Inputs.lower(r.source()),
                    r.registeredAt(), r.checkedInAt(), r.version());
        }
    }

    /** {@code POST registrations} (staff register someone) and {@code POST door/walk-ins}. */
    public static class GuestBody {
        public String name;
        public String phone;
        public String email;
        public String country;
        public String organisation;
        public Integer companions;
        public String notes;
        public Boolean consent;

        Guest guest() {
            return Guest.of(name, phone, email, country, organisation, companions == null ? null : companions.toString(), notes,
                    Boolean.TRUE.equals(consent));
        }
    }

    @GET
    public Page<RegistrationJson> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return registrations.list(eventId, page, size).map(RegistrationJson::of);
    }

    @POST
    public Response register(GuestBody body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED).entity(RegistrationJson.of(registrations.register(eventId, body.guest()))).build();
    }

    @POST
    @Path("{registration}/confirm")
    public RegistrationJson confirm(@PathParam("registration") String id) {
        return RegistrationJson.of(registrations.confirm(id));
    }

    @POST
    @Path("{registration}/cancel")
    public RegistrationJson cancel(@PathParam("registration") String id) {
        return RegistrationJson.of(registrations.cancel(id));
    }
}
