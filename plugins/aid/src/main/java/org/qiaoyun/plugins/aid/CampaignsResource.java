package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.campaign.BudgetLine;
import org.qiaoyun.plugins.aid.campaign.Campaign;
import org.qiaoyun.plugins.aid.campaign.CampaignKind;
import org.qiaoyun.plugins.aid.campaign.CampaignReports;
import org.qiaoyun.plugins.aid.campaign.Campaigns;
import org.qiaoyun.plugins.aid.campaign.Household;
import org.qiaoyun.plugins.aid.campaign.Visits;
import org.qiaoyun.plugins.aid.files.AidFiles;

/**
 * {@code .../aid/campaigns}: campaigns (送温暖, 金秋助学) with their budgets and lists of households, one approval of
 * the list, the visits recorded by the visitors (who read only the households given to them, at {@code visits}),
 * the public list (公示) as a workbook, and the campaign's account.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    private final TenantScope scope;
    private final IdVault vault;
    private final Campaigns campaigns;

    CampaignsResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
        this.campaigns = new Campaigns(scope);
    }

    /** A budget line: the fund and what the campaign may draw from it. */
    public static class FundLine {
        public String fundId;
        public BigDecimal amount;
    }

    /** {@code POST campaigns}, {@code PUT campaigns/{id}}. */
    public static class CampaignBody {
        public Long version;
        public String name;
        public String kind;
        public String from;
        public String to;
        public List<String> tags;
        public List<String> areas;
        public List<FundLine> funds;
    }

    /** What a household is handed and who visits it; with {@code beneficiaryId} and {@code area} when one is added. */
    public static class HouseholdBody {
        public Long version;
        public String beneficiaryId;
        public String area;
        public BigDecimal cash;
        public String goods;
        public Integer quantity;
        public BigDecimal goodsValue;
        public String visitor;
    }

    /** {@code POST .../approve}, {@code .../close}: the version read. */
    public static class VersionBody {
        public Long version;
    }

    /** {@code POST .../households/{hid}/visit}. */
    public static class VisitBody {
        public Long version;
        public String date;
        public Boolean handedOver;
        public String reason;
    }

    public record FundLineJson(String fundId, BigDecimal amount) {
    }

    public record CampaignJson(String id, String name, String kind, LocalDate from, LocalDate to, List<String> tags, List<String> areas,
                               List<FundLineJson> funds, BigDecimal budget, String status, String createdBy, String firstApprover,
                               String approvedBy, String closedBy, long version) {

        static CampaignJson of(Campaign c, List<BudgetLine> lines) {
            return new CampaignJson(c.id(), c.name(), Inputs.lower(c.kind()), c.from(), c.to(), c.tags().stream().map(Inputs::lower).toList(),
                    c.areas(), lines.stream().map(l -> new FundLineJson(l.fundId(), l.amount().toYuan())).toList(),
                    new Money(lines.stream().mapToLong(l -> l.amount().fen()).sum()).toYuan(), Inputs.lower(c.status()), c.createdBy(),
                    c.firstApprover(), c.approvedBy(), c.closedBy(), c.version());
        }
    }

    /** A household as those who prepare the campaign see it: the person's name, never an ID number. */
    public record HouseholdJson(String id, String beneficiaryId, String name, String area, BigDecimal cash, String goods, Integer quantity,
                                BigDecimal goodsValue, String visitor, String outcome, LocalDate visitedOn, String reason,
                                String ledgerEntryId, long version) {

        static HouseholdJson of(Household h, String name) {
            Household.Handout handout = h.handout();
            return new HouseholdJson(h.id(), h.beneficiaryId(), name, h.area(), handout.cash().toYuan(), handout.goods(), handout.quantity(),
                    handout.goodsValue() == null ? null : handout.goodsValue().toYuan(), h.visitor(), Inputs.lower(h.outcome()), h.visitedOn(),
                    h.notHandedReason(), h.fundEntryId(), h.version());
        }
    }

    /** A household as its visitor sees it: name, address, what to hand over; no ID number. */
    public record VisitJson(String householdId, String campaignId, String campaignName, String kind, String name, String address,
                            BigDecimal cash, String goods, Integer quantity, BigDecimal goodsValue, String outcome, LocalDate visitedOn,
                            long version) {

        static VisitJson of(Visits.Card c) {
            Household.Handout h = c.handout();
            return new VisitJson(c.householdId(), c.campaignId(), c.campaignName(), Inputs.lower(c.kind()), c.name(), c.address(),
                    h.cash().toYuan(), h.goods(), h.quantity(), h.goodsValue() == null ? null : h.goodsValue().toYuan(),
                    Inputs.lower(c.outcome()), c.visitedOn(), c.version());
        }
    }

    public record FundPartJson(String fundId, String fundName, BigDecimal budget, BigDecimal spent, BigDecimal remaining) {
    }

    public record AccountJson(String campaignId, String status, BigDecimal budget, List<FundPartJson> funds, int households, int visited,
                              int handedOver, int notHandedOver, int pending, BigDecimal cashPlanned, BigDecimal goodsPlanned,
                              BigDecimal cashHandedOver, BigDecimal goodsHandedOver) {

        static AccountJson of(CampaignReports.Account a) {
            return new AccountJson(a.campaign().id(), Inputs.lower(a.campaign().status()), a.budget().toYuan(),
                    a.funds().stream().map(f -> new FundPartJson(f.fundId(), f.fundName(), f.budget().toYuan(), f.spent().toYuan(),
                            f.remaining().toYuan())).toList(), a.households(), a.visited(), a.handedOver(), a.notHandedOver(), a.pending(),
                    a.cashPlanned().toYuan(), a.goodsPlanned().toYuan(), a.cashHandedOver().toYuan(), a.goodsHandedOver().toYuan());
        }
    }

    @GET
    public List<CampaignJson> list() {
        Map<String, List<BudgetLine>> budgets = campaigns.budgets();
        return campaigns.all().stream().map(c -> CampaignJson.of(c, budgets.getOrDefault(c.id(), List.of()))).toList();
    }

    @POST
    public Response draft(CampaignBody body) {
        Inputs.body(body);
        Campaign c = campaigns.draft(body.name, Inputs.choice(CampaignKind.class, body.kind, "kind"), Inputs.date(body.from, "from"),
                Inputs.date(body.to, "to"), tags(body.tags), body.areas, budget(body.funds));
        return Response.status(Response.Status.CREATED).entity(CampaignJson.of(c, campaigns.budget(c.id()))).build();
    }

    /** The households given to the caller to visit, in campaigns under way (any user of the federation). */
    @GET
    @Path("visits")
    public List<VisitJson> visits() {
        return new Visits(scope).mine().stream().map(VisitJson::of).toList();
    }

    @GET
    @Path("{id}")
    public CampaignJson get(@PathParam("id") String id) {
        return CampaignJson.of(campaigns.get(id), campaigns.budget(id));
    }

    @PUT
    @Path("{id}")
    public CampaignJson change(@PathParam("id") String id, CampaignBody body) {
        Inputs.body(body);
        Campaign c = campaigns.change(id, body.version, body.name, Inputs.date(body.from, "from"), Inputs.date(body.to, "to"),
                tags(body.tags), body.areas, budget(body.funds));
        return CampaignJson.of(c, campaigns.budget(id));
    }

    /** The spreadsheet to fill in for a list of households. */
    @GET
    @Path("households-template.xlsx")
    @Produces(AidResource.XLSX)
    public Response householdsTemplate() {
        return Response.ok(org.qiaoyun.plugins.aid.campaign.HouseholdImport.template(), AidResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"campaign-households-template.xlsx\"").build();
    }

    /**
     * Adds households to a draft's list from a spreadsheet (the template's layout). The report lists every wrong row and
     * column; nothing is added while a row is wrong unless {@code importValidRows=true}.
     */
    @POST
    @Path("{id}/households/import")
    @Consumes({AidResource.XLSX, jakarta.ws.rs.core.MediaType.APPLICATION_OCTET_STREAM})
    public BeneficiariesResource.ImportReportJson importHouseholds(@PathParam("id") String id,
            @jakarta.ws.rs.QueryParam("importValidRows") @jakarta.ws.rs.DefaultValue("false") boolean importValidRows,
            @Context HttpHeaders headers, java.io.InputStream xlsx) {
        return BeneficiariesResource.ImportReportJson.of(new org.qiaoyun.plugins.aid.campaign.HouseholdImport(scope, vault)
                .run(id, xlsx, importValidRows), Text.languageOf(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("{id}/households")
    public List<HouseholdJson> households(@PathParam("id") String id) {
        List<Household> list = campaigns.households(id);
        Map<String, String> names = new Beneficiaries(scope, vault).names(list.stream().map(Household::beneficiaryId).toList());
        return list.stream().map(h -> HouseholdJson.of(h, names.get(h.beneficiaryId()))).toList();
    }

    @POST
    @Path("{id}/households")
    public Response add(@PathParam("id") String id, HouseholdBody body) {
        Inputs.body(body);
        Household h = campaigns.add(id, body.beneficiaryId, body.area, handout(body), body.visitor);
        return Response.status(Response.Status.CREATED).entity(HouseholdJson.of(h, null)).build();
    }

    /** What picking by the campaign's rule did. */
    public record PickedJson(int added, int skipped) {
    }

    @POST
    @Path("{id}/households/pick")
    public PickedJson pick(@PathParam("id") String id, HouseholdBody body) {
        Inputs.body(body);
        Campaigns.Picked picked = campaigns.pick(id, handout(body), body.visitor);
        return new PickedJson(picked.added(), picked.skipped());
    }

    @PUT
    @Path("{id}/households/{hid}")
    public HouseholdJson changeHousehold(@PathParam("id") String id, @PathParam("hid") String hid, HouseholdBody body) {
        Inputs.body(body);
        return HouseholdJson.of(campaigns.change(id, hid, body.version, handout(body), body.visitor), null);
    }

    @DELETE
    @Path("{id}/households/{hid}")
    public Response remove(@PathParam("id") String id, @PathParam("hid") String hid) {
        campaigns.remove(id, hid);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/households/{hid}/visit")
    public HouseholdJson visit(@PathParam("id") String id, @PathParam("hid") String hid, VisitBody body) {
        Inputs.body(body);
        if (body.handedOver == null) {
            throw new org.qiaoyun.api.InvalidInputException("handedOver", Text.of("aid.campaign.handed-over-required"));
        }
        return HouseholdJson.of(new Visits(scope).visit(id, hid, body.version, Inputs.date(body.date, "date"), body.handedOver, body.reason),
                null);
    }

    /** The signed receipt's photo (签收) and other papers of a household: its visitor's, and those who read people. */
    @Path("{id}/households/{hid}/attachments")
    public FilesResource attachments(@PathParam("id") String id, @PathParam("hid") String hid) {
        // a household of another campaign is not this one's (404); who may see its files is decided by AidFiles
        new Visits(scope).requireHousehold(id, hid);
        return new FilesResource(scope, AidFiles.Holder.HOUSEHOLD, hid);
    }

    @POST
    @Path("{id}/approve")
    public CampaignJson approve(@PathParam("id") String id, VersionBody body) {
        Inputs.body(body);
        return CampaignJson.of(campaigns.approve(id, body.version), campaigns.budget(id));
    }

    @POST
    @Path("{id}/close")
    public CampaignJson close(@PathParam("id") String id, VersionBody body) {
        Inputs.body(body);
        return CampaignJson.of(campaigns.close(id, body.version), campaigns.budget(id));
    }

    @GET
    @Path("{id}/account")
    public AccountJson account(@PathParam("id") String id) {
        return AccountJson.of(new CampaignReports(scope).account(id));
    }

    /** The public list (公示) as a workbook in the language of {@code Accept-Language}: names masked, no ID, phone nor address. */
    @GET
    @Path("{id}/notice.xlsx")
    @Produces(AidResource.XLSX)
    public Response notice(@PathParam("id") String id, @Context HttpHeaders headers) {
        java.util.Locale language = Text.languageOf(headers.getAcceptableLanguages());
        CampaignReports.Notice notice = new CampaignReports(scope).notice(id); // read (and refused) before the answer begins
        jakarta.ws.rs.core.StreamingOutput body = out -> CampaignReports.write(notice, language, out);
        return Response.ok(body, AidResource.XLSX).header("Content-Disposition", "attachment; filename=\"notice.xlsx\"").build();
    }

    private static Set<VulnerabilityTag> tags(List<String> tags) {
        return tags == null ? Set.of() : tags.stream().map(t -> Inputs.choice(VulnerabilityTag.class, t, "tags")).collect(Collectors.toSet());
    }

    private static List<Campaigns.Budget> budget(List<FundLine> funds) {
        return funds == null ? List.of() : funds.stream().map(f -> f == null ? null
                : new Campaigns.Budget(f.fundId, Money.yuan("funds", f.amount, true))).toList();
    }

    private static Household.Handout handout(HouseholdBody body) {
        return new Household.Handout(body.cash == null ? null : Money.yuan("cash", body.cash, false), body.goods, body.quantity,
                body.goodsValue == null ? null : Money.yuan("goodsValue", body.goodsValue, true));
    }
}
