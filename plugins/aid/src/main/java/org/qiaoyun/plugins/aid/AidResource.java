package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.casework.Casework;

/**
 * {@code /api/v1/tenants/{code}/aid}: the entrance to the module's API, built per request for one tenant by
 * the kernel after its checks. Beneficiaries, funds and cases have their own resources; the work list's
 * spreadsheet and the approval limits are served here. Amounts are yuan with two decimals.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AidResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TenantScope scope;
    private final IdVault vault;
    private final Casework casework;

    AidResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
        this.casework = new Casework(scope);
    }

    @Path("beneficiaries")
    public BeneficiariesResource beneficiaries() {
        return new BeneficiariesResource(scope, vault);
    }

    @Path("funds")
    public FundsResource funds() {
        return new FundsResource(scope, vault);
    }

    @Path("campaigns")
    public CampaignsResource campaigns() {
        return new CampaignsResource(scope, vault);
    }

    @Path("cases")
    public CasesResource cases() {
        return new CasesResource(scope);
    }

    private static final java.time.format.DateTimeFormatter BEIJING_MINUTE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /**
     * The work list as a spreadsheet, with the work list's filters, as the screen exports it (at most 100,000 rows), in
     * the language of the request: headers, types and statuses in Chinese unless English is asked for.
     */
    @GET
    @Path("cases.xlsx")
    @Produces(XLSX)
    public Response casesSpreadsheet(@QueryParam("mine") @DefaultValue("false") boolean mine, @QueryParam("status") String status,
                                     @QueryParam("type") String type, @QueryParam("beneficiary") String beneficiary,
                                     @QueryParam("search") String search, @QueryParam("tag") String tag,
                                     @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                     @jakarta.ws.rs.HeaderParam("Accept-Language") String language) {
        List<AidCase> cases = exported(mine, status, type, beneficiary, search, tag, overdue); // read (and refused) before the answer begins
        java.util.Locale locale = language == null || language.isBlank() || language.toLowerCase(java.util.Locale.ROOT).startsWith("zh")
                ? org.qiaoyun.api.Text.CHINESE : org.qiaoyun.api.Text.ENGLISH;
        jakarta.ws.rs.core.StreamingOutput body = out -> writeCases(cases, locale, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"cases.xlsx\"").build();
    }

    /** The cases the spreadsheet holds: the work list's filters, read from the request as the list reads them. */
    List<AidCase> exported(boolean mine, String status, String type, String beneficiary, String search, String tag, boolean overdue) {
        return casework.list(new Casework.Search(mine, Inputs.choice(CaseStatus.class, status, "status"),
                Inputs.choice(AidType.class, type, "type"), beneficiary, search,
                Inputs.choice(org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag.class, tag, "tag"), overdue), 0, 100_000);
    }

    /** The cases as rows people keep, in one language: whom each is for, amounts in yuan, the time it was opened in Beijing. */
    void writeCases(List<AidCase> cases, java.util.Locale locale, java.io.OutputStream out) throws java.io.IOException {
        java.util.Map<String, String> names = new Beneficiaries(scope, vault).names(cases.stream().map(AidCase::beneficiaryId).toList());
        ClassLoader loader = AidResource.class.getClassLoader();
        java.util.function.Function<String, String> word = code -> org.qiaoyun.api.Text.of(code).in(locale, loader);
        Spreadsheets.write(word.apply("aid.export.cases"),
                java.util.stream.Stream.of("id", "beneficiary", "type", "status", "requested", "approved", "disbursed", "created-by", "created")
                        .map(column -> word.apply("aid.export.case." + column)).toList(),
                cases.stream().map(c -> List.<Object>of(c.id(), names.getOrDefault(c.beneficiaryId(), ""), word.apply("aid.type." + c.type().name()),
                        word.apply("aid.status." + c.status().name()), c.requested().toYuan(), c.approved() == null ? "" : c.approved().toYuan(),
                        c.disbursed().toYuan(), c.createdBy(), BEIJING_MINUTE.format(c.createdAt()))).toList(), out);
    }

    /** A month of periodic aid due: whose case, whom for (the name, as the work list shows it), how much, and why it was refused if tried. */
    public record DueJson(String caseId, String beneficiaryId, String beneficiaryName, String month, BigDecimal amount, String refusal) {
    }

    /** The months of periodic aid due by this month, the oldest first (the names read are audited as a list). */
    @GET
    @Path("payments-due")
    public List<DueJson> paymentsDue(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.Locale language = org.qiaoyun.api.Text.languageOf(headers.getAcceptableLanguages());
        List<org.qiaoyun.plugins.aid.periodic.PeriodicAid.Due> due = new org.qiaoyun.plugins.aid.periodic.PeriodicAid(scope).due();
        Map<String, String> names = new Beneficiaries(scope, vault).names(due.stream().map(d -> d.beneficiaryId()).toList());
        return due.stream().map(d -> new DueJson(d.schedule().caseId(), d.beneficiaryId(), names.get(d.beneficiaryId()),
                d.period().toString(), d.schedule().monthly().toYuan(),
                d.refusal().map(t -> t.in(language, AidResource.class.getClassLoader())).orElse(null))).toList();
    }

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
        Inputs.body(body);
        casework.setLimit(role, Money.yuan("limit", body.limit, false));
        return limits();
    }

}
