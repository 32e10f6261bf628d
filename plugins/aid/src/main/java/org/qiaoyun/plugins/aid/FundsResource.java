package org.qiaoyun.plugins.aid;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.qiaoyun.api.Money;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.casework.Reversals;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;

/**
 * {@code .../aid/funds}: funds with their balances, receipts and ledgers.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundsResource {

    private final Funds funds;

    private final Reversals reversals;

    private final org.qiaoyun.plugins.aid.report.DonorReports reports;

    FundsResource(TenantScope scope, org.qiaoyun.api.personal.IdVault vault) {
        this.funds = new Funds(scope);
        this.reversals = new Reversals(scope);
        this.reports = new org.qiaoyun.plugins.aid.report.DonorReports(scope, vault);
    }

    /** A fund with its balance. */
    public record FundJson(String id, String name, String source, String donor, BigDecimal balance, long version) {

        static FundJson of(Fund f) {
            return new FundJson(f.id(), f.name(), Inputs.lower(f.source()), f.donor(), f.balance().toYuan(), f.version());
        }
    }

    /** A line of a fund's ledger; a reversal names the line it reverses, a reversed line the reversal. */
    public record EntryJson(String id, String fundId, String kind, BigDecimal amount, BigDecimal balance, String caseId,
                            String source, Instant at, String by, String note, String reverses, String reversedBy) {

        static EntryJson of(FundEntry e) {
            return of(e, null);
        }

        static EntryJson of(FundEntry e, String reversedBy) {
            return new EntryJson(e.id(), e.fundId(), Inputs.lower(e.kind()), e.amount().toYuan(), e.balance().toYuan(), e.caseId(),
                    Inputs.lower(e.source()), e.at(), e.by(), e.note(), e.reverses(), reversedBy);
        }
    }

    /** {@code POST funds/{id}/ledger/{entryId}/reversal}. */
    public static class Reversal {
        public String reason;
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
        public List<FundJson> list() {
        return funds.all().stream().map(FundJson::of).toList();
    }

    @POST
        public Response openFund(NewFund body) {
        Inputs.body(body);
        FundSource source = Inputs.choice(FundSource.class, body.source, "source");
        return Response.status(Response.Status.CREATED).entity(FundJson.of(funds.open(body.name, source, body.donor))).build();
    }

    @GET
    @Path("{id}")
    public FundJson fund(@PathParam("id") String id) {
        return FundJson.of(funds.get(id));
    }

    @POST
    @Path("{id}/receipts")
    public EntryJson receive(@PathParam("id") String id, Receipt body) {
        Inputs.body(body);
        funds.get(id);
        return EntryJson.of(funds.receive(id, Money.yuan("amount", body.amount, true), body.note));
    }

    /** A fund's ledger as a spreadsheet. */
    @GET
    @Path("{id}/ledger.xlsx")
    @Produces(AidResource.XLSX)
    public Response ledgerSpreadsheet(@PathParam("id") String id) {
        Fund fund = funds.get(id);
        List<FundEntry> entries = funds.ledger(id, 0, 100_000);
        jakarta.ws.rs.core.StreamingOutput body = out -> Spreadsheets.write(fund.name(),
                List.of("时间 Time", "类型 Kind", "金额 Amount", "余额 Balance", "个案 Case", "来源 Source", "经办人 By", "说明 Note", "冲正 Reverses"),
                entries.stream().map(e -> java.util.Arrays.<Object>asList(e.at().toString(), Inputs.lower(e.kind()), e.amount().toYuan(),
                        e.balance().toYuan(), e.caseId(), Inputs.lower(e.source()), e.by(), e.note(), e.reverses())).toList(), out);
        return Response.ok(body, AidResource.XLSX).header("Content-Disposition", "attachment; filename=\"ledger.xlsx\"").build();
    }

    @GET
    @Path("{id}/ledger")
    public List<EntryJson> ledger(@PathParam("id") String id, @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        Page.requireValid(page, size);
        List<FundEntry> lines = funds.ledger(id, page * size, size);
        java.util.Map<String, String> reversed = funds.reversals(lines);
        return lines.stream().map(e -> EntryJson.of(e, reversed.get(e.id()))).toList();
    }

    /** Reverses a wrong line (admin): a line the other way, naming it; a payment's case is paid that much less. */
    @POST
    @Path("{id}/ledger/{entryId}/reversal")
    public Response reverse(@PathParam("id") String id, @PathParam("entryId") String entryId, Reversal body) {
        Inputs.body(body);
        return Response.status(Response.Status.CREATED).entity(EntryJson.of(reversals.reverse(id, entryId, body.reason))).build();
    }


    /** A donor report: what the fund received and what it paid for (names masked), with the sums by kind of aid. */
    public record DonorReportJson(FundJson fund, BigDecimal received, BigDecimal used, java.util.Map<String, BigDecimal> usedByType,
                                  List<ReceiptLine> receipts, List<UseLine> uses) {

        /** A receipt: its day in China, amount and note. */
        public record ReceiptLine(java.time.LocalDate day, BigDecimal amount, String note) {
        }

        /** A payment: its day in China, the kind of aid, whom for (masked) and the amount. */
        public record UseLine(java.time.LocalDate day, String type, String beneficiary, BigDecimal amount) {
        }

        static DonorReportJson of(org.qiaoyun.plugins.aid.report.DonorReport r) {
            java.util.Map<String, BigDecimal> byType = new java.util.LinkedHashMap<>();
            r.byType().forEach((type, amount) -> byType.put(Inputs.lower(type), amount.toYuan()));
            return new DonorReportJson(FundJson.of(r.fund()), r.received().toYuan(), r.used().toYuan(), byType,
                    r.receipts().stream().map(x -> new ReceiptLine(x.day(), x.amount().toYuan(), x.note())).toList(),
                    r.uses().stream().map(u -> new UseLine(u.day(), Inputs.lower(u.type()), u.person(), u.amount().toYuan())).toList());
        }
    }

    @GET
    @Path("{id}/donor-report")
    public DonorReportJson donorReport(@PathParam("id") String id) {
        return DonorReportJson.of(reports.of(id));
    }

    /** The donor report as a workbook, its headers and labels in the request's language (Chinese for zh). */
    @GET
    @Path("{id}/donor-report.xlsx")
    @Produces(AidResource.XLSX)
    public Response donorReportSpreadsheet(@PathParam("id") String id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        org.qiaoyun.plugins.aid.report.DonorReport report = reports.of(id); // read (and refused) before the answer begins
        java.util.Locale language = org.qiaoyun.api.Text.languageOf(headers.getAcceptableLanguages());
        jakarta.ws.rs.core.StreamingOutput body = out -> reports.write(report, language, out);
        return Response.ok(body, AidResource.XLSX).header("Content-Disposition", "attachment; filename=\"donor-report.xlsx\"").build();
    }
}
