package org.qiaoyun.kernel.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.AreaInput;
import org.qiaoyun.kernel.registry.CommitteeMember;
import org.qiaoyun.kernel.registry.MemberInput;
import org.qiaoyun.kernel.registry.InstitutionKind;
import org.qiaoyun.kernel.registry.OrganisationProfile;
import org.qiaoyun.kernel.registry.ProfileInput;
import org.qiaoyun.kernel.registry.Uscc;

/**
 * {@code /api/v1/tenants/{code}/profile}: the organisation record beside a federation (form, unified social credit
 * code, founding, contact, elections and term, staff, people served by kind), and its committee members with their
 * terms ({@code /profile/members}).
 */
@Path("v1/tenants/{code}/profile")
@Tag(name = "profile", description = "The grassroots registry: a federation's organisation record")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    /** The record; {@code version} is absent (null) while none was saved. */
    public record ProfileJson(String code, String form, String institutionKind, String uscc, LocalDate foundedOn, String address,
                              String chair, String contactPhone, LocalDate lastElection, int termYears, LocalDate electionDue,
                              boolean electionOverdue, int staffFullTime, int staffPartTime, int returnees, int relatives,
                              int overseasChinese, int returnedStudents, int newMigrants, Long version, List<MemberJson> members) {
    }

    /** A committee member: a name and a position only, the term, and whether it ran out (judged on today in Beijing). */
    public record MemberJson(String id, String name, String position, LocalDate termStart, LocalDate termEnd, boolean termOverdue,
                             long version) {
    }

    /** {@code POST} and {@code PUT members}: the member; {@code version} on a change, the one read. */
    public static class MemberBody {
        public String name;
        public String position;
        public String termStart;
        public String termEnd;
        public Long version;

        MemberInput input() {
            return new MemberInput(name, position, date("termStart", termStart), date("termEnd", termEnd));
        }
    }

    /** {@code PUT}: the whole record; {@code version} as read (absent for the first save). */
    public static class ProfileBody {
        public String form;
        public String institutionKind;
        public String uscc;
        public String foundedOn;
        public String address;
        public String chair;
        public String contactPhone;
        public String lastElection;
        public Integer termYears;
        public Integer staffFullTime;
        public Integer staffPartTime;
        public Integer returnees;
        public Integer relatives;
        public Integer overseasChinese;
        public Integer returnedStudents;
        public Integer newMigrants;
        public Long version;
    }

    @Inject
    Kernel kernel;

    @PathParam("code")
    String code;

    @GET
    @Operation(operationId = "getProfile", summary = "The federation's organisation record (an empty one, without version, until saved)")
    public ProfileJson get() {
        return kernel.profiles().of(code).map(this::json).orElseGet(() -> new ProfileJson(code, "federation", null, null, null, null,
                null, null, null, ProfileInput.DEFAULT_TERM_YEARS, null, false, 0, 0, 0, 0, 0, 0, 0, null, members()));
    }

    @GET
    @Path("members")
    @Operation(operationId = "listCommitteeMembers", summary = "The federation's committee members (侨联委员) with their terms")
    public List<MemberJson> members() {
        java.time.LocalDate today = kernel.committee().today();
        return kernel.committee().of(code).stream().map(m -> member(m, today)).toList();
    }

    @POST
    @Path("members")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "added",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = MemberJson.class)))
    @Operation(operationId = "addCommitteeMember", summary = "Add a committee member: name, position, term start and (optional) end")
    public Response addMember(MemberBody body) {
        if (body == null) {
            throw new InvalidRequestException(null, "kernel.registry.member-body");
        }
        CommitteeMember member = kernel.committee().add(code, body.input());
        return Response.status(Response.Status.CREATED).entity(member(member, kernel.committee().today())).build();
    }

    @PUT
    @Path("members/{id}")
    @Operation(operationId = "changeCommitteeMember", summary = "Change a committee member, naming the version read")
    public MemberJson changeMember(@PathParam("id") String id, MemberBody body) {
        if (body == null || body.version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        return member(kernel.committee().change(code, id, body.version, body.input()), kernel.committee().today());
    }

    @DELETE
    @Path("members/{id}")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "removed")
    @Operation(operationId = "removeCommitteeMember", summary = "Remove a committee member, naming the version read")
    public Response removeMember(@PathParam("id") String id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "kernel.registry.version-required");
        }
        kernel.committee().remove(code, id, version);
        return Response.noContent().build();
    }

    private static MemberJson member(CommitteeMember m, java.time.LocalDate today) {
        return new MemberJson(m.id(), m.name(), m.position(), m.termStart(), m.termEnd(), m.termOverdue(today), m.version());
    }

    @PUT
    @Operation(operationId = "saveProfile", summary = "Save the organisation record: the unified social credit code is checked by"
            + " GB 32100 and GB 11714; a later save names the version read")
    public ProfileJson save(ProfileBody body) {
        if (body == null) {
            throw new InvalidRequestException(null, "kernel.registry.profile-body");
        }
        ProfileInput input = new ProfileInput(AreaInput.form(body.form == null ? "federation" : body.form),
                body.institutionKind == null || body.institutionKind.isBlank() ? null : InstitutionKind.parse(body.institutionKind),
                Uscc.ofNullable(body.uscc), date("foundedOn", body.foundedOn), body.address, body.chair, body.contactPhone,
                date("lastElection", body.lastElection), body.termYears == null ? ProfileInput.DEFAULT_TERM_YEARS : body.termYears,
                zero(body.staffFullTime), zero(body.staffPartTime), new ProfileInput.Served(zero(body.returnees), zero(body.relatives),
                zero(body.overseasChinese), zero(body.returnedStudents), zero(body.newMigrants)));
        return json(kernel.profiles().save(code, body.version, input));
    }

    private ProfileJson json(OrganisationProfile p) {
        ProfileInput.Served served = p.served();
        return new ProfileJson(p.tenantCode(), p.form().wireName(), p.institutionKind() == null ? null : p.institutionKind().wireName(),
                p.uscc(), p.foundedOn(), p.address(), p.chair(), p.contactPhone(), p.lastElection(), p.termYears(),
                p.electionDue().orElse(null), p.electionOverdue(kernel.profiles().today()), p.staffFullTime(), p.staffPartTime(),
                served.returnees(), served.relatives(), served.overseasChinese(), served.returnedStudents(), served.newMigrants(),
                p.version(), members());
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException(field, "kernel.registry.date-format", text);
        }
    }
}
