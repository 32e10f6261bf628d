package org.qiaoyun.plugins.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.recognition.Certificates;
import org.qiaoyun.plugins.volunteers.shift.Retirements;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.volunteer.Insurance;
import org.qiaoyun.plugins.volunteers.training.Training;
import org.qiaoyun.plugins.volunteers.training.Trainings;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/** {@code .../volunteers/volunteers}: the register of volunteers, approvals and training records. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistryResource {

    private final TenantScope scope;
    private final Registry registry;
    private final Trainings trainings;
    private final Clock clock;
    /** Keeps ID numbers; null where the platform has no key for them. */
    private final IdVault vault;

    RegistryResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
        this.clock = scope.clock();
        this.registry = new Registry(scope);
        this.trainings = new Trainings(scope);
    }

    /**
     * A volunteer as the API shows them, with hours served and stars; the ID number masked, the year of
     * birth only, and for a minor the guardian who consented.
     */
    public record VolunteerJson(String id, String username, String name, String phone, String skills, String languages,
                                String district, String availability, String status, String residentIdMasked, String documentKind,
                                String issuingCountry, Boolean male,
                                Integer birthYear, boolean minor, String guardianName, String guardianPhone, long minutesServed,
                                int stars, Long minutesToNextStar, String statusReason, InsuranceJson insurance, long version) {

        static VolunteerJson of(Registry.Standing s, LocalDate today) {
            Volunteer v = s.volunteer();
            return new VolunteerJson(v.id(), v.username(), v.name(), v.phone(), v.skills(), v.languages(), v.district(),
                    v.availability(), Inputs.lower(v.status()), v.idMasked(), Inputs.lower(v.documentKind()), v.issuingCountry(),
                    v.male(), v.birthYear(),
                    v.isMinor(today), v.guardianName(), v.guardianPhone(),
                    s.minutesServed(), s.stars(), s.minutesToNextStar(), v.statusReason(),
                    v.insurance().map(InsuranceJson::of).orElse(null), v.version());
        }
    }

    /** A volunteer's insurance policy: {@code PUT volunteers/{id}/insurance} with the record's {@code version}. */
    public static class InsuranceJson {
        public String insurer;
        public String policyNumber;
        public String validFrom;
        public String validUntil;
        public Long version;

        static InsuranceJson of(Insurance policy) {
            InsuranceJson json = new InsuranceJson();
            json.insurer = policy.insurer();
            json.policyNumber = policy.policyNumber();
            json.validFrom = policy.validFrom().toString();
            json.validUntil = policy.validUntil().toString();
            return json;
        }
    }

    /** {@code POST volunteers/{id}/retire} and {@code .../reactivate}: the reason and the record's version. */
    public static class StatusChange {
        public String reason;
        public Long version;
    }

    /** The details a volunteer keeps up to date. */
    public static class Details {
        public String name;
        public String phone;
        public String skills;
        public String languages;
        public String district;
        public String availability;
    }

    /** {@code POST volunteers}: an organiser registers someone (approved), a volunteer themselves (pending). */
    public static class NewVolunteer extends Details {
        public String username;
        public String residentId;
        /** Another identity document than a resident ID: its kind, number and (a foreign passport) issuing state. */
        public String documentKind;
        public String documentNumber;
        public String issuingCountry;
        public String birthDate;
        public String guardianName;
        public String guardianPhone;
    }

    /** Volunteers by name, filtered by skill, language, district and status, a page at a time (organisers). */
    @GET
    public Page<VolunteerJson> find(@QueryParam("name") String name, @QueryParam("skill") String skill,
                                    @QueryParam("language") String language, @QueryParam("district") String district,
                                    @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("20") int size) {
        Page<Volunteer> found = registry.find(new Registry.Search(name, skill, language, district,
                Inputs.choice(Volunteer.Status.class, status, "status")), page, size);
        LocalDate today = today();
        return new Page<>(registry.standings(found.items()).stream().map(s -> VolunteerJson.of(s, today)).toList(), page, size,
                found.total());
    }

    @POST
    public Response register(NewVolunteer body) {
        Inputs.body(body);
        Volunteer volunteer = registry.register(new Registry.Form(body.username, body.name, body.phone, body.skills, body.languages,
                body.district, body.availability, body.documentNumber == null || body.documentNumber.isBlank() ? body.residentId
                : body.documentNumber, Inputs.date(body.birthDate, "birthDate"), body.guardianName, body.guardianPhone,
                Inputs.choice(org.qiaoyun.api.personal.DocumentKind.class, body.documentKind, "documentKind"), body.issuingCountry), vault);
        return Response.status(Response.Status.CREATED).entity(VolunteerJson.of(registry.standing(volunteer), today())).build();
    }

    /** A volunteer's record (the volunteer themselves and organisers); each reading is audited. */
    @GET
    @Path("{id}")
    public VolunteerJson volunteer(@PathParam("id") String id) {
        return VolunteerJson.of(registry.standing(registry.record(id)), today());
    }

    /** {@code PUT volunteers/{id}}: the details, with the version changed. */
    public static class DetailsChange extends Details {
        public Long version;
    }

    /** Updates a volunteer's details (the volunteer and organisers); a stale version is refused with 409. */
    @PUT
    @Path("{id}")
    public VolunteerJson describe(@PathParam("id") String id, DetailsChange body) {
        Inputs.body(body);
        Volunteer changed = registry.describe(id, Inputs.version(body.version), new Registry.Form(null, body.name, body.phone,
                body.skills, body.languages, body.district, body.availability));
        return VolunteerJson.of(registry.standing(changed), today());
    }

    /** The full ID number, for the federation's admins; audited. */
    public record RevealedJson(String residentId, String documentKind, String documentNumber) {
    }

    /**
     * Re-encrypts and re-hashes this tenant's volunteers' ID numbers under the module's new key (admins;
     * during a key rotation), at most {@code batches} batches of {@code batchSize}; call again until nothing remains.
     */
    @POST
    @Path("id-key-rotation")
    public org.qiaoyun.api.personal.Resealing.Progress rotateIdKey(
            @QueryParam("batchSize") @DefaultValue("500") int batchSize, @QueryParam("batches") @DefaultValue("20") int batches) {
        if (batchSize < 1 || batchSize > 5000 || batches < 1 || batches > 1000) {
            throw new org.qiaoyun.api.InvalidInputException("batchSize", org.qiaoyun.api.Text.of("volunteers.rotation.batch"));
        }
        if (vault == null) {
            throw new org.qiaoyun.api.ConflictException(null, org.qiaoyun.api.Text.of("volunteers.volunteer.id-numbers-cannot-kept-here"));
        }
        return new org.qiaoyun.plugins.volunteers.volunteer.IdKeyRotation(scope, vault).run(batchSize, batches);
    }

    /** The full number (admins; audited): as {@code residentId} too for a resident ID, as the first edition had it. */
    @POST
    @Path("{id}/reveal-id")
    public RevealedJson revealId(@PathParam("id") String id) {
        String number = registry.revealId(id, vault); // the admin's check and the audited reveal come first
        org.qiaoyun.api.personal.DocumentKind kind = registry.volunteer(id).documentKind();
        boolean resident = kind == null || kind == org.qiaoyun.api.personal.DocumentKind.RESIDENT_ID;
        return new RevealedJson(resident ? number : null, Inputs.lower(kind == null ? org.qiaoyun.api.personal.DocumentKind.RESIDENT_ID
                : kind), number);
    }

    /** An organiser approves a volunteer who registered themselves. */
    @POST
    @Path("{id}/approve")
    public VolunteerJson approve(@PathParam("id") String id) {
        Volunteer approved = registry.approve(id);
        return VolunteerJson.of(registry.standing(approved), today());
    }

    /** An organiser records the volunteer's insurance policy (a stale version 409); audited. */
    @PUT
    @Path("{id}/insurance")
    public VolunteerJson insure(@PathParam("id") String id, InsuranceJson body) {
        Inputs.body(body);
        Insurance policy = new Insurance(body.insurer, body.policyNumber, Inputs.date(body.validFrom, "validFrom"),
                Inputs.date(body.validUntil, "validUntil"));
        return VolunteerJson.of(registry.standing(registry.insure(id, policy, Inputs.version(body.version))), today());
    }

    /**
     * An organiser retires a volunteer with a reason (no more sign-ups; places on shifts to come are given up;
     * the record stays); a stale version 409; audited.
     */
    @POST
    @Path("{id}/retire")
    public VolunteerJson retire(@PathParam("id") String id, StatusChange body) {
        Inputs.body(body);
        new Retirements(scope).retire(id, body.reason, Inputs.version(body.version));
        return VolunteerJson.of(registry.standing(registry.volunteer(id)), today());
    }

    /** An organiser re-activates a retired volunteer with a reason; a stale version 409; audited. */
    @POST
    @Path("{id}/reactivate")
    public VolunteerJson reactivate(@PathParam("id") String id, StatusChange body) {
        Inputs.body(body);
        return VolunteerJson.of(registry.standing(new Retirements(scope).reactivate(id, body.reason, Inputs.version(body.version))),
                today());
    }

    /**
     * The certificate of service as PDF (the volunteer themselves and organisers), refused for a volunteer with no
     * hours (400); every one issued gets its own number and verification code, named in the headers
     * {@code Certificate-Number} and {@code Certificate-Code} as printed on it, and is audited.
     */
    @GET
    @Path("{id}/certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") String id) throws java.io.IOException {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream(); // about 14 KB: refusals come before any byte
        org.qiaoyun.plugins.volunteers.recognition.ServiceCertificate.Content issued = new Certificates(scope).issue(id, pdf);
        return Response.ok(pdf.toByteArray(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + issued.number() + ".pdf\"")
                .header("Certificate-Number", issued.number()).header("Certificate-Code", issued.verificationCode()).build();
    }

    /** A line of the hours ledger. */
    /** {@code status} {@code no_show} with no minutes for a shift the volunteer did not come to; {@code enteredAfterwards} for 补录. */
    public record ServedJson(String signUpId, String shiftId, String activity, String place, Instant startsAt, Instant checkedInAt,
                             Instant checkedOutAt, Integer minutes, String correctionReason, String evaluation, String evaluationNote,
                             String status, boolean enteredAfterwards) {
    }

    /** The volunteer's hours ledger, latest first (the volunteer and organisers). */
    @GET
    @Path("{id}/hours")
    public List<ServedJson> hours(@PathParam("id") String id) {
        return new Rosters(scope).ledger(id).stream().map(line -> new ServedJson(line.signUp().id(), line.shift().id(),
                line.shift().activity(), line.shift().place(), line.shift().startsAt(), line.signUp().checkedInAt(),
                line.signUp().checkedOutAt(), line.signUp().minutes(), line.signUp().correctionReason(),
                Inputs.lower(line.signUp().evaluation()), line.signUp().evaluationNote(), Inputs.lower(line.signUp().status()),
                line.signUp().enteredAfterwards())).toList();
    }

    /** A completed course, on the volunteer's record. */
    public record TrainingJson(String id, String course, LocalDate completedOn, int hours, String recordedBy) {

        static TrainingJson of(Training t) {
            return new TrainingJson(t.id(), t.course(), t.completedOn(), t.hours(), t.recordedBy());
        }
    }

    /** {@code POST volunteers/{id}/trainings}. */
    public static class NewTraining {
        public String course;
        public String completedOn;
        public Integer hours;
    }

    /** Records a course a volunteer completed (organisers). */
    @POST
    @Path("{id}/trainings")
    public Response recordTraining(@PathParam("id") String id, NewTraining body) {
        Inputs.body(body);
        Training training = trainings.record(id, body.course, Inputs.date(body.completedOn, "completedOn"),
                body.hours == null ? 0 : body.hours);
        return Response.status(Response.Status.CREATED).entity(TrainingJson.of(training)).build();
    }

    /** The courses on a volunteer's record, latest first (the volunteer themselves and organisers). */
    @GET
    @Path("{id}/trainings")
    public List<TrainingJson> trainings(@PathParam("id") String id) {
        Permissions.requireSelfOrOrganiser(scope, registry.volunteer(id).username());
        return trainings.of(id).stream().map(TrainingJson::of).toList();
    }

    private LocalDate today() {
        return LocalDate.now(scope.clock().withZone(ZoneId.of("Asia/Shanghai")));
    }
}
