package org.qiaoyun.kernel.rest;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.AreaInput;
import org.qiaoyun.kernel.registry.InstitutionKind;
import org.qiaoyun.kernel.registry.OrganisationProfile;
import org.qiaoyun.kernel.registry.ProfileInput;
import org.qiaoyun.kernel.registry.Uscc;

/**
 * {@code /api/v1/tenants/{code}/profile}: the organisation record beside a federation (form, unified social credit
 * code, founding, contact, elections and term, staff, people served by kind).
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
                              int overseasChinese, int returnedStudents, int newMigrants, Long version) {
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
                null, null, null, ProfileInput.DEFAULT_TERM_YEARS, null, false, 0, 0, 0, 0, 0, 0, 0, null));
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
                p.version());
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
