package org.qiaoyun.plugins.aid.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.ResidentIds;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.files.AidFiles;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * Campaigns on real PostgreSQL as a county runs them: a 送温暖 list picked by the rule and approved once, visits that
 * pay through the ledger (never below zero, whatever runs at once), a visitor who sees only theirs, 金秋助学 once per
 * school year, the public list and the account.
 */
class CampaignsTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    /** 12 January 2027 in Beijing: before the Spring Festival. */
    private static final Clock JANUARY = Clock.fixed(Instant.parse("2027-01-12T02:00:00Z"), ZoneOffset.UTC);
    private static final Household.Handout FIVE_HUNDRED = new Household.Handout(new Money(500_00), null, null, null);
    private static EntityManagerFactory unit;
    private static int sequence;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    private static TestTenantScope worker(String tenant) {
        return new TestTenantScope(unit, tenant, JANUARY, "worker", "caseworker");
    }

    private static TestTenantScope director(String tenant) {
        return new TestTenantScope(unit, tenant, JANUARY, "director", "admin");
    }

    private static String idNumber() {
        sequence++;
        return ResidentIds.valid(String.format("440781194%d%02d%02d%03d", 5 + sequence % 4, 1 + sequence % 12, 1 + sequence % 28,
                100 + sequence));
    }

    private static Beneficiary person(String tenant, String name, String address, VulnerabilityTag tag, String id) {
        return new Beneficiaries(worker(tenant), VAULT).register(new Beneficiary.Registration(name, id, "13800138000", address,
                Category.RELATIVE, Set.of(tag), null, null, null, LocalDate.of(2026, 11, 1), name));
    }

    private static Fund fund(String tenant, Money received) {
        Fund fund = new Funds(director(tenant)).open("送温暖专项" + (++sequence), FundSource.OVERSEAS_DONATION, "旅美台山同乡会");
        new Funds(director(tenant)).receive(fund.id(), received, "捐款");
        return fund;
    }

    private static Campaign winter(String tenant, Fund fund, Money budget, List<String> areas) {
        return new Campaigns(worker(tenant)).draft("2027年春节送温暖", CampaignKind.WINTER_WARMTH, LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 2, 5), Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), areas, List.of(new Campaigns.Budget(fund.id(), budget)));
    }

    @Test
    void aWinterWarmthListIsPickedApprovedOnceVisitedAndAccountedFor() throws Exception {
        String t = "camp-story";
        String id1 = idNumber();
        Beneficiary chen = person(t, "陈美英", "台山市台城街道环北路 8 号", VulnerabilityTag.EMPTY_NEST_ELDERLY, id1);
        Beneficiary li = person(t, "李明", "台山市三合镇温泉村 3 号", VulnerabilityTag.EMPTY_NEST_ELDERLY, idNumber());
        person(t, "黄伯", "台山市白沙镇 1 号", VulnerabilityTag.EMPTY_NEST_ELDERLY, idNumber());
        person(t, "伍婆", "台山市台城街道 2 号", VulnerabilityTag.LEFT_BEHIND_CHILD, idNumber());
        Beneficiary ou = person(t, "欧阳志明", "台山市白沙镇 9 号", VulnerabilityTag.DISABILITY, idNumber());
        Fund fund = fund(t, new Money(10_000_00));
        assertThatThrownBy(() -> new Campaigns(worker(t).as("reader", "viewer")).draft("x", CampaignKind.OTHER, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 2), null, null, List.of(new Campaigns.Budget(fund.id(), new Money(1_00)))))
                .isInstanceOf(PermissionDeniedException.class);

        TestTenantScope worker = worker(t).withMembers("visitor", "director");
        Campaigns campaigns = new Campaigns(worker);
        Campaign c = winter(t, fund, new Money(2_000_00), List.of("台城", "三合"));
        assertThat(catchThrowableOfType(() -> campaigns.pick(c.id(), FIVE_HUNDRED, "stranger"), InvalidInputException.class).field())
                .as("a visitor is a user of the federation").isEqualTo("visitor");
        assertThat(campaigns.pick(c.id(), FIVE_HUNDRED, "visitor")).isEqualTo(new Campaigns.Picked(2, 0));
        assertThat(campaigns.pick(c.id(), FIVE_HUNDRED, "visitor")).as("picked once").isEqualTo(new Campaigns.Picked(0, 2));
        Household inKind = campaigns.add(c.id(), ou.id(), "白沙", new Household.Handout(null, "大米、食用油", 2, new Money(200_00)), "director");
        assertThat(catchThrowableOfType(() -> campaigns.add(c.id(), ou.id(), null, FIVE_HUNDRED, null), InvalidInputException.class)
                .text().code()).isEqualTo("aid.campaign.in-list-already");
        List<Household> list = campaigns.households(c.id());
        assertThat(list).extracting(Household::beneficiaryId).containsExactlyInAnyOrder(chen.id(), li.id(), ou.id());
        assertThat(list).filteredOn(h -> h.beneficiaryId().equals(chen.id())).extracting(Household::area).containsExactly("台城");

        Campaign first = campaigns.approve(c.id(), null);
        assertThat(first.status()).as("who built the list approves it not alone").isEqualTo(Campaign.Status.DRAFT);
        assertThat(first.firstApprover()).isEqualTo("worker");
        assertThatThrownBy(() -> new Campaigns(director(t)).approve(c.id(), first.version() + 3)).as("a stale version")
                .isInstanceOf(ConflictException.class);
        TestTenantScope director = director(t);
        Campaign approved = new Campaigns(director).approve(c.id(), null);
        assertThat(approved.status()).isEqualTo(Campaign.Status.APPROVED);
        assertThat(director.hasAudited("campaign.approve", c.id())).isTrue();
        assertThat(worker.hasAudited("campaign.first-approval", c.id())).isTrue();
        assertThatThrownBy(() -> campaigns.add(c.id(), ou.id(), null, FIVE_HUNDRED, null)).isInstanceOf(ConflictException.class);

        // the visitor sees theirs only: name, address, what to hand over, never the ID number
        TestTenantScope visitorScope = new TestTenantScope(unit, t, JANUARY, "visitor", "volunteer");
        List<Visits.Card> cards = new Visits(visitorScope).mine();
        assertThat(cards).extracting(Visits.Card::name).containsExactlyInAnyOrder("陈美英", "李明");
        assertThat(cards.toString()).doesNotContain(id1).doesNotContain(id1.substring(0, 6) + "*").doesNotContain("13800138000");
        assertThat(new Visits(new TestTenantScope(unit, t, JANUARY, "someone", "volunteer")).mine()).isEmpty();
        assertThatThrownBy(() -> new Beneficiaries(visitorScope, VAULT).get(chen.id())).as("nor the person's record")
                .isInstanceOf(PermissionDeniedException.class);
        Visits.Card chens = cards.stream().filter(card -> card.name().equals("陈美英")).findFirst().orElseThrow();
        assertThatThrownBy(() -> new Visits(new TestTenantScope(unit, t, JANUARY, "someone", "volunteer"))
                .visit(c.id(), chens.householdId(), null, LocalDate.of(2027, 1, 12), true, null))
                .as("another's household is unknown to them").isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> new Visits(worker(t)).visit(c.id(), chens.householdId(), null, LocalDate.of(2027, 1, 12), true, null))
                .as("nor recorded by a caseworker in the visitor's place").isInstanceOf(UnknownObjectException.class);
        assertThat(catchThrowableOfType(() -> new Visits(visitorScope).visit(c.id(), chens.householdId(), null, LocalDate.of(2027, 1, 13),
                true, null), InvalidInputException.class).field()).as("not after today").isEqualTo("date");

        // the signed receipt's photo, kept by its visitor
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        new AidFiles(visitorScope).attach(AidFiles.Holder.HOUSEHOLD, chens.householdId(), "签收单.jpg", jpeg);
        assertThat(new AidFiles(visitorScope).of(AidFiles.Holder.HOUSEHOLD, chens.householdId())).hasSize(1);
        assertThatThrownBy(() -> new AidFiles(new TestTenantScope(unit, t, JANUARY, "someone", "volunteer"))
                .of(AidFiles.Holder.HOUSEHOLD, chens.householdId())).isInstanceOf(PermissionDeniedException.class);

        Household handed = new Visits(visitorScope).visit(c.id(), chens.householdId(), chens.version(), LocalDate.of(2027, 1, 12), true, null);
        assertThat(handed.outcome()).isEqualTo(Household.Outcome.HANDED_OVER);
        assertThat(new Funds(director(t)).get(fund.id()).balance()).isEqualTo(new Money(9_500_00));
        FundEntry paid = new Funds(director(t)).entry(fund.id(), handed.fundEntryId());
        assertThat(paid.kind()).isEqualTo(FundEntry.Kind.DISBURSEMENT);
        assertThat(paid.note()).isEqualTo("2027年春节送温暖");
        assertThat(visitorScope.recorded()).as("the month's payments by source are recounted").containsKey("disbursed.overseas_donation");
        assertThat(visitorScope.recorded().get("campaign-visits.winter_warmth")).as("and the households visited by campaign kind")
                .isEqualByComparingTo("1");
        assertThatThrownBy(() -> new Visits(visitorScope).visit(c.id(), chens.householdId(), null, LocalDate.of(2027, 1, 12), true, null))
                .as("once").isInstanceOf(ConflictException.class);
        Visits.Card lis = cards.stream().filter(card -> card.name().equals("李明")).findFirst().orElseThrow();
        assertThat(catchThrowableOfType(() -> new Visits(visitorScope).visit(c.id(), lis.householdId(), null, LocalDate.of(2027, 1, 12),
                false, " "), InvalidInputException.class).field()).isEqualTo("reason");
        new Visits(visitorScope).visit(c.id(), lis.householdId(), null, LocalDate.of(2027, 1, 12), false, "已随子女迁居广州");
        TestTenantScope handing = director(t);
        new Visits(handing).visit(c.id(), inKind.id(), null, LocalDate.of(2027, 1, 11), true, null);
        assertThat(handing.recorded(java.time.YearMonth.of(2027, 1)).get("in-kind.holiday_visit"))
                .as("the goods handed over count as aid in kind of the month, as 节日慰问").isEqualByComparingTo("200.00");
        assertThat(new Campaigns(worker).get(c.id()).status()).isEqualTo(Campaign.Status.IN_PROGRESS);

        CampaignReports.Account account = new CampaignReports(worker).account(c.id());
        assertThat(account.budget()).isEqualTo(new Money(2_000_00));
        assertThat(account.funds()).singleElement().satisfies(part -> {
            assertThat(part.spent()).isEqualTo(new Money(500_00));
            assertThat(part.remaining()).isEqualTo(new Money(1_500_00));
        });
        assertThat(List.of(account.households(), account.visited(), account.handedOver(), account.notHandedOver(), account.pending()))
                .containsExactly(3, 3, 2, 1, 0);
        assertThat(account.cashHandedOver()).isEqualTo(new Money(500_00));
        assertThat(account.goodsHandedOver()).isEqualTo(new Money(200_00));
        assertThat(account.cashPlanned()).isEqualTo(new Money(1_000_00));

        CampaignReports.Notice notice = new CampaignReports(worker).notice(c.id());
        assertThat(notice.lines()).extracting(CampaignReports.NoticeLine::name).containsExactlyInAnyOrder("陈*英", "欧**明")
                .as("one who was not handed anything is not posted");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CampaignReports.write(notice, Text.CHINESE, bytes);
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.append(cell).append('|');
                }
                cells.append('\n');
            }
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(worker.tenantName());
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("2027年春节送温暖");
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("公示日期 2027-01-12");
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("姓名");
        }
        assertThat(cells.toString()).contains("陈*英", "台城", "欧**明", "大米、食用油").doesNotContain("陈美英").doesNotContain("李")
                .doesNotContain(id1).doesNotContain("13800138000").doesNotContain("环北路");
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        CampaignReports.write(notice, Locale.ENGLISH, english);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(english.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("Name");
        }
        Campaign closed = new Campaigns(director(t)).close(c.id(), null);
        assertThat(closed.status()).isEqualTo(Campaign.Status.CLOSED);
        assertThat(new Visits(visitorScope).mine()).as("a closed campaign asks no more visits").isEmpty();
    }

    @Test
    void aListBeyondItsBudgetIsRefusedAtApprovalAndNothingChanges() {
        String t = "camp-budget";
        person(t, "甄伯", "台山市台城街道 5 号", VulnerabilityTag.EMPTY_NEST_ELDERLY, idNumber());
        person(t, "甄婆", "台山市台城街道 6 号", VulnerabilityTag.EMPTY_NEST_ELDERLY, idNumber());
        Fund fund = fund(t, new Money(10_000_00));
        Campaign c = winter(t, fund, new Money(800_00), List.of("台城"));
        new Campaigns(worker(t)).pick(c.id(), FIVE_HUNDRED, null);
        InvalidInputException over = catchThrowableOfType(() -> new Campaigns(director(t)).approve(c.id(), null), InvalidInputException.class);
        assertThat(over.field()).isEqualTo("budget");
        assertThat(over.text().in(Text.CHINESE, CampaignsTest.class.getClassLoader())).contains("缺口 ¥200.00");
        assertThat(new Campaigns(director(t)).get(c.id()).status()).isEqualTo(Campaign.Status.DRAFT);
        assertThatThrownBy(() -> new Campaigns(worker(t).as("volunteer", "volunteer")).approve(c.id(), null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new CampaignReports(director(t)).notice(c.id())).as("no notice before approval")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aSchoolGrantIsGivenOncePerPersonPerSchoolYear() {
        String t = "camp-school";
        Beneficiary pupil = person(t, "邝小明", "台山市台城街道 7 号", VulnerabilityTag.LEFT_BEHIND_CHILD, idNumber());
        Fund fund = fund(t, new Money(10_000_00));
        Campaigns campaigns = new Campaigns(worker(t));
        List<Campaigns.Budget> budget = List.of(new Campaigns.Budget(fund.id(), new Money(5_000_00)));
        Campaign autumn = campaigns.draft("2026年金秋助学", CampaignKind.SCHOOL_AID, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31),
                Set.of(VulnerabilityTag.LEFT_BEHIND_CHILD), List.of(), budget);
        campaigns.add(autumn.id(), pupil.id(), "台城", FIVE_HUNDRED, null);
        Campaign spring = campaigns.draft("2027年春季助学", CampaignKind.SCHOOL_AID, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                Set.of(VulnerabilityTag.LEFT_BEHIND_CHILD), List.of(), budget);
        InvalidInputException twice = catchThrowableOfType(() -> campaigns.add(spring.id(), pupil.id(), null, FIVE_HUNDRED, null),
                InvalidInputException.class);
        assertThat(twice.field()).isEqualTo("beneficiaryId");
        assertThat(twice.text().in(Text.CHINESE, CampaignsTest.class.getClassLoader())).contains("2026–2027 学年已获助学金");
        assertThat(campaigns.pick(spring.id(), FIVE_HUNDRED, null)).as("left out when picked").isEqualTo(new Campaigns.Picked(0, 1));
        Campaign next = campaigns.draft("2027年金秋助学", CampaignKind.SCHOOL_AID, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 31),
                Set.of(VulnerabilityTag.LEFT_BEHIND_CHILD), List.of(), budget);
        assertThat(campaigns.pick(next.id(), FIVE_HUNDRED, null)).as("the next school year").isEqualTo(new Campaigns.Picked(1, 0));
        Campaign winter = winter(t, fund, new Money(1_000_00), List.of());
        assertThat(campaigns.add(winter.id(), pupil.id(), null, FIVE_HUNDRED, null).beneficiaryId())
                .as("other kinds of campaign are not school grants").isEqualTo(pupil.id());
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndTheBudgetNamesEachFundOnce() {
        String t = "camp-stale";
        Fund fund = fund(t, new Money(1_000_00));
        Campaign c = winter(t, fund, new Money(500_00), List.of());
        Campaigns campaigns = new Campaigns(worker(t));
        Campaign changed = campaigns.change(c.id(), c.version(), "2027年春节送温暖（第二批）", c.from(), c.to(), c.tags(), c.areas(),
                List.of(new Campaigns.Budget(fund.id(), new Money(600_00))));
        assertThat(campaigns.budget(c.id())).extracting(BudgetLine::amount).containsExactly(new Money(600_00));
        assertThatThrownBy(() -> campaigns.change(c.id(), c.version(), "旧名", c.from(), c.to(), null, null,
                List.of(new Campaigns.Budget(fund.id(), new Money(500_00))))).isInstanceOf(ConflictException.class);
        assertThat(catchThrowableOfType(() -> campaigns.change(c.id(), changed.version(), "x", c.from(), c.to(), null, null,
                List.of(new Campaigns.Budget(fund.id(), new Money(1_00)), new Campaigns.Budget(fund.id(), new Money(1_00)))),
                InvalidInputException.class).field()).isEqualTo("funds");
        assertThat(campaigns.get(c.id()).name()).isEqualTo("2027年春节送温暖（第二批）");
    }

    @Test
    void aCampaignPaymentReversedLeavesTheHouseholdToVisitAgainAndTheMonthsPaymentsLessIt() {
        String t = "camp-reversal";
        person(t, "司徒伯", "台山市台城街道 11 号", VulnerabilityTag.EMPTY_NEST_ELDERLY, idNumber());
        Fund fund = fund(t, new Money(1_000_00));
        Campaign c = winter(t, fund, new Money(1_000_00), List.of("台城"));
        new Campaigns(worker(t).withMembers("visitor")).pick(c.id(), FIVE_HUNDRED, "visitor");
        new Campaigns(director(t)).approve(c.id(), null);
        TestTenantScope visitor = new TestTenantScope(unit, t, JANUARY, "visitor", "volunteer");
        Visits.Card card = new Visits(visitor).mine().get(0);
        Household paid = new Visits(visitor).visit(c.id(), card.householdId(), null, LocalDate.of(2027, 1, 12), true, null);

        TestTenantScope director = director(t);
        new org.qiaoyun.plugins.aid.casework.Reversals(director).reverse(fund.id(), paid.fundEntryId(), "发错对象");
        assertThat(new Funds(director).get(fund.id()).balance()).isEqualTo(new Money(1_000_00));
        assertThat(director.hasAudited("campaign.reverse-payment", c.id())).isTrue();
        assertThat(director.recorded().get("disbursed.overseas_donation")).as("the month's payments less the reversed one")
                .isEqualByComparingTo("0");
        assertThat(new Visits(visitor).mine()).singleElement().extracting(Visits.Card::outcome).isEqualTo(Household.Outcome.PENDING);
        CampaignReports.Account account = new CampaignReports(director).account(c.id());
        assertThat(account.funds().get(0).spent()).isEqualTo(Money.ZERO);
        assertThat(account.pending()).isEqualTo(1);
        Household again = new Visits(visitor).visit(c.id(), card.householdId(), null, LocalDate.of(2027, 1, 12), true, null);
        assertThat(again.fundEntryId()).isNotEqualTo(paid.fundEntryId());
    }

    /** Twenty visits at once in two campaigns drawing on one fund that holds half of what they would hand over. */
    @Test
    void visitsAtOnceNeverTakeAFundBelowZero() throws Exception {
        String t = "camp-race";
        Fund fund = fund(t, new Money(1_000_00));
        List<String[]> visits = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Campaign c = winter(t, fund, new Money(1_000_00), List.of("第" + k + "片"));
            for (int i = 0; i < 10; i++) {
                person(t, "户主" + k + "号" + i, "台山市第" + k + "片 " + i + " 号", VulnerabilityTag.EMPTY_NEST_ELDERLY, idNumber());
            }
            new Campaigns(worker(t).withMembers("visitor")).pick(c.id(), new Household.Handout(new Money(100_00), null, null, null), "visitor");
            new Campaigns(director(t)).approve(c.id(), null);
            new Campaigns(director(t)).households(c.id()).forEach(h -> visits.add(new String[] {c.id(), h.id()}));
        }
        assertThat(visits).hasSize(20);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (String[] v : visits) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    new Visits(new TestTenantScope(unit, t, JANUARY, "visitor", "volunteer")).visit(v[0], v[1], null, LocalDate.of(2027, 1, 12),
                            true, null);
                    return true;
                } catch (InvalidInputException refused) {
                    assertThat(refused.field()).isEqualTo("cash");
                    return false;
                }
            }));
        }
        start.countDown();
        int handed = 0;
        for (Future<Boolean> outcome : outcomes) {
            handed += outcome.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(handed).isEqualTo(10);
        assertThat(new Funds(director(t)).get(fund.id()).balance()).isEqualTo(Money.ZERO);
        assertThat(new Funds(director(t)).ledger(fund.id(), 0, 100)).filteredOn(FundEntry::isPayment).hasSize(10)
                .allSatisfy(e -> assertThat(e.balance().fen()).isGreaterThanOrEqualTo(0));
    }
}
