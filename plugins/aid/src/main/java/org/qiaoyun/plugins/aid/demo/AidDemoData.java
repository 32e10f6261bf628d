package org.qiaoyun.plugins.aid.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.qiaoyun.api.DemoData;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.casework.Goods;
import org.qiaoyun.plugins.aid.casework.Reversals;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;

/**
 * A demo county's aid work as its caseworker and admin would have done it: approval limits, two funds
 * with their receipts, seven people (a left-behind child with a guardian among them), and a case at
 * every step: drafted, submitted, verified, approved, paid, closed after a follow-up, turned down; a school grant to be
 * paid month by month (this month's due), a case given to the caseworker with a due date, referrals to 低保 and 医疗救助. Names are invented; ID numbers are well-formed
 * (check character included) but belong to nobody.
 */
public final class AidDemoData implements DemoData {

    private record Person(String name, String birth, Category category, Set<VulnerabilityTag> tags, String guardian) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("甄婆婆", "19380512", Category.RELATIVE, Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), null),
            new Person("黄伯", "19450203", Category.RETURNEE, Set.of(VulnerabilityTag.SERIOUS_ILLNESS), null),
            new Person("伍美兰", "19620917", Category.RELATIVE, Set.of(VulnerabilityTag.LOW_INCOME), null),
            new Person("李家豪", "20140611", Category.RELATIVE, Set.of(VulnerabilityTag.LEFT_BEHIND_CHILD), "李婆婆"),
            new Person("陈志坚", "19780121", Category.RETURNED_STUDENT, Set.of(VulnerabilityTag.DISABILITY), null),
            new Person("马秀英", "19510830", Category.RETURNEE, Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY, VulnerabilityTag.LOW_INCOME), null),
            new Person("谭国强", "19690405", Category.RELATIVE, Set.of(VulnerabilityTag.LOW_INCOME), null));

    private final IdVault vault;

    public AidDemoData(IdVault vault) {
        this.vault = vault;
    }

    @Override
    public void fill(Federation federation) {
        String[] funds = new String[2];
        boolean hasAdmin = federation.as("admin", scope -> {
            Casework casework = new Casework(scope);
            casework.setLimit("admin", new Money(5_000_00));
            casework.setLimit("caseworker", new Money(1_000_00));
            Funds treasury = new Funds(scope);
            Fund budget = treasury.open("2026年困难归侨侨眷帮扶资金", FundSource.FISCAL_BUDGET, null);
            treasury.receive(budget.id(), new Money(50_000_00), "县财政专项拨款");
            Fund donation = treasury.open("侨爱心助学基金", FundSource.OVERSEAS_DONATION, "旅美台山同乡会");
            treasury.receive(donation.id(), new Money(20_000_00), "海外乡亲捐赠");
            funds[0] = budget.id();
            funds[1] = donation.id();
            return null;
        });
        if (!hasAdmin) {
            return; // without an admin there are no funds to pay from: leave the federation as it is
        }
        List<String> people = new ArrayList<>();
        List<AidCase> cases = new ArrayList<>();
        boolean hasCaseworker = federation.as("caseworker", scope -> {
            LocalDate today = AidIndicators.today(scope);
            Beneficiaries register = new Beneficiaries(scope, vault);
            for (int i = 0; i < PEOPLE.size(); i++) {
                Person person = PEOPLE.get(i);
                String seventeen = "440781" + person.birth() + String.format("%03d", 900 + i);
                String id = seventeen + ResidentId.checkCharacter(seventeen);
                Beneficiary registered = register.register(new Beneficiary.Registration(person.name(), id,
                        "1390750" + String.format("%04d", 1200 + i), "台城街道侨乡路" + (10 + i) + "号", person.category(),
                        person.tags(), person.guardian() == null ? "独居" : "与祖母同住", person.guardian(),
                        person.guardian() == null ? null : "13907501299", today.minusDays(40 - i),
                        person.guardian() == null ? person.name() : person.guardian()));
                people.add(registered.id());
            }
            Casework casework = new Casework(scope);
            AidType[] types = {AidType.LIVING_SUBSIDY, AidType.MEDICAL_AID, AidType.HOLIDAY_VISIT, AidType.EDUCATION_AID,
                AidType.EMPLOYMENT_SUPPORT, AidType.LIVING_SUBSIDY, AidType.CHARITY_PROGRAMME};
            String[] why = {"独居高龄，靠低保生活，冬季取暖费用无着", "肺病住院，自付部分医疗费用较重", "春节前走访慰问",
                "父母在海外务工，祖母照看，学费和生活费有困难", "腿部残疾，需要就业技能培训", "夫妇均年过七十，收入微薄",
                "房屋漏雨，需要修缮"};
            for (int i = 0; i < people.size(); i++) {
                AidCase drafted = casework.draft(people.get(i), types[i], new Money((600 + 100L * i) * 100), why[i]);
                if (i >= 1) {
                    drafted = casework.submit(drafted.id(), drafted.version(), null);
                }
                if (i >= 2 && i != 6) {
                    drafted = casework.verify(drafted.id(), drafted.version(), today.minusDays(12 - i), "李社工", "入户走访，情况属实");
                }
                cases.add(drafted);
            }
            // the Mid-Autumn visit brings goods, no cash (aid in kind); a draft entered twice is withdrawn
            AidCase goods = casework.draft(people.get(1), AidType.HOLIDAY_VISIT, Money.ZERO,
                    Goods.of("月饼两盒、大米一袋、食用油一桶", new Money(260_00)), "中秋走访慰问");
            goods = casework.submit(goods.id(), goods.version(), null);
            cases.add(casework.verify(goods.id(), goods.version(), today.minusDays(3), "李社工", "独居，行动不便"));
            AidCase twice = casework.draft(people.get(0), AidType.LIVING_SUBSIDY, new Money(600_00), why[0]);
            casework.withdraw(twice.id(), twice.version(), "重复录入");
            return null;
        });
        if (!hasCaseworker) {
            return; // nobody to take cases: the funds stand ready
        }
        // the admin decides: three approved (two of them paid, one followed up and closed), one turned down;
        // one verified case waits for the decision
        federation.as("admin", scope -> {
            Casework casework = new Casework(scope);
            for (int i = 3; i <= 5; i++) {
                AidCase c = cases.get(i);
                cases.set(i, casework.approve(c.id(), c.version(), new Money((600 + 100L * i) * 100), "同意"));
            }
            AidCase turnedDown = cases.get(6);
            casework.reject(turnedDown.id(), turnedDown.version(), "房屋修缮属住建部门危房改造范围，已转介");
            AidCase goods = cases.get(7);
            cases.set(7, casework.approve(goods.id(), goods.version(), Money.ZERO, "同意"));
            // the school aid is paid month by month: 300 a month for the three months of the term, this month's on the work list
            new org.qiaoyun.plugins.aid.periodic.PeriodicAid(scope).set(cases.get(3).id(), funds[1], new Money(300_00),
                    java.time.YearMonth.from(AidIndicators.today(scope)), 3);
            // a receipt entered twice by mistake, put right by a reversal (冲正): both lines stay in the ledger
            Funds treasury = new Funds(scope);
            FundEntry twice = treasury.receive(funds[1], new Money(20_000_00), "海外乡亲捐赠");
            new Reversals(scope).reverse(funds[1], twice.id(), "重复登记");
            return null;
        });
        federation.as("caseworker", scope -> {
            Casework casework = new Casework(scope);
            for (int i = 4; i <= 5; i++) {
                AidCase c = cases.get(i);
                casework.disburse(c.id(), c.version(), funds[i == 4 ? 0 : 1], new Money((600 + 100L * i) * 100), "银行转账");
            }
            AidCase paid = casework.get(cases.get(5).id());
            paid = casework.followUp(paid.id(), paid.version(), "电话回访：款项已收到，生活有改善");
            casework.close(paid.id(), paid.version(), "帮扶完成");
            AidCase goods = cases.get(7);
            casework.deliver(goods.id(), goods.version(), "已送到家中");
            LocalDate today = AidIndicators.today(scope);
            // the case waiting for a decision is the caseworker's, due in a week; two people are referred to the state's schemes
            AidCase waiting = casework.get(cases.get(2).id());
            casework.assign(waiting.id(), waiting.version(), org.qiaoyun.plugins.aid.Permissions.caller(scope), today.plusDays(7));
            org.qiaoyun.plugins.aid.referral.Referrals referrals = new org.qiaoyun.plugins.aid.referral.Referrals(scope);
            referrals.refer(cases.get(0).id(), org.qiaoyun.plugins.aid.referral.Scheme.DIBAO, null, today.minusDays(10), "台城街道民政办");
            org.qiaoyun.plugins.aid.referral.Referral medical = referrals.refer(cases.get(1).id(),
                    org.qiaoyun.plugins.aid.referral.Scheme.MEDICAL_ASSISTANCE, null, today.minusDays(20), "台山市医疗保障局");
            referrals.decided(cases.get(1).id(), medical.id(), medical.version(), org.qiaoyun.plugins.aid.referral.Referral.Outcome.GRANTED,
                    today.minusDays(5), "大病医疗救助已批准");
            AidIndicators.refresh(scope);
            return null;
        });
        winterWarmth(federation, funds[0]);
    }

    /**
     * A 送温暖 campaign before the Spring Festival: the caseworker drafts it on the fiscal fund and picks the empty-nest
     * elderly and low-income households of 台城, each handed 500 yuan and a bag of rice with a can of oil; the volunteer
     * visits (the caseworker when there is no volunteer); the admin approves the list; one household is visited already.
     */
    private static void winterWarmth(Federation federation, String fund) {
        String[] visitor = new String[1];
        federation.as("volunteer", scope -> visitor[0] = org.qiaoyun.plugins.aid.Permissions.caller(scope));
        String[] campaign = new String[1];
        federation.as("caseworker", scope -> {
            LocalDate today = AidIndicators.today(scope);
            org.qiaoyun.plugins.aid.campaign.Campaigns campaigns = new org.qiaoyun.plugins.aid.campaign.Campaigns(scope);
            campaign[0] = campaigns.draft("春节送温暖", org.qiaoyun.plugins.aid.campaign.CampaignKind.WINTER_WARMTH, today.minusDays(5),
                    today.plusDays(25), Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY, VulnerabilityTag.LOW_INCOME), List.of("台城"),
                    List.of(new org.qiaoyun.plugins.aid.campaign.Campaigns.Budget(fund, new Money(3_000_00)))).id();
            campaigns.pick(campaign[0], new org.qiaoyun.plugins.aid.campaign.Household.Handout(new Money(500_00), "大米一袋、食用油一桶", 1,
                    new Money(80_00)), visitor[0] == null ? org.qiaoyun.plugins.aid.Permissions.caller(scope) : visitor[0]);
            return null;
        });
        federation.as("admin", scope -> new org.qiaoyun.plugins.aid.campaign.Campaigns(scope).approve(campaign[0], null));
        federation.as(visitor[0] == null ? "caseworker" : "volunteer", scope -> {
            org.qiaoyun.plugins.aid.campaign.Visits visits = new org.qiaoyun.plugins.aid.campaign.Visits(scope);
            org.qiaoyun.plugins.aid.campaign.Visits.Card first = visits.mine().get(0);
            visits.visit(first.campaignId(), first.householdId(), first.version(), AidIndicators.today(scope), true, null);
            return null;
        });
    }
}
