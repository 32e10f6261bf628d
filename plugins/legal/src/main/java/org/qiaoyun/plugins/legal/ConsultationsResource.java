package org.qiaoyun.plugins.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.consultation.AssignmentDesk;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Channel;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Destination;
import org.qiaoyun.plugins.legal.consultation.Letter;
import org.qiaoyun.plugins.legal.consultation.Outcome;
import org.qiaoyun.plugins.legal.consultation.Party;
import org.qiaoyun.plugins.legal.consultation.Relation;
import org.qiaoyun.plugins.legal.consultation.Satisfaction;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.plugins.legal.consultation.Step;

/** {@code .../legal/consultations}: intake with its conflict check, the work list, a matter, its steps and timeline. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationsResource {

    private final TenantScope scope;
    private final Consultations consultations;
    private final IdVault vault;

    ConsultationsResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
        this.consultations = new Consultations(scope, vault);
    }

    /** A matter on the work list: what it is and what is due, not the facts. */
    public record ConsultationRow(String id, String stationId, String personName, String category, boolean petition, String status,
                                  boolean sealed, String adviserId, LocalDate receivedOn, LocalDate nextDue, boolean overdue,
                                  boolean dueProvisional, long version) {

        static ConsultationRow of(Consultation c, LocalDate today) {
            return new ConsultationRow(c.id(), c.stationId(), c.personName(), Inputs.lower(c.category()), c.isPetition(),
                    Inputs.lower(c.status()), c.sealed(), c.adviserId(), c.receivedOn(), c.nextDue(), c.overdue(today), c.dueProvisional(),
                    c.version());
        }
    }

    /** A matter with everything its head and adviser read, and the steps the caller may take now. */
    public record ConsultationJson(String id, String stationId, String centreId, String channel, String referredBy, String personName,
                                   String personPhone, String relation, String residentId, String documentKind,
                                   String documentNumber, String issuingCountry, String language, String parties,
                                   String category, String facts, boolean petition, String respondent, String request,
                                   LocalDate replyDue, String status, boolean sealed, String adviserId,
                                   String conflictDecision, LocalDate receivedOn, LocalDate acknowledgeDue, LocalDate answerDue,
                                   boolean dueProvisional, LocalDate nextDue, boolean overdue, LocalDate acknowledgedOn,
                                   LocalDate answeredOn, Boolean answeredInTime, String answer, String outcome, String destination,
                                   String referredTo, String satisfaction, String summary, LocalDate closedOn, String createdBy,
                                   List<String> nextActions, long version) {

        static ConsultationJson of(Consultation c, LocalDate today, List<Step> offered) {
            return new ConsultationJson(c.id(), c.stationId(), c.centreId(), Inputs.lower(c.channel()), c.referredBy(), c.personName(),
                    c.personPhone(), Inputs.lower(c.relation()),
                    c.documentKind() == org.qiaoyun.api.personal.DocumentKind.RESIDENT_ID ? c.maskedId() : null,
                    Inputs.lower(c.documentKind()), c.maskedId(), c.issuingCountry(), c.language(), c.parties(), Inputs.lower(c.category()),
                    c.facts(), c.isPetition(), c.respondent(), c.request(), c.replyDue(), Inputs.lower(c.status()), c.sealed(), c.adviserId(), Inputs.lower(c.conflictDecision()), c.receivedOn(),
                    c.acknowledgeDue(), c.answerDue(), c.dueProvisional(), c.nextDue(), c.overdue(today), c.acknowledgedOn(),
                    c.answeredOn(), c.answeredInTime(), c.answer(), Inputs.lower(c.outcome()), Inputs.lower(c.destination()),
                    c.referredTo(), Inputs.lower(c.satisfaction()), c.summary(), c.closedOn(), c.createdBy(),
                    offered.stream().map(Step::wire).toList(), c.version());
        }
    }

    /** One step of a matter's timeline (notes the workflow kept in the language of the request). */
    public record EventJson(Instant at, String by, String action, String from, String to, String note) {
    }

    /** Another person named in the intake. */
    public static class PartyBody {
        public String name;
        public String phone;
    }

    /** {@code POST consultations} and {@code POST consultations/conflict-check}; a petition names the public body and the request. */
    public static class NewConsultation {
        public Boolean petition;
        public String respondent;
        public String request;
        public String stationId;
        public String channel;
        public String referredBy;
        public String personName;
        public String personPhone;
        public String relation;
        /** A resident ID number (the kind unsaid), or any document's number with {@link #documentKind}. */
        public String residentId;
        public String documentKind;
        public String documentNumber;
        /** The issuing state of a foreign passport (ISO 3166-1 alpha-3). */
        public String issuingCountry;
        public String language;
        public List<PartyBody> parties;
        public String category;
        public String facts;

        Consultation.Intake intake() {
            return new Consultation.Intake(stationId, Inputs.choice(Channel.class, channel, "channel"), referredBy, personName, personPhone,
                    Inputs.choice(Relation.class, relation, "relation"),
                    documentNumber == null || documentNumber.isBlank() ? residentId : documentNumber, language,
                    parties == null ? List.of() : parties.stream().filter(p -> p != null).map(p -> new Party.Named(p.name, p.phone)).toList(),
                    Inputs.choice(Category.class, category, "category"), facts,
                    documentKind == null ? null : Inputs.choice(org.qiaoyun.api.personal.DocumentKind.class, documentKind, "documentKind"),
                    issuingCountry);
        }
    }

    /** What the conflict check found, as the caller may see it. */
    public record ConflictJson(String id, String category, String status, LocalDate receivedOn, Set<String> matches, Set<String> names) {
    }

    public record ConflictsJson(int count, List<ConflictJson> shown) {
        static ConflictsJson of(Consultations.Conflicts found) {
            return new ConflictsJson(found.count(), found.shown().stream().map(m -> new ConflictJson(m.id(), Inputs.lower(m.category()),
                    Inputs.lower(m.status()), m.receivedOn(), m.matches(), m.names())).toList());
        }
    }

    /** A letter of a petition's follow-up. */
    public record LetterJson(String id, String direction, LocalDate day, String party, String summary, LocalDate replyDue,
                             String answeredBy, boolean awaitingReply) {
        static LetterJson of(Letter l) {
            return new LetterJson(l.id(), Inputs.lower(l.direction()), l.day(), l.party(), l.summary(), l.replyDue(), l.answeredBy(),
                    l.awaitingReply());
        }
    }

    /** An adviser as the assignment desk offers them for one matter. */
    public record CandidateJson(String adviserId, String name, long load, boolean knowsCategory, boolean speaksLanguage,
                                boolean servesStation, boolean onDutyToday) {
    }

    /** The body of a step: the version read, and what the step needs. */
    public static class StepBody {
        public Long version;
        public String decision;
        public String note;
        public String adviserId;
        public String answer;
        public String outcome;
        public String destination;
        public String referredTo;
        public String satisfaction;
        public String summary;
        public String direction;
        public String day;
        public String party;
        public String replyDue;
        public String answers;
    }

    @GET
    public Page<ConsultationRow> list(@QueryParam("mine") @DefaultValue("false") boolean mine,
                                      @QueryParam("dueSoon") @DefaultValue("false") boolean dueSoon,
                                      @QueryParam("overdue") @DefaultValue("false") boolean overdue, @QueryParam("status") String status,
                                      @QueryParam("category") String category, @QueryParam("station") String station,
                                      @QueryParam("search") String search, @QueryParam("open") Boolean open,
                                      @QueryParam("petition") Boolean petition,
                                      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page.requireValid(page, size);
        Consultations.WorkSearch filter = new Consultations.WorkSearch(mine, dueSoon, overdue, Inputs.choice(Status.class, status, "status"),
                Inputs.choice(Category.class, category, "category"), station, search, open, petition);
        LocalDate today = ChinaTime.today(scope);
        return consultations.page(filter, page, size).map(c -> ConsultationRow.of(c, today));
    }

    @POST
    public Response takeIn(NewConsultation body) {
        Inputs.body(body);
        Consultation c = Boolean.TRUE.equals(body.petition) ? consultations.takeInPetition(body.intake(), body.respondent, body.request)
                : consultations.takeIn(body.intake());
        return Response.status(Response.Status.CREATED).entity(ConsultationJson.of(c, ChinaTime.today(scope), List.of())).build();
    }

    @POST
    @Path("conflict-check")
    public ConflictsJson preview(NewConsultation body) {
        Inputs.body(body);
        return ConflictsJson.of(consultations.preview(body.intake()));
    }

    /**
     * Re-encrypts and re-hashes this federation's ID numbers under the module's new key (admins; during a key
     * rotation), at most {@code batches} batches of {@code batchSize}; call again until nothing remains.
     */
    @POST
    @Path("id-key-rotation")
    public org.qiaoyun.api.personal.Resealing.Progress rotateIdKey(
            @jakarta.ws.rs.QueryParam("batchSize") @jakarta.ws.rs.DefaultValue("500") int batchSize,
            @jakarta.ws.rs.QueryParam("batches") @jakarta.ws.rs.DefaultValue("20") int batches) {
        org.qiaoyun.plugins.legal.Permissions.requireAdmin(scope);
        if (batchSize < 1 || batchSize > 5000 || batches < 1 || batches > 1000) {
            throw new org.qiaoyun.api.InvalidInputException("batchSize", org.qiaoyun.api.Text.of("legal.rotation.batch"));
        }
        if (vault == null) {
            throw new org.qiaoyun.api.ConflictException(null, org.qiaoyun.api.Text.of("legal.rotation.no-key"));
        }
        return new org.qiaoyun.plugins.legal.consultation.IdKeyRotation(scope, vault).run(batchSize, batches);
    }

    @GET
    @Path("{id}")
    public ConsultationJson consultation(@PathParam("id") String id) {
        return json(consultations.get(id));
    }

    @GET
    @Path("{id}/timeline")
    public List<EventJson> timeline(@PathParam("id") String id, @jakarta.ws.rs.HeaderParam("Accept-Language") String language) {
        java.util.Locale locale = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? Text.CHINESE : Text.ENGLISH;
        return consultations.timeline(id).stream().map(e -> new EventJson(e.at(), e.by(), e.action(),
                Inputs.lower(e.from()), Inputs.lower(e.to()), e.note(locale))).toList();
    }

    /** A file kept with a matter, as the API describes it. */
    public record AttachmentJson(String id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
                                 Instant uploadedAt) {
        static AttachmentJson of(org.qiaoyun.api.files.Attachment a) {
            return new AttachmentJson(a.id(), a.fileName(), a.mediaType(), a.size(), a.sha256(), a.uploadedBy(), a.uploadedAt());
        }
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentJson> attachments(@PathParam("id") String id) {
        return consultations.attachments(id).stream().map(AttachmentJson::of).toList();
    }

    /** The file is the request's body, as it is (any content type); its name comes in {@code name}. */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name, java.io.InputStream body) throws java.io.IOException {
        // read one byte past the limit at most: a larger file is refused without being held in memory whole
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) org.qiaoyun.api.files.Attachments.MAX_BYTES + 1);
        return Response.status(Response.Status.CREATED).entity(AttachmentJson.of(consultations.attach(id, name, content))).build();
    }

    @GET
    @Path("{id}/attachments/{file}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("id") String id, @PathParam("file") String file) {
        return download(consultations.openAttachment(id, file));
    }

    /** A file of the module as a download: its own type, its name (UTF-8), never sniffed by the browser. */
    static Response download(org.qiaoyun.api.files.Attachments.Opened opened) {
        String name = java.net.URLEncoder.encode(opened.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(opened.content(), opened.attachment().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/attachments/{file}")
    public Response removeAttachment(@PathParam("id") String id, @PathParam("file") String file) {
        consultations.removeAttachment(id, file);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/letters")
    public List<LetterJson> letters(@PathParam("id") String id) {
        return consultations.letters(id).stream().map(LetterJson::of).toList();
    }

    @GET
    @Path("{id}/conflicts")
    public ConflictsJson conflicts(@PathParam("id") String id) {
        return ConflictsJson.of(consultations.conflicts(id));
    }

    @GET
    @Path("{id}/candidates")
    public List<CandidateJson> candidates(@PathParam("id") String id) {
        return new AssignmentDesk(scope).candidates(id).stream().map(c -> new CandidateJson(c.adviser().id(), c.adviser().name(), c.load(),
                c.knowsCategory(), c.speaksLanguage(), c.servesStation(), c.onDutyToday())).toList();
    }

    @GET
    @Path("{id}/resident-id")
    public java.util.Map<String, String> residentId(@PathParam("id") String id) {
        Consultations.Revealed revealed = consultations.revealDocument(id);
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        shown.put("documentKind", Inputs.lower(revealed.kind()));
        shown.put("documentNumber", revealed.number());
        if (revealed.kind() == org.qiaoyun.api.personal.DocumentKind.RESIDENT_ID) {
            shown.put("residentId", revealed.number()); // as before kinds were asked
        }
        return shown;
    }

    @POST
    @Path("{id}/{step}")
    public ConsultationJson step(@PathParam("id") String id, @PathParam("step") String step, StepBody body) {
        StepBody s = body == null ? new StepBody() : body;
        Consultation c = switch (Step.of(step)) {
            case CHECK_CONFLICTS -> consultations.checkConflicts(id, s.version, Inputs.choice(ConflictDecision.class, s.decision, "decision"),
                    s.note);
            case ASSIGN, REASSIGN -> consultations.assign(id, s.version, s.adviserId);
            case ACKNOWLEDGE -> consultations.acknowledge(id, s.version, s.note);
            case ANSWER -> consultations.answer(id, s.version, s.answer);
            case CLOSE -> consultations.close(id, s.version, new Consultation.Closing(Inputs.choice(Outcome.class, s.outcome, "outcome"),
                    Inputs.choice(Destination.class, s.destination, "destination"), s.referredTo,
                    Inputs.choice(Satisfaction.class, s.satisfaction, "satisfaction"), s.summary));
            case LETTER -> consultations.recordLetter(id, s.version, new Letter.Details(Inputs.choice(Letter.Direction.class, s.direction,
                    "direction"), Inputs.date(s.day, "day"), s.party, s.summary, Inputs.date(s.replyDue, "replyDue"), s.answers));
            case NOTE -> consultations.note(id, s.version, s.note);
            case SEAL -> consultations.seal(id, s.version);
        };
        return json(c);
    }

    private ConsultationJson json(Consultation c) {
        return ConsultationJson.of(c, ChinaTime.today(scope), consultations.offered(c));
    }
}
