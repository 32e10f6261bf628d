package org.qiaoyun.plugins.aid.campaign;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.LockModeType;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.Spreadsheets;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.report.PublicName;

/**
 * What a campaign accounts for: its account (the budget, what each fund paid and has left for it, the households
 * visited, handed over or not, the cash and the goods' value handed over) and its public list (公示) of those it
 * gives to, names masked as practice shows them (陈*英), with the area and what each is given, for posting: never an
 * ID number, a phone or an address.
 */
public final class CampaignReports {

    /** One fund's part: its budget line, what it paid for the campaign and what is left of the line. */
    public record FundPart(String fundId, String fundName, Money budget, Money spent, Money remaining) {
    }

    /** The campaign's account. */
    public record Account(Campaign campaign, Money budget, List<FundPart> funds, int households, int visited, int handedOver,
                          int notHandedOver, int pending, Money cashPlanned, Money goodsPlanned, Money cashHandedOver,
                          Money goodsHandedOver) {
    }

    /** One line of the public list. */
    public record NoticeLine(String name, String area, Money cash, String goods, Integer quantity, Money goodsValue) {
    }

    /** The public list: whose, which campaign, of which day, and its lines. */
    public record Notice(String federation, Campaign campaign, LocalDate day, List<NoticeLine> lines) {
    }

    private final TenantScope scope;

    public CampaignReports(TenantScope scope) {
        this.scope = scope;
    }

    /** The campaign's account (readers of people: it is the federation's, and names no one). */
    public Account account(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            Campaign campaign = Campaigns.load(em, id, null, LockModeType.NONE);
            List<Household> households = Campaigns.households(em, id);
            Map<String, Long> spent = households.stream().filter(h -> h.fundId() != null)
                    .collect(Collectors.groupingBy(Household::fundId, Collectors.summingLong(h -> h.cash().fen())));
            List<FundPart> funds = new ArrayList<>();
            long budget = 0;
            for (BudgetLine line : Campaigns.lines(em, id)) {
                Fund fund = em.find(Fund.class, line.fundId());
                long paid = spent.getOrDefault(line.fundId(), 0L);
                funds.add(new FundPart(line.fundId(), fund.name(), line.amount(), new Money(paid), new Money(line.amount().fen() - paid)));
                budget += line.amount().fen();
            }
            List<Household> handed = households.stream().filter(h -> h.outcome() == Household.Outcome.HANDED_OVER).toList();
            int notHanded = (int) households.stream().filter(h -> h.outcome() == Household.Outcome.NOT_HANDED_OVER).count();
            Campaign.Totals planned = Campaigns.totals(households);
            Campaign.Totals given = Campaigns.totals(handed);
            return new Account(campaign, new Money(budget), funds, households.size(), handed.size() + notHanded, handed.size(), notHanded,
                    households.size() - handed.size() - notHanded, planned.cash(), planned.goods(), given.cash(), given.goods());
        });
    }

    /**
     * The public list of an approved campaign: its households but those visited without handing over, names masked
     * (readers of people; the names read audited as a list). A draft has none yet (409).
     */
    public Notice notice(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            Campaign campaign = Campaigns.load(em, id, null, LockModeType.NONE);
            if (campaign.status() == Campaign.Status.DRAFT) {
                throw new ConflictException(null, Text.of("aid.campaign.notice-before-approval"));
            }
            List<Object[]> rows = em.createQuery("select h, b.name from Household h, Beneficiary b where h.campaignId = :c"
                    + " and b.id = h.beneficiaryId and h.outcome <> :not order by h.area, b.name, h.id", Object[].class)
                    .setParameter("c", id).setParameter("not", Household.Outcome.NOT_HANDED_OVER).getResultList();
            scope.audit("campaign.notice", id, Text.of("aid.audit.listed", rows.size(), 0));
            List<NoticeLine> lines = rows.stream().map(row -> {
                Household.Handout handout = ((Household) row[0]).handout();
                return new NoticeLine(PublicName.of((String) row[1]), ((Household) row[0]).area(), handout.cash(), handout.goods(),
                        handout.quantity(), handout.goodsValue());
            }).toList();
            return new Notice(scope.tenantName(), campaign, AidIndicators.today(scope), lines);
        });
    }

    /** The public list as a workbook in {@code language}: the federation, the campaign and the day above the list. */
    public static void write(Notice notice, Locale language, OutputStream out) {
        Function<String, String> say = code -> Text.of("aid.notice." + code).in(language, CampaignReports.class.getClassLoader());
        List<String> above = List.of(notice.federation(), notice.campaign().name(), say.apply("day") + " " + notice.day());
        List<List<Object>> rows = notice.lines().stream().map(l -> List.<Object>of(l.name(), l.area() == null ? "" : l.area(),
                l.cash().toYuan(), l.goods() == null ? "" : l.goods(), l.quantity() == null ? "" : l.quantity(),
                l.goodsValue() == null ? "" : l.goodsValue().toYuan())).toList();
        Spreadsheets.write(List.of(new Spreadsheets.Sheet(say.apply("sheet"), above, List.of(say.apply("name"), say.apply("area"),
                say.apply("cash"), say.apply("goods"), say.apply("quantity"), say.apply("goods-value")), rows)), out);
    }
}
