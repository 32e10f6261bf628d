package org.qiaoyun.plugins.aid.campaign;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.fund.Fund;

/**
 * A federation's campaigns as its staff prepare them: caseworkers draft a campaign with its budget, build its list of
 * households (picked by the campaign's rule or added one by one, each with what to hand over and who visits), a
 * decider approves the list once, and closes the campaign when the visits are done. Every change is audited in its
 * own transaction; a change sent with a stale version is refused (409).
 */
public final class Campaigns {

    /** One line of a budget as asked: the fund and what the campaign may draw from it. */
    public record Budget(String fundId, Money amount) {
    }

    /** What picking by the rule did: the households added, and the people left out (in the list already, or granted this school year). */
    public record Picked(int added, int skipped) {
    }

    private final TenantScope scope;

    public Campaigns(TenantScope scope) {
        this.scope = scope;
    }

    /** Drafts a campaign with its budget (caseworkers and admins; audited). */
    public Campaign draft(String name, CampaignKind kind, LocalDate from, LocalDate to, Set<VulnerabilityTag> tags, List<String> areas,
                          List<Budget> budget) {
        Permissions.requireCaseworker(scope);
        return scope.transaction(em -> {
            Campaign campaign = Campaign.draft(name, kind, from, to, tags, areas, Permissions.caller(scope), scope.clock().instant());
            em.persist(campaign);
            em.flush(); // no mapped relation orders the inserts: the campaign's row comes before its budget's
            budget(em, campaign, budget);
            scope.audit("campaign.draft", campaign.id(), Text.of("aid.audit.campaign-draft", Text.of("aid.campaign.kind." + kind.name())));
            return campaign;
        });
    }

    /** Changes a draft's name, period, rule and budget (caseworkers and admins; the version read). */
    public Campaign change(String id, Long version, String name, LocalDate from, LocalDate to, Set<VulnerabilityTag> tags,
                           List<String> areas, List<Budget> budget) {
        Permissions.requireCaseworker(scope);
        return scope.transaction(em -> {
            Campaign campaign = load(em, id, version, LockModeType.PESSIMISTIC_WRITE);
            campaign.describe(name, from, to, tags, areas);
            em.createQuery("delete from BudgetLine l where l.campaignId = :c").setParameter("c", id).executeUpdate();
            budget(em, campaign, budget);
            scope.audit("campaign.change", id);
            return campaign;
        });
    }

    private static void budget(EntityManager em, Campaign campaign, List<Budget> budget) {
        if (budget == null || budget.isEmpty()) {
            throw new InvalidInputException("funds", Text.of("aid.campaign.budget-required"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < budget.size(); i++) {
            Budget line = budget.get(i);
            if (line == null || line.fundId() == null || em.find(Fund.class, line.fundId()) == null) {
                throw new InvalidInputException("funds", Text.of("aid.fund.unknown", line == null ? null : line.fundId()));
            }
            if (!seen.add(line.fundId())) {
                throw new InvalidInputException("funds", Text.of("aid.campaign.fund-twice"));
            }
            em.persist(new BudgetLine(campaign.id(), line.fundId(), line.amount(), i));
        }
    }

    /** The campaigns, the newest first (readers of people). */
    public List<Campaign> all() {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> em.createQuery("select c from Campaign c order by c.createdAt desc, c.id", Campaign.class)
                .getResultList());
    }

    public Campaign get(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> load(em, id, null, LockModeType.NONE));
    }

    /** The campaign's budget, line by line in the order its funds pay. */
    public List<BudgetLine> budget(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            load(em, id, null, LockModeType.NONE);
            return lines(em, id);
        });
    }

    /** The budgets of all campaigns, each line by line, by campaign (one query for a list of campaigns). */
    public java.util.Map<String, List<BudgetLine>> budgets() {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> em.createQuery("select l from BudgetLine l order by l.campaignId, l.position", BudgetLine.class)
                .getResultStream().collect(java.util.stream.Collectors.groupingBy(BudgetLine::campaignId)));
    }

    /** The campaign's households (in a stable order) (readers of people: a list of people, audited as one). */
    public List<Household> households(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            load(em, id, null, LockModeType.NONE);
            List<Household> list = households(em, id);
            scope.audit("campaign.households", id, Text.of("aid.audit.listed", list.size(), 0));
            return list;
        });
    }

    /**
     * Adds the people the campaign's rule picks (its vulnerabilities and areas), each handed {@code handout} and
     * visited by {@code visitor}: those in the list already, and for a 金秋助学 campaign those granted in its school
     * year, are left out (caseworkers and admins; a draft only).
     */
    public Picked pick(String id, Household.Handout handout, String visitor) {
        return changeList(id, visitor, (em, campaign) -> {
            Set<String> excluded = excluded(em, campaign);
            int added = 0;
            int skipped = 0;
            for (Object[] row : picked(em, campaign)) {
                String person = (String) row[0];
                if (!excluded.add(person)) {
                    skipped++;
                    continue;
                }
                em.persist(new Household(campaign, person, areaOf(campaign, (String) row[1]), handout, visitor, Permissions.caller(scope)));
                added++;
            }
            scope.audit("campaign.pick", id, Text.of("aid.audit.campaign-picked", added));
            return new Picked(added, skipped);
        });
    }

    /** Adds one person to the list (caseworkers and admins; a draft only): refused when they are in it, or granted this school year. */
    public Household add(String id, String beneficiaryId, String area, Household.Handout handout, String visitor) {
        return changeList(id, visitor, (em, campaign) -> {
            if (beneficiaryId == null || !Beneficiaries.exists(em, beneficiaryId)) {
                throw new InvalidInputException("beneficiaryId", Text.of("aid.beneficiary.unknown", beneficiaryId));
            }
            if (inList(em, campaign.id(), beneficiaryId)) {
                throw new InvalidInputException("beneficiaryId", Text.of("aid.campaign.in-list-already"));
            }
            if (campaign.schoolYear() != null && grantedIn(em, campaign.schoolYear(), beneficiaryId)) {
                throw new InvalidInputException("beneficiaryId", Text.of("aid.campaign.school-year-granted", campaign.schoolYear().toString()));
            }
            Household household = new Household(campaign, beneficiaryId, area, handout, visitor, Permissions.caller(scope));
            em.persist(household);
            scope.audit("campaign.add", id, household.id());
            return household;
        });
    }

    /** Changes what a household is handed and who visits it (caseworkers and admins; a draft only; the household's version read). */
    public Household change(String id, String householdId, Long version, Household.Handout handout, String visitor) {
        return changeList(id, visitor, (em, campaign) -> {
            Household household = household(em, id, householdId);
            StaleVersionException.unlessCurrent(version, household.version());
            household.hand(handout, visitor);
            scope.audit("campaign.household-change", id, householdId);
            return household;
        });
    }

    /** Takes a household off a draft's list (caseworkers and admins). */
    public void remove(String id, String householdId) {
        changeList(id, null, (em, campaign) -> {
            em.remove(household(em, id, householdId));
            scope.audit("campaign.remove", id, householdId);
            return null;
        });
    }

    /**
     * A change of a draft's list (caseworkers and admins): made under the campaign's lock, so that changes and an
     * approval are decided one after the other; a first approval given to the list before it no longer stands. The
     * {@code visitor} named, if any, is a user of the federation.
     */
    private <T> T changeList(String id, String visitor, java.util.function.BiFunction<EntityManager, Campaign, T> change) {
        Permissions.requireCaseworker(scope);
        requireMember(visitor);
        return scope.transaction(em -> {
            Campaign campaign = load(em, id, null, LockModeType.PESSIMISTIC_WRITE);
            campaign.requireDraft();
            T changed = change.apply(em, campaign);
            campaign.listChanged();
            return changed;
        });
    }

    /**
     * Approves the list as a whole (deciders: a role with an approval limit), within the budget and the approver's
     * limit; whoever built it gives a first approval only (see {@link Campaign#approve}). Audited.
     */
    public Campaign approve(String id, Long version) {
        Money limit = new Casework(scope).approvalLimit();
        if (limit == null) {
            throw new PermissionDeniedException(Text.of("aid.case.no-approver-role"));
        }
        return scope.transaction(em -> {
            Campaign campaign = load(em, id, version, LockModeType.PESSIMISTIC_WRITE);
            Set<String> built = new HashSet<>(em.createQuery("select distinct h.addedBy from Household h where h.campaignId = :c", String.class)
                    .setParameter("c", id).getResultList());
            built.add(campaign.createdBy());
            Money budget = new Money(lines(em, id).stream().mapToLong(l -> l.amount().fen()).sum());
            boolean approved = campaign.approve(Permissions.caller(scope), limit, built, totals(households(em, id)), budget,
                    scope.clock().instant());
            scope.audit(approved ? "campaign.approve" : "campaign.first-approval", id);
            return campaign;
        });
    }

    /** Closes the campaign: no more visits (deciders; the version read; audited). */
    public Campaign close(String id, Long version) {
        if (!new Casework(scope).callerDecides()) {
            throw new PermissionDeniedException(Text.of("aid.case.no-decider-role"));
        }
        return scope.transaction(em -> {
            Campaign campaign = load(em, id, version, LockModeType.PESSIMISTIC_WRITE);
            campaign.close(Permissions.caller(scope), scope.clock().instant());
            scope.audit("campaign.close", id);
            return campaign;
        });
    }

    /** What a list comes to. */
    public static Campaign.Totals totals(List<Household> households) {
        long cash = 0;
        long goods = 0;
        long largest = 0;
        for (Household h : households) {
            cash += h.cash().fen();
            goods += h.goodsValue().fen();
            largest = Math.max(largest, h.cash().fen() + h.goodsValue().fen());
        }
        return new Campaign.Totals(households.size(), new Money(cash), new Money(goods), new Money(largest));
    }

    /** Who may be sent to visit households: the federation's caseworkers, admins and volunteers (caseworkers and admins ask). */
    public List<String> visitors() {
        Permissions.requireCaseworker(scope);
        return scope.members("caseworker", "admin", "volunteer");
    }

    private void requireMember(String visitor) {
        if (visitor != null && !visitor.isBlank() && !scope.hasMember(visitor.strip())) {
            throw new InvalidInputException("visitor", Text.of("aid.campaign.visitor-not-member", visitor.strip()));
        }
    }

    /** The people the rule picks, with their addresses: any of its vulnerabilities, in any of its areas. */
    private static List<Object[]> picked(EntityManager em, Campaign campaign) {
        List<String> tags = campaign.tags().stream().map(Enum::name).toList();
        List<String> areas = campaign.areas();
        StringBuilder where = new StringBuilder("select b.id, b.address from Beneficiary b where 1 = 1");
        if (!tags.isEmpty()) {
            where.append(" and (").append(String.join(" or ", tags.stream().map(t -> "b.tags like :t" + tags.indexOf(t)).toList())).append(')');
        }
        if (!areas.isEmpty()) {
            where.append(" and (").append(String.join(" or ", areas.stream().map(a -> "b.address like :a" + areas.indexOf(a)).toList()))
                    .append(')');
        }
        TypedQuery<Object[]> query = em.createQuery(where.append(" order by b.name, b.id").toString(), Object[].class);
        for (int i = 0; i < tags.size(); i++) {
            query.setParameter("t" + i, "%" + tags.get(i) + "%");
        }
        for (int i = 0; i < areas.size(); i++) {
            query.setParameter("a" + i, "%" + areas.get(i) + "%");
        }
        return query.getResultList();
    }

    /** The first of the campaign's areas the address lies in (what the public list shows instead of the address). */
    private static String areaOf(Campaign campaign, String address) {
        return campaign.areas().stream().filter(a -> address != null && address.contains(a)).findFirst().orElse(null);
    }

    /** Who may not be added: those in the list, and for a 金秋助学 campaign those granted in its school year. */
    private static Set<String> excluded(EntityManager em, Campaign campaign) {
        Set<String> excluded = new HashSet<>(em.createQuery("select h.beneficiaryId from Household h where h.campaignId = :c", String.class)
                .setParameter("c", campaign.id()).getResultList());
        if (campaign.schoolYear() != null) {
            excluded.addAll(em.createQuery("select h.beneficiaryId from Household h where h.schoolYear = :y", String.class)
                    .setParameter("y", campaign.schoolYear().startYear()).getResultList());
        }
        return excluded;
    }

    private static boolean inList(EntityManager em, String campaignId, String beneficiaryId) {
        return !em.createQuery("select h.id from Household h where h.campaignId = :c and h.beneficiaryId = :b", String.class)
                .setParameter("c", campaignId).setParameter("b", beneficiaryId).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean grantedIn(EntityManager em, SchoolYear year, String beneficiaryId) {
        return !em.createQuery("select h.id from Household h where h.schoolYear = :y and h.beneficiaryId = :b", String.class)
                .setParameter("y", year.startYear()).setParameter("b", beneficiaryId).setMaxResults(1).getResultList().isEmpty();
    }

    static List<BudgetLine> lines(EntityManager em, String campaignId) {
        return em.createQuery("select l from BudgetLine l where l.campaignId = :c order by l.position", BudgetLine.class)
                .setParameter("c", campaignId).getResultList();
    }

    static List<Household> households(EntityManager em, String campaignId) {
        return em.createQuery("select h from Household h where h.campaignId = :c order by h.id", Household.class)
                .setParameter("c", campaignId).getResultList();
    }

    static Household household(EntityManager em, String campaignId, String householdId) {
        Household household = householdId == null ? null : em.find(Household.class, householdId);
        if (household == null || !household.campaignId().equals(campaignId)) {
            throw new UnknownObjectException(Text.of("aid.campaign.household-unknown", householdId));
        }
        return household;
    }

    static Campaign load(EntityManager em, String id, Long version, LockModeType lock) {
        Campaign campaign = id == null ? null : em.find(Campaign.class, id, lock);
        if (campaign == null) {
            throw new UnknownObjectException(Text.of("aid.campaign.unknown", id));
        }
        StaleVersionException.unlessCurrent(version, campaign.version());
        return campaign;
    }
}
