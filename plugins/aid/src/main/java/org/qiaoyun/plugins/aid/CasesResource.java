package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.CaseEvent;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.casework.CaseStep;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.casework.Goods;

/**
 * {@code .../aid/cases}: the work list, drafting, the workflow's steps and timelines.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    private final TenantScope scope;
    private final Casework casework;

    CasesResource(TenantScope scope) {
        this.scope = scope;
        this.casework = new Casework(scope);
    }

    /** A case with what may happen next. */
    public record CaseJson(String id, String beneficiaryId, String type, String summary, BigDecimal requested,
                           BigDecimal approved, BigDecimal awaitingSecondApproval, BigDecimal disbursed, String status,
                           String createdBy, String submittedBy, String firstApprover, String approvedBy, LocalDate visitDate,
                           String visitor, String findings, String goods, BigDecimal goodsValue, Instant goodsDeliveredAt,
                           String goodsDeliveredBy, String assignee, LocalDate dueDate, boolean overdue, List<String> nextActions,
                           long version) {

        static CaseJson of(AidCase c, LocalDate today) {
            Goods g = c.goods();
            org.qiaoyun.plugins.aid.casework.Assignment a = c.assignment();
            return new CaseJson(c.id(), c.beneficiaryId(), Inputs.lower(c.type()), c.summary(), c.requested().toYuan(),
                    c.approved() == null ? null : c.approved().toYuan(),
                    c.awaitingSecondApproval() == null ? null : c.awaitingSecondApproval().toYuan(), c.disbursed().toYuan(),
                    Inputs.lower(c.status()), c.createdBy(), c.submittedBy(), c.firstApprover(), c.approvedBy(), c.visitDate(),
                    c.visitor(), c.findings(), g == null ? null : g.description(), g == null ? null : g.estimatedValue().toYuan(),
                    g == null ? null : g.deliveredAt(), g == null ? null : g.deliveredBy(), a == null ? null : a.assignee(),
                    a == null ? null : a.dueDate(), c.overdue(today), c.nextActions(), c.version());
        }
    }

    /** The case as the API shows it, late or not as of today in China. */
    private CaseJson json(AidCase c) {
        return CaseJson.of(c, AidIndicators.today(scope));
    }

    /** One step of a case's timeline. */
    public record EventJson(Instant at, String by, String action, String from, String to, String comment) {

        /** The step, its note in {@code language} (a note the platform wrote is kept by code; one a person typed, as typed). */
        static EventJson of(CaseEvent e, java.util.Locale language) {
            return new EventJson(e.at(), e.by(), e.action(), e.from() == null ? null : Inputs.lower(e.from()), Inputs.lower(e.to()), e.comment(language));
        }
    }

    /** {@code POST cases}. */
    public static class NewCase {
        public String beneficiaryId;
        public String type;
        public BigDecimal requestedAmount;
        public String summary;
        /** Aid in kind: what is given (with goodsValue); the cash may then be zero or left out. */
        public String goods;
        public BigDecimal goodsValue;
    }

    /** The body of a workflow step: the version read (to catch concurrent edits) and what the step needs. */
    public static class Step {
        public Long version;
        public String comment;
        public BigDecimal amount;
        public String visitDate;
        public String visitor;
        public String findings;
        public String fundId;
    }

    @GET
        public Page<CaseJson> list(@QueryParam("mine") @DefaultValue("false") boolean mine, @QueryParam("status") String status,
                                @QueryParam("type") String type, @QueryParam("beneficiary") String beneficiary,
                                @QueryParam("search") String search, @QueryParam("tag") String tag,
                                @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page.requireValid(page, size);
        Casework.Search filter = new Casework.Search(mine, Inputs.choice(CaseStatus.class, status, "status"),
                Inputs.choice(AidType.class, type, "type"), beneficiary, search, Inputs.choice(VulnerabilityTag.class, tag, "tag"), overdue);
        Page<AidCase> found = casework.page(filter, page, size);
        return new Page<>(found.items().stream().map(this::json).toList(), page, size, found.total());
    }

    @POST
        public Response draft(NewCase body) {
        Inputs.body(body);
        AidType type = Inputs.choice(AidType.class, body.type, "type");
        Goods goods = body.goods == null && body.goodsValue == null ? null
                : Goods.of(body.goods, body.goodsValue == null ? null : Money.yuan("goodsValue", body.goodsValue, true));
        Money requested = goods != null && body.requestedAmount == null ? Money.ZERO
                : Money.yuan("requestedAmount", body.requestedAmount, goods == null);
        AidCase created = AidIndicators.afterChange(scope, () -> casework.draft(body.beneficiaryId, type, requested, goods, body.summary));
        return Response.status(Response.Status.CREATED).entity(json(created)).build();
    }

    @GET
    @Path("{id}")
    public CaseJson aidCase(@PathParam("id") String id) {
        return json(casework.get(id));
    }

    @GET
    @Path("{id}/timeline")
    public List<EventJson> timeline(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.Locale language = Text.languageOf(headers.getAcceptableLanguages());
        return casework.timeline(id).stream().map(e -> EventJson.of(e, language)).toList();
    }

    /** {@code POST cases/{id}/assignment}: whom the case is given to, due by when (ISO day, or none). */
    public static class AssignmentBody {
        public Long version;
        public String assignee;
        public String dueDate;
    }

    @POST
    @Path("{id}/assignment")
    public CaseJson assign(@PathParam("id") String id, AssignmentBody body) {
        Inputs.body(body);
        LocalDate due = body.dueDate == null || body.dueDate.isBlank() ? null : Inputs.date(body.dueDate, "dueDate");
        return json(casework.assign(id, body.version, body.assignee, due));
    }

    /** The papers a case rests on (bills, admission letters, photos of the visit): as the person's, for the case. */
    @Path("{id}/attachments")
    public FilesResource attachments(@PathParam("id") String id) {
        return new FilesResource(scope, org.qiaoyun.plugins.aid.files.AidFiles.Holder.CASE, id);
    }

    /** The case's referrals to government schemes (低保, 特困, 临时救助, ...) and their outcomes. */
    @Path("{id}/referrals")
    public ReferralsResource referrals(@PathParam("id") String id) {
        return new ReferralsResource(scope, id);
    }

    /** The case's periodic aid (a monthly allowance): set, paid month by month, stopped. */
    @Path("{id}/schedule")
    public ScheduleResource schedule(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        return new ScheduleResource(scope, id, Text.languageOf(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("{id}/{step}")
    public Object step(@PathParam("id") String id, @PathParam("step") String step, Step body) {
        Step s = body == null ? new Step() : body;
        return AidIndicators.afterChange(scope, () -> take(id, step, s));
    }

    private Object take(String id, String step, Step s) {
        return switch (CaseStep.of(step)) {
            case SUBMIT -> json(casework.submit(id, s.version, s.comment));
            case WITHDRAW -> json(casework.withdraw(id, s.version, s.comment));
            case VERIFY -> json(casework.verify(id, s.version, Inputs.date(s.visitDate, "visitDate"), s.visitor, s.findings));
            case APPROVE -> json(casework.approve(id, s.version, s.amount == null ? Money.ZERO
                    : Money.yuan("amount", s.amount, false), s.comment));
            case REJECT -> json(casework.reject(id, s.version, s.comment));
            case DISBURSE -> FundsResource.EntryJson.of(casework.disburse(id, s.version, s.fundId, Money.yuan("amount", s.amount, true),
                    s.comment));
            case DELIVER -> json(casework.deliver(id, s.version, s.comment));
            case FOLLOW_UP -> json(casework.followUp(id, s.version, s.comment));
            case CLOSE -> json(casework.close(id, s.version, s.comment));
            case CLOSE_UNPAID -> json(casework.closeUnpaid(id, s.version, s.comment));
        };
    }

}
