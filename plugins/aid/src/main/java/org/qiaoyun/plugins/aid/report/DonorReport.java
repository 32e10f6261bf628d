package org.qiaoyun.plugins.aid.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qiaoyun.api.Money;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;

/**
 * What a fund received and what its money paid for, as a federation accounts for it to its donor (for an overseas
 * donation, 侨捐): the receipts, each payment with the kind of aid and the person's name masked (陈*英), the sums by
 * kind of aid, and what is left. Lines put right by a reversal (冲正) are left out with their reversal: the report
 * tells what stands.
 */
public record DonorReport(Fund fund, List<Receipt> receipts, List<Use> uses, Map<AidType, Money> byType, Money received, Money used) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A receipt: its day in China, amount and note. */
    public record Receipt(LocalDate day, Money amount, String note) {
    }

    /** A payment: its day in China, the kind of aid, whom for (masked) and the amount. */
    public record Use(LocalDate day, AidType type, String person, Money amount) {
    }

    /** What the case of a payment was: its kind and the person's full name (masked here). */
    public record CaseOf(AidType type, String name) {
    }

    /**
     * The report of {@code fund} from its whole ledger (any order) and, for each case paid, its kind and person
     * ({@code cases}, by case id).
     */
    public static DonorReport of(Fund fund, List<FundEntry> ledger, Map<String, CaseOf> cases) {
        Set<String> undone = new HashSet<>();
        ledger.stream().filter(e -> e.kind() == FundEntry.Kind.REVERSAL).forEach(e -> {
            undone.add(e.id());
            undone.add(e.reverses());
        });
        List<FundEntry> standing = ledger.stream().filter(e -> !undone.contains(e.id()))
                .sorted(java.util.Comparator.comparing(FundEntry::at).thenComparing(FundEntry::id)).toList();
        List<Receipt> receipts = standing.stream().filter(e -> e.kind() == FundEntry.Kind.RECEIPT)
                .map(e -> new Receipt(dayOf(e), e.amount(), e.note())).toList();
        List<Use> uses = standing.stream().filter(e -> e.kind() == FundEntry.Kind.DISBURSEMENT).map(e -> {
            CaseOf c = cases.get(e.caseId());
            return new Use(dayOf(e), c == null ? null : c.type(), c == null ? "" : PublicName.of(c.name()), e.amount());
        }).toList();
        Map<AidType, Money> byType = new EnumMap<>(AidType.class);
        uses.stream().filter(u -> u.type() != null).forEach(u -> byType.merge(u.type(), u.amount(), (a, b) -> new Money(a.fen() + b.fen())));
        return new DonorReport(fund, receipts, uses, byType, sum(receipts.stream().map(Receipt::amount).toList()),
                sum(uses.stream().map(Use::amount).toList()));
    }

    private static LocalDate dayOf(FundEntry entry) {
        return entry.at().atZone(CHINA).toLocalDate();
    }

    private static Money sum(List<Money> amounts) {
        return new Money(amounts.stream().mapToLong(Money::fen).sum());
    }
}
