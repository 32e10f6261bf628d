package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.CaseEvent;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.plugins.aid.fund.Money;

/**
 * {@code /api/v1/tenants/{code}/aid}: beneficiaries, funds with receipts and ledgers, cases with their
 * workflow steps and disbursements, approval limits. Built per request for one tenant by the kernel,
 * after its checks; amounts are yuan with two decimals.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AidResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TenantScope scope;
    private final IdVault vault;
    private final Beneficiaries beneficiaries;
    private final Funds funds;
    private final Casework casework;

    AidResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
        this.beneficiaries = new Beneficiaries(scope, vault);
        this.funds = new Funds(scope);
        this.casework = new Casework(scope);
    }

    /** A page of a list. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    // ---- beneficiaries

    /** A person as the API shows them: the ID number masked. */
    public record BeneficiaryJson(String id, String name, String gender, LocalDate birthDate, String residentId, String phone,
                                  String address, String category, Set<String> tags, String household, String guardianName,
                                  String guardianPhone, LocalDate consentDate, String consentBy, long version) {

        static BeneficiaryJson of(Beneficiary b) {
            return new BeneficiaryJson(b.id(), b.name(), b.male() ? "male" : "female", b.birthDate(), b.maskedId(), b.phone(),
                    b.address(), lower(b.category()), b.tags().stream().map(AidResource::lower).collect(java.util.stream.Collectors.toSet()),
                    b.household(), b.guardianName(), b.guardianPhone(), b.consentDate(), b.consentBy(), b.version());
        }
    }

    /** {@code POST beneficiaries}. */
    public static class NewBeneficiary {
        public String name;
        public String residentId;
        public String phone;
        public String address;
        public String category;
        public List<String> tags;
        public String household;
        public String guardianName;
        public String guardianPhone;
        public String consentDate;
        public String consentBy;
    }

    @GET
    @Path("beneficiaries")
    public Page<BeneficiaryJson> beneficiaries(@QueryParam("search") String search, @QueryParam("tag") String tag,
                                               @QueryParam("page") @DefaultValue("0") int page,
                                               @QueryParam("size") @DefaultValue("50") int size) {
        Inputs.page(page, size);
        VulnerabilityTag wanted = Inputs.choice(VulnerabilityTag.class, tag, "tag");
        return new Page<>(beneficiaries.search(search, wanted, page * size, size).stream().map(BeneficiaryJson::of).toList(),
                page, size, beneficiaries.count(search, wanted));
    }

    @POST
    @Path("beneficiaries")
    public Response register(NewBeneficiary body) {
        require(body);
        Set<VulnerabilityTag> tags = EnumSet.noneOf(VulnerabilityTag.class);
        if (body.tags != null) {
            body.tags.forEach(t -> tags.add(Inputs.choice(VulnerabilityTag.class, t, "tags")));
        }
        Beneficiary person = beneficiaries.register(new Beneficiary.Registration(body.name, body.residentId, body.phone,
                body.address, Inputs.choice(Category.class, body.category, "category"), tags, body.household, body.guardianName,
                body.guardianPhone, Inputs.date(body.consentDate, "consentDate"), body.consentBy));
        AidIndicators.refresh(scope);
        return Response.status(Response.Status.CREATED).entity(BeneficiaryJson.of(person)).build();
    }

    /** The spreadsheet to fill in for an import. */
    @GET
    @Path("beneficiaries/template.xlsx")
    @Produces(XLSX)
    public Response template() {
        return Response.ok(BeneficiaryImport.template(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"beneficiaries-template.xlsx\"").build();
    }

    /**
     * Imports beneficiaries from a spreadsheet (the template's layout). The report lists every wrong row
     * and column; nothing is imported while errors remain unless {@code importValidRows=true}.
     */
    @POST
    @Path("beneficiaries/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public BeneficiaryImport.Report importBeneficiaries(@QueryParam("importValidRows") @DefaultValue("false") boolean importValidRows,
                                                        java.io.InputStream xlsx) {
        BeneficiaryImport.Report report = new BeneficiaryImport(scope, vault).run(xlsx, importValidRows, BeneficiaryImport.Progress.NONE);
        if (report.imported() > 0) {
            AidIndicators.refresh(scope);
        }
        return report;
    }

    @GET
    @Path("beneficiaries/{id}")
    public BeneficiaryJson beneficiary(@PathParam("id") String id) {
        return BeneficiaryJson.of(beneficiaries.get(id));
    }

    /** The full ID number, for admins; every reveal is audited. */
    @POST
    @Path("beneficiaries/{id}/reveal-id")
    public Map<String, String> revealId(@PathParam("id") String id) {
        return Map.of("residentId", beneficiaries.revealId(id));
    }

    // ---- funds

    /** A fund with its balance. */
    public record FundJson(String id, String name, String source, String donor, BigDecimal balance, long version) {

        static FundJson of(Fund f) {
            return new FundJson(f.id(), f.name(), lower(f.source()), f.donor(), f.balance().toYuan(), f.version());
        }
    }

    /** A line of a fund's ledger. */
    public record EntryJson(String id, String fundId, String kind, BigDecimal amount, BigDecimal balance, String caseId,
                            String source, Instant at, String by, String note) {

        static EntryJson of(FundEntry e) {
            return new EntryJson(e.id(), e.fundId(), lower(e.kind()), e.amount().toYuan(), e.balance().toYuan(), e.caseId(),
                    lower(e.source()), e.at(), e.by(), e.note());
        }
    }

    /** {@code POST funds}. */
    public static class NewFund {
        public String name;
        public String source;
        public String donor;
    }

    /** {@code POST funds/{id}/receipts}. */
    public static class Receipt {
        public BigDecimal amount;
        public String note;
    }

    @GET
    @Path("funds")
    public List<FundJson> funds() {
        return funds.all().stream().map(FundJson::of).toList();
    }

    @POST
    @Path("funds")
    public Response openFund(NewFund body) {
        require(body);
        FundSource source = Inputs.choice(FundSource.class, body.source, "source");
        return Response.status(Response.Status.CREATED).entity(FundJson.of(funds.open(body.name, source, body.donor))).build();
    }

    @GET
    @Path("funds/{id}")
    public FundJson fund(@PathParam("id") String id) {
        return FundJson.of(funds.get(id));
    }

    @POST
    @Path("funds/{id}/receipts")
    public EntryJson receive(@PathParam("id") String id, Receipt body) {
        require(body);
        funds.get(id);
        return EntryJson.of(funds.receive(id, Money.yuan("amount", body.amount, true), body.note));
    }

    /** A fund's ledger as a spreadsheet. */
    @GET
    @Path("funds/{id}/ledger.xlsx")
    @Produces(XLSX)
    public Response ledgerSpreadsheet(@PathParam("id") String id) {
        Fund fund = funds.get(id);
        List<FundEntry> entries = funds.ledger(id, 0, 100_000);
        jakarta.ws.rs.core.StreamingOutput body = out -> Spreadsheets.write(fund.name(),
                List.of("时间 Time", "类型 Kind", "金额 Amount", "余额 Balance", "个案 Case", "来源 Source", "经办人 By", "说明 Note"),
                entries.stream().map(e -> java.util.Arrays.<Object>asList(e.at().toString(), lower(e.kind()), e.amount().toYuan(),
                        e.balance().toYuan(), e.caseId(), lower(e.source()), e.by(), e.note())).toList(), out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"ledger.xlsx\"").build();
    }

    @GET
    @Path("funds/{id}/ledger")
    public List<EntryJson> ledger(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        Inputs.page(page, size);
        return funds.ledger(id, page * size, size).stream().map(EntryJson::of).toList();
    }

    // ---- cases

    /** A case with what may happen next. */
    public record CaseJson(String id, String beneficiaryId, String type, String summary, BigDecimal requested,
                           BigDecimal approved, BigDecimal awaitingSecondApproval, BigDecimal disbursed, String status,
                           String createdBy, String submittedBy, String firstApprover, String approvedBy, LocalDate visitDate,
                           String visitor, String findings, List<String> nextActions, long version) {

        static CaseJson of(AidCase c) {
            return new CaseJson(c.id(), c.beneficiaryId(), lower(c.type()), c.summary(), c.requested().toYuan(),
                    c.approved() == null ? null : c.approved().toYuan(),
                    c.awaitingSecondApproval() == null ? null : c.awaitingSecondApproval().toYuan(), c.disbursed().toYuan(),
                    lower(c.status()), c.createdBy(), c.submittedBy(), c.firstApprover(), c.approvedBy(), c.visitDate(),
                    c.visitor(), c.findings(), c.nextActions(), c.version());
        }
    }

    /** One step of a case's timeline. */
    public record EventJson(Instant at, String by, String action, String from, String to, String comment) {

        static EventJson of(CaseEvent e) {
            return new EventJson(e.at(), e.by(), e.action(), e.from() == null ? null : lower(e.from()), lower(e.to()), e.comment());
        }
    }

    /** {@code POST cases}. */
    public static class NewCase {
        public String beneficiaryId;
        public String type;
        public BigDecimal requestedAmount;
        public String summary;
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
    @Path("cases")
    public Page<CaseJson> cases(@QueryParam("mine") @DefaultValue("false") boolean mine, @QueryParam("status") String status,
                                @QueryParam("type") String type, @QueryParam("beneficiary") String beneficiary,
                                @QueryParam("search") String search, @QueryParam("tag") String tag,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Inputs.page(page, size);
        Casework.Filter filter = new Casework.Filter(mine, Inputs.choice(CaseStatus.class, status, "status"),
                Inputs.choice(AidType.class, type, "type"), beneficiary, search, Inputs.choice(VulnerabilityTag.class, tag, "tag"));
        return new Page<>(casework.list(filter, page * size, size).stream().map(CaseJson::of).toList(), page, size,
                casework.count(filter));
    }

    @POST
    @Path("cases")
    public Response draft(NewCase body) {
        require(body);
        AidCase created = casework.draft(body.beneficiaryId, Inputs.choice(AidType.class, body.type, "type"),
                Money.yuan("requestedAmount", body.requestedAmount, true), body.summary);
        AidIndicators.refresh(scope);
        return Response.status(Response.Status.CREATED).entity(CaseJson.of(created)).build();
    }

    /** The work list as a spreadsheet, with the same filters (at most 100,000 rows). */
    @GET
    @Path("cases.xlsx")
    @Produces(XLSX)
    public Response casesSpreadsheet(@QueryParam("mine") @DefaultValue("false") boolean mine, @QueryParam("status") String status,
                                     @QueryParam("type") String type) {
        Casework.Filter filter = new Casework.Filter(mine, Inputs.choice(CaseStatus.class, status, "status"),
                Inputs.choice(AidType.class, type, "type"), null);
        List<AidCase> cases = casework.list(filter, 0, 100_000);
        jakarta.ws.rs.core.StreamingOutput body = out -> Spreadsheets.write("帮扶个案",
                List.of("个案 Case", "帮扶对象 Beneficiary", "类型 Type", "状态 Status", "申请 Requested", "批准 Approved",
                        "已发放 Disbursed", "经办人 Caseworker", "建立 Created"),
                cases.stream().map(c -> List.<Object>of(c.id(), c.beneficiaryId(), lower(c.type()), lower(c.status()),
                        c.requested().toYuan(), c.approved() == null ? "" : c.approved().toYuan(), c.disbursed().toYuan(),
                        c.createdBy(), c.createdAt().toString())).toList(), out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"cases.xlsx\"").build();
    }

    @GET
    @Path("cases/{id}")
    public CaseJson aidCase(@PathParam("id") String id) {
        return CaseJson.of(casework.get(id));
    }

    @GET
    @Path("cases/{id}/timeline")
    public List<EventJson> timeline(@PathParam("id") String id) {
        return casework.timeline(id).stream().map(EventJson::of).toList();
    }

    @POST
    @Path("cases/{id}/{step}")
    public Object step(@PathParam("id") String id, @PathParam("step") String step, Step body) {
        Step s = body == null ? new Step() : body;
        Object result = switch (step) {
            case "submit" -> CaseJson.of(casework.submit(id, s.version, s.comment));
            case "verify" -> CaseJson.of(casework.verify(id, s.version, Inputs.date(s.visitDate, "visitDate"), s.visitor, s.findings));
            case "approve" -> CaseJson.of(casework.approve(id, s.version, s.amount == null ? Money.ZERO
                    : Money.yuan("amount", s.amount, true), s.comment));
            case "reject" -> CaseJson.of(casework.reject(id, s.version, s.comment));
            case "disburse" -> EntryJson.of(casework.disburse(id, s.version, s.fundId, Money.yuan("amount", s.amount, true), s.comment));
            case "follow-up" -> CaseJson.of(casework.followUp(id, s.version, s.comment));
            case "close" -> CaseJson.of(casework.close(id, s.version, s.comment));
            default -> throw new InvalidInputException("step", "no step " + step
                    + "; steps: submit, verify, approve, reject, disburse, follow-up, close");
        };
        AidIndicators.refresh(scope);
        return result;
    }

    // ---- approval limits

    /** {@code PUT approval-limits/{role}}. */
    public static class Limit {
        public BigDecimal limit;
    }

    @GET
    @Path("approval-limits")
    public Map<String, BigDecimal> limits() {
        Map<String, BigDecimal> limits = new TreeMap<>();
        casework.limits().forEach((role, limit) -> limits.put(role, limit.toYuan()));
        return limits;
    }

    @PUT
    @Path("approval-limits/{role}")
    public Map<String, BigDecimal> setLimit(@PathParam("role") String role, Limit body) {
        require(body);
        casework.setLimit(role, Money.yuan("limit", body.limit, false));
        return limits();
    }

    private static void require(Object body) {
        if (body == null) {
            throw new InvalidInputException(null, "a JSON body is required");
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
