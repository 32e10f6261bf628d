package org.qiaoyun.plugins.events;

import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.registration.Registrations;

/**
 * {@code .../events/{id}/door}: the door of an event. Check a person in by their code, add a walk-in, read how
 * the list stands (in people, no names: for every member who reads the event), and take the attendance sheet
 * (Excel, in the language of the request).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoorResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TenantScope scope;
    private final Registrations registrations;
    private final String eventId;

    DoorResource(TenantScope scope, Registrations.Links links, String eventId) {
        this.scope = scope;
        this.registrations = new Registrations(scope, links);
        this.eventId = eventId;
    }

    /** {@code POST door/check-ins}: the code the person shows. */
    public static class CodeBody {
        public String code;
    }

    @POST
    @Path("check-ins")
    public RegistrationsResource.RegistrationJson checkIn(CodeBody body) {
        Inputs.body(body);
        return RegistrationsResource.RegistrationJson.of(registrations.checkIn(eventId, body.code));
    }

    @POST
    @Path("walk-ins")
    public Response walkIn(RegistrationsResource.GuestBody body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED)
                .entity(RegistrationsResource.RegistrationJson.of(registrations.walkIn(eventId, body.guest()))).build();
    }

    @GET
    @Path("tally")
    public Registrations.Tally tally() {
        new Events(scope).get(eventId); // drafts stay hidden from those who may not read them
        return registrations.tally(eventId);
    }

    @GET
    @Path("attendance.xlsx")
    @Produces(XLSX)
    public Response attendance(@HeaderParam("Accept-Language") String language) {
        CulturalEvent event = new Events(scope).get(eventId);
        var people = registrations.all(eventId); // read (and refused) before the answer begins
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh") ? Text.CHINESE : Text.ENGLISH;
        StreamingOutput body = out -> AttendanceSheet.write(scope.tenantName(), event, people, locale, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"attendance.xlsx\"").build();
    }
}
