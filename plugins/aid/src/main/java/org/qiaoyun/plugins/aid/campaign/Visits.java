package org.qiaoyun.plugins.aid.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;

/**
 * The visits of a campaign as a visitor makes them, on a phone: the households given to them (and no others), each
 * with the person's name, address and what to hand over, never an ID number nor anything else of the person's
 * record; then, once per household, the visit: the day, handed over or not (and why not). Cash handed over is paid
 * in the same transaction from the campaign's funds, in the budget's order, each up to its line: the campaign's row
 * is locked while a visit is decided and the fund's row while it pays, so visits at once never spend a line twice nor
 * take a fund below zero.
 */
public final class Visits {

    /** A household as its visitor sees it. */
    public record Card(String householdId, String campaignId, String campaignName, CampaignKind kind, String name, String address,
                       Household.Handout handout, Household.Outcome outcome, LocalDate visitedOn, long version) {
    }

    private final TenantScope scope;

    public Visits(TenantScope scope) {
        this.scope = scope;
    }

    /**
     * The households given to the caller in campaigns under way (any user of the federation may be a visitor): what
     * they need at the door, and no more. The names and addresses read are audited as a list.
     */
    public List<Card> mine() {
        String me = Permissions.caller(scope);
        return scope.transaction(em -> {
            List<Object[]> rows = em.createQuery("select h, c.name, c.kind, b.name, b.address from Household h, Campaign c, Beneficiary b"
                    + " where h.visitor = :me and c.id = h.campaignId and b.id = h.beneficiaryId and c.status in :open"
                    + " order by c.startsOn, b.address, h.id", Object[].class)
                    .setParameter("me", me).setParameter("open", List.of(Campaign.Status.APPROVED, Campaign.Status.IN_PROGRESS))
                    .getResultList();
            scope.audit("campaign.visits", me, Text.of("aid.audit.listed", rows.size(), 0));
            return rows.stream().map(row -> {
                Household h = (Household) row[0];
                return new Card(h.id(), h.campaignId(), (String) row[1], (CampaignKind) row[2], (String) row[3], (String) row[4],
                        h.handout(), h.outcome(), h.visitedOn(), h.version());
            }).toList();
        });
    }

    /**
     * Records the visit of a household given to the caller: handed over on {@code day} (its cash paid from the
     * campaign's funds), or not, saying why. Others' households are unknown to the caller (404); a household
     * visited already, a stale version or a campaign not under way is refused (409); a budget spent or a fund
     * short is refused (400 {@code cash}) and nothing is recorded.
     */
    public Household visit(String campaignId, String householdId, Long version, LocalDate day, boolean handedOver, String reason) {
        String me = Permissions.caller(scope);
        return scope.transaction(em -> {
            Campaign campaign = Campaigns.load(em, campaignId, null, LockModeType.PESSIMISTIC_WRITE);
            Household household = Campaigns.household(em, campaignId, householdId);
            if (!me.equals(household.visitor())) {
                throw new UnknownObjectException(Text.of("aid.campaign.household-unknown", householdId));
            }
            org.qiaoyun.api.StaleVersionException.unlessCurrent(version, household.version());
            campaign.requireHandingOver();
            household.requirePending();
            if (day == null || day.isAfter(AidIndicators.today(scope))) {
                throw new InvalidInputException("date", Text.of("aid.campaign.visit-day"));
            }
            if (handedOver) {
                FundEntry paid = household.cash().isPositive() ? pay(em, campaign, household) : null;
                household.handedOver(day, paid == null ? null : paid.fundId(), paid == null ? null : paid.id(), me, scope.clock().instant());
            } else {
                household.notHandedOver(day, reason, me, scope.clock().instant());
            }
            campaign.visited();
            scope.audit("campaign.visit", campaignId, Text.of(handedOver ? "aid.audit.campaign-handed" : "aid.audit.campaign-not-handed",
                    household.cash(), household.goodsValue()));
            em.flush(); // the month's figures count this visit
            AidIndicators.refresh(scope);
            return household;
        });
    }

    /**
     * After a reversal of ledger line {@code entryId} inside the caller's transaction: the household it paid, if any,
     * waits for its visit again (audited as {@code campaign.reverse-payment}).
     */
    public static void paymentReversed(TenantScope scope, EntityManager em, String entryId) {
        em.createQuery("select h from Household h where h.fundEntryId = :entry", Household.class).setParameter("entry", entryId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().ifPresent(h -> {
                    h.paymentReversed();
                    scope.audit("campaign.reverse-payment", h.campaignId(), h.id());
                });
    }

    /** Refuses (404) a household that is not campaign {@code campaignId}'s; tells nothing else of it. */
    public void requireHousehold(String campaignId, String householdId) {
        scope.transaction(em -> Campaigns.household(em, campaignId, householdId));
    }

    /** Pays the household's cash from the first of the campaign's funds whose line still covers it and whose balance does. */
    private FundEntry pay(EntityManager em, Campaign campaign, Household household) {
        Money cash = household.cash();
        Map<String, Long> spent = Campaigns.households(em, campaign.id()).stream()
                .filter(h -> h.outcome() == Household.Outcome.HANDED_OVER && h.fundId() != null)
                .collect(Collectors.groupingBy(Household::fundId, Collectors.summingLong(h -> h.cash().fen())));
        RuntimeException refusal = new InvalidInputException("cash", Text.of("aid.campaign.budget-spent", cash.toString()));
        for (BudgetLine line : Campaigns.lines(em, campaign.id())) {
            if (line.amount().fen() - spent.getOrDefault(line.fundId(), 0L) < cash.fen()) {
                continue;
            }
            Fund fund = Funds.locked(em, line.fundId(), "cash");
            if (fund.balance().compareTo(cash) < 0) {
                refusal = new InvalidInputException("cash", Text.of("aid.fund.balance-short", fund.name(), fund.balance().toString(),
                        cash.toString()));
                continue;
            }
            // the ledger's note is the campaign's name, read alike in either language; no case is paid
            FundEntry entry = fund.disburse(cash, null, Permissions.caller(scope), campaign.name(), scope.clock().instant());
            em.persist(entry);
            em.flush(); // the ledger's line is written before the household that names it
            return entry;
        }
        throw refusal;
    }
}
