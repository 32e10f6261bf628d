package org.qiaoyun.plugins.legal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.education.EducationSession;
import org.qiaoyun.plugins.legal.education.EducationSessions;

/** {@code .../legal/education-sessions}: legal education sessions (普法) held. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EducationResource {

    private final EducationSessions sessions;

    EducationResource(TenantScope scope) {
        this.sessions = new EducationSessions(scope);
    }

    /** A session as the API shows it. */
    public record SessionJson(String id, LocalDate heldOn, String topic, String place, String audience, String speakers, int attendance,
                              boolean keptList, String createdBy, long version) {
        static SessionJson of(EducationSession s) {
            return new SessionJson(s.id(), s.heldOn(), s.topic(), s.place(), s.audience(), s.speakers(), s.attendance(), s.keptList(),
                    s.createdBy(), s.version());
        }
    }

    /** {@code POST education-sessions}. */
    public static class SessionBody {
        public String heldOn;
        public String topic;
        public String place;
        public String audience;
        public String speakers;
        public Integer attendance;
        /** The names of those who came, one a line (optional). */
        public String attendees;
    }

    @GET
    public Page<SessionJson> list(@QueryParam("month") String month, @QueryParam("search") String search,
                                  @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return sessions.page(month(month), search, page, size).map(SessionJson::of);
    }

    @POST
    public Response record(SessionBody body) {
        Inputs.body(body);
        EducationSession s = sessions.record(new EducationSession.Details(Inputs.date(body.heldOn, "heldOn"), body.topic, body.place,
                body.audience, body.speakers, body.attendance, body.attendees));
        return Response.status(Response.Status.CREATED).entity(SessionJson.of(s)).build();
    }

    /** The list of those who came, when kept: recorders only, each read audited. */
    @GET
    @Path("{id}/attendees")
    public java.util.List<String> attendees(@PathParam("id") String id) {
        return sessions.attendees(id);
    }

    @GET
    @Path("{id}/materials")
    public java.util.List<ConsultationsResource.AttachmentJson> materials(@PathParam("id") String id) {
        return sessions.materials(id).stream().map(ConsultationsResource.AttachmentJson::of).toList();
    }

    /** A material as the request's body, its name in {@code name}. */
    @POST
    @Path("{id}/materials")
    @Consumes(MediaType.WILDCARD)
    public Response attachMaterial(@PathParam("id") String id, @QueryParam("name") String name, java.io.InputStream body)
            throws java.io.IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) org.qiaoyun.api.files.Attachments.MAX_BYTES + 1);
        return Response.status(Response.Status.CREATED)
                .entity(ConsultationsResource.AttachmentJson.of(sessions.attachMaterial(id, name, content))).build();
    }

    @GET
    @Path("{id}/materials/{file}")
    @Produces(MediaType.WILDCARD)
    public Response material(@PathParam("id") String id, @PathParam("file") String file) {
        return ConsultationsResource.download(sessions.openMaterial(id, file));
    }

    @DELETE
    @Path("{id}/materials/{file}")
    public Response removeMaterial(@PathParam("id") String id, @PathParam("file") String file) {
        sessions.removeMaterial(id, file);
        return Response.noContent().build();
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", Text.of("legal.education.month-format"));
        }
    }
}
