package org.qiaoyun.plugins.aid.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.Spreadsheets;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;

/**
 * Donor reports of a tenant's funds, for those who read the cases (the names read are audited as a list, and shown
 * masked), as data and as a spreadsheet in the reader's language: local days, amounts with thousands separators.
 */
public final class DonorReports {

    private final TenantScope scope;
    private final IdVault vault;

    public DonorReports(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** The report of one fund (404 for a fund the tenant does not have). */
    public DonorReport of(String fundId) {
        Permissions.requireReaderOfPeople(scope);
        Fund fund = new Funds(scope).get(fundId);
        List<FundEntry> ledger = scope.transaction(em -> em.createQuery("select e from FundEntry e where e.fundId = :fund", FundEntry.class)
                .setParameter("fund", fundId).getResultList());
        List<String> caseIds = ledger.stream().map(FundEntry::caseId).filter(java.util.Objects::nonNull).distinct().toList();
        List<AidCase> cases = caseIds.isEmpty() ? List.of() : scope.transaction(em -> em.createQuery(
                "select c from AidCase c where c.id in :ids", AidCase.class).setParameter("ids", caseIds).getResultList());
        Map<String, String> names = new Beneficiaries(scope, vault).names(cases.stream().map(AidCase::beneficiaryId).toList());
        Map<String, DonorReport.CaseOf> of = new HashMap<>();
        cases.forEach(c -> of.put(c.id(), new DonorReport.CaseOf(c.type(), names.get(c.beneficiaryId()))));
        scope.audit("fund.donor-report", fundId);
        return DonorReport.of(fund, ledger, of);
    }

    /** The report as a workbook in {@code language}: a summary, the receipts, and what the money paid for. */
    public void write(DonorReport report, Locale language, java.io.OutputStream out) {
        java.util.function.Function<String, String> say = code -> Text.of("aid.report." + code).in(language, DonorReports.class.getClassLoader());
        java.util.function.Function<Enum<?>, String> label = value -> value == null ? ""
                : Text.of("aid." + (value instanceof org.qiaoyun.plugins.aid.casework.AidType ? "type" : "source") + "." + value.name())
                .in(language, DonorReports.class.getClassLoader());
        Fund fund = report.fund();
        List<List<Object>> summary = new java.util.ArrayList<>();
        summary.add(List.of(say.apply("fund"), fund.name()));
        summary.add(List.of(say.apply("source"), label.apply(fund.source())));
        summary.add(List.of(say.apply("donor"), fund.donor() == null ? "" : fund.donor()));
        summary.add(List.of(say.apply("received"), report.received().toYuan()));
        summary.add(List.of(say.apply("used"), report.used().toYuan()));
        summary.add(List.of(say.apply("balance"), fund.balance().toYuan()));
        report.byType().forEach((type, amount) -> summary.add(List.of(say.apply("used-for") + label.apply(type), amount.toYuan())));
        Spreadsheets.write(List.of(
                new Spreadsheets.Sheet(say.apply("summary"), List.of(say.apply("item"), say.apply("amount")), summary),
                new Spreadsheets.Sheet(say.apply("receipts"), List.of(say.apply("day"), say.apply("amount"), say.apply("note")),
                        report.receipts().stream().map(r -> List.<Object>of(r.day(), r.amount().toYuan(), r.note() == null ? "" : r.note()))
                                .toList()),
                new Spreadsheets.Sheet(say.apply("uses"), List.of(say.apply("day"), say.apply("type"), say.apply("person"), say.apply("amount")),
                        report.uses().stream().map(u -> List.<Object>of(u.day(), label.apply(u.type()), u.person(), u.amount().toYuan()))
                                .toList())), out);
    }
}
