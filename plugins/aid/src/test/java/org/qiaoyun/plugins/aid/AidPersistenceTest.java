package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.CaseEvent;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.casework.Reversals;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** Aid tracking on a real PostgreSQL: its changelog, its multitenant unit, its rules under concurrency. */
class AidPersistenceTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EntityManagerFactory unit;
    private static HikariDataSource pool;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
        pool = ModuleDatabase.pool();
    }

    /** A fresh, valid resident ID number born in 1960. */
    static String residentId() {
        return ResidentIds.valid(String.format("440781196001%02d%03d", 1 + SEQUENCE.get() % 28, SEQUENCE.incrementAndGet() % 1000));
    }

    static Beneficiary.Registration person(String name, String id) {
        return new Beneficiary.Registration(name, id, "13800000000", "台山市台城", Category.RETURNEE,
                Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), null, null, null, LocalDate.of(2026, 11, 1), name);
    }

    @Test
    void idNumberIsStoredEncryptedAndFoundByItsHashWithinTheTenantOnly() throws Exception {
        TestTenantScope taishan = new TestTenantScope(unit, "taishan", "worker", "caseworker");
        String id = residentId();
        Beneficiary registered = new Beneficiaries(taishan, VAULT).register(person("黄伯", id));
        assertThat(registered.maskedId()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id_cipher, id_hash, id_masked from aid_beneficiary where id = '" + registered.id() + "'")) {
            rs.next();
            assertThat(rs.getString(1)).doesNotContain(id);
            assertThat(rs.getString(2)).doesNotContain(id).hasSize(64);
        }
        assertThatThrownBy(() -> new Beneficiaries(taishan, VAULT).register(person("黄伯伯", id)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("beneficiaries/" + registered.id());
        TestTenantScope kaiping = new TestTenantScope(unit, "kaiping", "worker", "caseworker");
        assertThat(new Beneficiaries(kaiping, VAULT).register(person("黄伯", id)).id()).isNotEqualTo(registered.id());

        new Beneficiaries(taishan, VAULT).get(registered.id());
        assertThat(taishan.hasAudited("beneficiary.read", registered.id())).as("reading a person's record is audited").isTrue();
        TestTenantScope admin = new TestTenantScope(unit, "taishan", "director", "admin");
        assertThat(new Beneficiaries(admin, VAULT).revealId(registered.id())).isEqualTo(id);
        assertThat(admin.hasAudited("beneficiary.reveal-id", registered.id())).isTrue();
        assertThatThrownBy(() -> new Beneficiaries(taishan, VAULT).revealId(registered.id()))
                .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
    }

    @Test
    void aRecordChangesAsTheCaseworkerSawItAndTheIdNumberStays() {
        TestTenantScope taishan = new TestTenantScope(unit, "taishan", "worker", "caseworker");
        Beneficiaries people = new Beneficiaries(taishan, VAULT);
        Beneficiary registered = people.register(person("李婆", residentId()));
        Beneficiary.Details moved = new Beneficiary.Details("李婆婆", "13911112222", "台山市大江镇", Category.RELATIVE,
                Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY, VulnerabilityTag.LOW_INCOME), "独居", null, null);
        Beneficiary changed = people.describe(registered.id(), registered.version(), moved);
        assertThat(changed.name()).isEqualTo("李婆婆");
        assertThat(changed.tags()).containsExactlyInAnyOrder(VulnerabilityTag.EMPTY_NEST_ELDERLY, VulnerabilityTag.LOW_INCOME);
        assertThat(changed.maskedId()).isEqualTo(registered.maskedId());
        assertThatThrownBy(() -> people.describe(registered.id(), registered.version(), moved))
                .as("a change on the version before is refused").isInstanceOf(ConflictException.class);
        assertThat(taishan.hasAudited("beneficiary.describe", registered.id())).isTrue();
        assertThatThrownBy(() -> new Beneficiaries(taishan.as("viewer", "viewer"), VAULT).describe(registered.id(), changed.version(),
                moved)).isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);

        String child = ResidentIds.valid("44078120180301124");
        Beneficiary minor = people.register(new Beneficiary.Registration("小红", child, null, null, Category.RELATIVE, Set.of(), null,
                "李婆婆", "13911112222", LocalDate.of(2026, 11, 1), "李婆婆"));
        assertThatThrownBy(() -> people.describe(minor.id(), minor.version(), new Beneficiary.Details("小红", null, null,
                Category.RELATIVE, Set.of(), null, " ", null))).as("a child keeps a guardian")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("guardianName"));
    }

    @Test
    void childUnderFourteenNeedsAGuardian() {
        TestTenantScope taishan = new TestTenantScope(unit, "taishan", "worker", "caseworker");
        String id = ResidentIds.valid("44078120180301123");
        assertThatThrownBy(() -> new Beneficiaries(taishan, VAULT).register(person("小明", id)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("guardianName"));
    }

    @Test
    void fundNeverGoesBelowZeroUnderManyConcurrentDisbursements() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "jinjiang", "worker", "caseworker");
        TestTenantScope director = new TestTenantScope(unit, "jinjiang", "director", "admin");
        Fund fund = new Funds(director).open("侨爱心基金", FundSource.OVERSEAS_DONATION, "菲律宾晋江同乡总会");
        new Funds(director).receive(fund.id(), new Money(1_000_00), "捐赠");
        Casework work = new Casework(worker);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Beneficiary person = new Beneficiaries(worker, VAULT).register(person("受助人" + i, residentId()));
            AidCase c = work.draft(person.id(), AidType.LIVING_SUBSIDY, new Money(50_00), null);
            work.submit(c.id(), null, null);
            work.verify(c.id(), null, LocalDate.of(2026, 11, 20), "社工", "属实");
            new Casework(director).approve(c.id(), null, new Money(50_00), null);
            cases.add(c.id());
        }

        ExecutorService threads = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String caseId : cases) {
            results.add(threads.submit(() -> {
                start.await();
                try {
                    work.disburse(caseId, null, fund.id(), new Money(50_00), null);
                    return true;
                } catch (InvalidInputException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int paid = 0;
        for (Future<Boolean> result : results) {
            paid += result.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(paid).as("1,000 yuan pays exactly twenty 50-yuan disbursements").isEqualTo(20);
        assertThat(new Funds(director).get(fund.id()).balance()).isEqualTo(Money.ZERO);
        List<FundEntry> ledger = new Funds(director).ledger(fund.id(), 0, 100);
        assertThat(ledger).hasSize(21);
        assertThat(ledger.stream().filter(e -> e.kind() == FundEntry.Kind.DISBURSEMENT).mapToLong(e -> e.amount().fen()).sum())
                .isEqualTo(1_000_00);
        assertThat(work.count(new Casework.Search(false, CaseStatus.DISBURSED, null, null))).isEqualTo(20);
    }

    @Test
    void staleVersionIsRefusedAndTheTimelineKeepsEveryStep() {
        TestTenantScope worker = new TestTenantScope(unit, "enping", "worker", "caseworker");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("陈婆婆", residentId()));
        Casework work = new Casework(worker);
        AidCase c = work.draft(person.id(), AidType.HOLIDAY_VISIT, new Money(300_00), "春节慰问");
        long version = work.get(c.id()).version();
        work.submit(c.id(), version, "请审核");
        assertThatThrownBy(() -> work.submit(c.id(), version, "again"))
                .isInstanceOf(org.qiaoyun.api.StaleVersionException.class);
        assertThat(work.timeline(c.id())).extracting(CaseEvent::action).containsExactly("draft", "submit");
        assertThat(work.list(new Casework.Search(true, null, AidType.HOLIDAY_VISIT, null), 0, 10)).extracting(AidCase::id)
                .contains(c.id());
        assertThat(work.list(new Casework.Search(false, null, null, null, "陈婆", VulnerabilityTag.EMPTY_NEST_ELDERLY), 0, 10))
                .extracting(AidCase::id).containsExactly(c.id());
        assertThat(work.count(new Casework.Search(false, null, null, null, "陈婆", VulnerabilityTag.LEFT_BEHIND_CHILD))).isZero();
        assertThat(new Casework(new TestTenantScope(unit, "taishan", "worker", "caseworker"))
                .count(new Casework.Search(false, null, null, null, "陈婆", null))).as("another tenant's people are not searched").isZero();
    }

    /** Every record takes its time from the scope's clock: what tests fix, and what demo data sets weeks back. */
    @Test
    void casesEventsPeopleAndFundsAreStampedByTheScopesClock() {
        java.time.Instant then = java.time.Instant.parse("2026-11-08T02:00:00Z"); // after the consent, weeks before today
        TestTenantScope worker = new TestTenantScope(unit, "meizhou", java.time.Clock.fixed(then, java.time.ZoneOffset.UTC), "worker",
                "caseworker", "admin");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("温伯", residentId()));
        AidCase c = new Casework(worker).draft(person.id(), AidType.LIVING_SUBSIDY, new Money(100_00), null);
        new Casework(worker).submit(c.id(), null, null);
        assertThat(new Casework(worker).get(c.id()).createdAt()).isEqualTo(then);
        assertThat(new Casework(worker).timeline(c.id())).extracting(CaseEvent::at).containsOnly(then);
        assertThat(new Funds(worker).open("敬老基金", FundSource.FOUNDATION, null).createdAt()).isEqualTo(then);
    }

    /** The work list as people keep it: whom each case is for, and when it was opened in Beijing time. */
    @Test
    void theCasesSpreadsheetNamesThePersonAndTellsBeijingTime() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "shantou", "worker", "caseworker");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("梁婆婆", residentId()));
        new Casework(worker).draft(person.id(), AidType.HOLIDAY_VISIT, new Money(200_00), "春节慰问");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        List<org.qiaoyun.plugins.aid.casework.AidCase> cases = new Casework(worker).list(new Casework.Search(false, null, null, null), 0, 10);
        new AidResource(worker, VAULT).writeCases(cases, org.qiaoyun.api.Text.CHINESE, bytes);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("帮扶个案");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).as("headers in Chinese alone").isEqualTo("新建时间（北京时间）");
            var row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("梁婆婆");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("节日慰问");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("草稿");
            assertThat(row.getCell(8).getStringCellValue()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        }
        java.io.ByteArrayOutputStream english = new java.io.ByteArrayOutputStream();
        new AidResource(worker, VAULT).writeCases(cases, org.qiaoyun.api.Text.ENGLISH, english);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(english.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("Status");
            assertThat(book.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isEqualTo("draft");
        }
        assertThat(worker.audited()).as("names read are a read of personal data").anyMatch(line -> line.startsWith("beneficiary.list"));
    }

    /** The REST spreadsheet takes the work list's filters as the screen's export does: a person, a name, a vulnerability. */
    @Test
    void theCasesSpreadsheetOfTheApiHonoursTheBeneficiaryTheNameAndTheVulnerability() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "kaiping-export", "worker", "caseworker");
        Beneficiary liang = new Beneficiaries(worker, VAULT).register(person("梁婆婆", residentId()));
        Beneficiary child = new Beneficiaries(worker, VAULT).register(new Beneficiary.Registration("关小明",
                ResidentIds.valid("44078120180301125"), null, null, Category.RELATIVE, Set.of(VulnerabilityTag.LEFT_BEHIND_CHILD), null,
                "关婆婆", "13911112222", LocalDate.of(2026, 11, 1), "关婆婆"));
        Casework work = new Casework(worker);
        work.draft(liang.id(), AidType.HOLIDAY_VISIT, new Money(200_00), null);
        work.draft(child.id(), AidType.EDUCATION_AID, new Money(500_00), null);
        AidResource api = new AidResource(worker, VAULT);
        assertThat(exported(api, null, null, null)).containsExactlyInAnyOrder("关小明", "梁婆婆");
        assertThat(exported(api, child.id(), null, null)).containsExactly("关小明");
        assertThat(exported(api, null, "梁", null)).containsExactly("梁婆婆");
        assertThat(exported(api, null, null, "left_behind_child")).containsExactly("关小明");
        assertThat(exported(api, null, "梁", "left_behind_child")).as("filters combine").isEmpty();
        assertThatThrownBy(() -> api.exported(false, null, null, null, null, "rich", false))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("tag"));
    }

    /** The beneficiaries' names in the work list exported with these filters (as the REST spreadsheet reads them). */
    private static List<String> exported(AidResource api, String beneficiary, String search, String tag) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        api.writeCases(api.exported(false, null, null, beneficiary, search, tag, false), org.qiaoyun.api.Text.CHINESE, bytes);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                names.add(book.getSheetAt(0).getRow(r).getCell(1).getStringCellValue());
            }
            return names;
        }
    }

    /** A case names a person in need: volunteers, organisers and legal advisers of the federation read none of it. */
    @Test
    void casesFundsAndLimitsAreReadByThoseWhoWorkTheCasesAndViewersOnly() {
        TestTenantScope worker = new TestTenantScope(unit, "yangjiang", "worker", "caseworker");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("黄伯", residentId()));
        AidCase c = new Casework(worker).draft(person.id(), AidType.MEDICAL_AID, new Money(800_00), "住院");
        for (String role : java.util.List.of("volunteer", "organiser", "legal_adviser")) {
            Casework someone = new Casework(new TestTenantScope(unit, "yangjiang", "someone", role));
            Funds theirFunds = new Funds(new TestTenantScope(unit, "yangjiang", "someone", role));
            java.util.List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> reads = java.util.List.of(
                    () -> someone.get(c.id()), () -> someone.timeline(c.id()),
                    () -> someone.list(new Casework.Search(false, null, null, null, "黄", null), 0, 10),
                    () -> someone.count(new Casework.Search(false, null, null, null)), someone::openSums, someone::limits,
                    theirFunds::all, () -> theirFunds.get("any"), () -> theirFunds.ledger("any", 0, 10));
            reads.forEach(read -> assertThatThrownBy(read).as(role).isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class));
        }
        TestTenantScope viewer = new TestTenantScope(unit, "yangjiang", "auditor", "viewer");
        assertThat(new Casework(viewer).get(c.id()).summary()).isEqualTo("住院");
        assertThat(new Funds(viewer).all()).isNotNull();
        assertThatThrownBy(() -> new Casework(new TestTenantScope(unit, "yangjiang", "director", "admin"))
                .setLimit("caseworker", new Money(-1))).isInstanceOfSatisfying(org.qiaoyun.api.InvalidInputException.class,
                        refused -> assertThat(refused.text().code()).isEqualTo("aid.limit.negative"));
    }

    @Test
    void aDraftIsWithdrawnAndAnApprovedCaseNeverPaidIsClosedByADeciderEachStepAuditedAndOnTheTimeline() {
        TestTenantScope worker = new TestTenantScope(unit, "foshan", "worker", "caseworker");
        TestTenantScope director = new TestTenantScope(unit, "foshan", "director", "admin");
        TestTenantScope viewer = new TestTenantScope(unit, "foshan", "auditor", "viewer");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("区伯", residentId()));
        Casework work = new Casework(worker);
        AidCase duplicate = work.draft(person.id(), AidType.EDUCATION_AID, new Money(500_00), null);
        assertThatThrownBy(() -> new Casework(viewer).withdraw(duplicate.id(), null, null))
                .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
        AidCase withdrawn = work.withdraw(duplicate.id(), duplicate.version(), "重复录入");
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(worker.hasAudited("case.withdraw", duplicate.id())).isTrue();
        assertThat(work.timeline(duplicate.id())).extracting(CaseEvent::action).containsExactly("draft", "withdraw");

        AidCase c = work.draft(person.id(), AidType.EDUCATION_AID, new Money(800_00), "学费");
        work.submit(c.id(), null, null);
        work.verify(c.id(), null, LocalDate.of(2026, 11, 20), "社工", "属实");
        long approved = new Casework(director).approve(c.id(), null, new Money(800_00), null).version();
        AidIndicators.refresh(worker);
        assertThat(worker.recorded().get("open-cases.education_aid")).as("the withdrawn draft is not open").isEqualByComparingTo("1");
        assertThatThrownBy(() -> new Casework(viewer).closeUnpaid(c.id(), approved, "已迁居"))
                .as("a role without an approval limit does not decide").isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
        assertThatThrownBy(() -> new Casework(director).closeUnpaid(c.id(), approved - 1, "已迁居"))
                .isInstanceOf(org.qiaoyun.api.StaleVersionException.class);
        AidCase closed = new Casework(director).closeUnpaid(c.id(), approved, "已迁居外省");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(director.hasAudited("case.close-unpaid", c.id())).isTrue();
        assertThat(work.timeline(c.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo("close-unpaid");
            assertThat(event.from()).isEqualTo(CaseStatus.APPROVED);
            assertThat(event.comment()).isEqualTo("已迁居外省");
        });
        AidIndicators.refresh(worker);
        assertThat(worker.recorded().get("open-cases.education_aid")).isEqualByComparingTo("0");
        assertThat(work.openSums().approved()).isEqualTo(Money.ZERO);
    }

    /** 冲正 on PostgreSQL: once only, even when asked at once from many places; the fund, the case and the figures follow. */
    @Test
    void aWrongPaymentIsReversedOnceByAnAdminAndTheFundTheCaseAndTheMonthsFiguresFollow() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "zhaoqing", "worker", "caseworker");
        TestTenantScope director = new TestTenantScope(unit, "zhaoqing", "director", "admin");
        Funds treasury = new Funds(director);
        Fund fund = treasury.open("侨爱心基金", FundSource.OVERSEAS_DONATION, null);
        treasury.receive(fund.id(), new Money(1_000_00), "捐赠");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("谢伯", residentId()));
        Casework work = new Casework(worker);
        AidCase c = work.draft(person.id(), AidType.LIVING_SUBSIDY, new Money(300_00), null);
        work.submit(c.id(), null, null);
        work.verify(c.id(), null, LocalDate.of(2026, 11, 20), "社工", "属实");
        new Casework(director).approve(c.id(), null, new Money(300_00), null);
        FundEntry paid = work.disburse(c.id(), null, fund.id(), new Money(300_00), null);
        AidIndicators.refresh(director);
        assertThat(director.recorded().get("disbursed.overseas_donation")).isEqualByComparingTo("300");

        Reversals reversals = new Reversals(director);
        assertThatThrownBy(() -> new Reversals(worker).reverse(fund.id(), paid.id(), "重复发放"))
                .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
        assertThatThrownBy(() -> reversals.reverse(fund.id(), paid.id(), " ")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("reason"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(threads.submit(() -> {
                start.await();
                try {
                    reversals.reverse(fund.id(), paid.id(), "重复发放");
                    return true;
                } catch (ConflictException refused) {
                    assertThat(refused.text().code()).isEqualTo("aid.reversal.twice");
                    return false;
                }
            }));
        }
        start.countDown();
        int reversed = 0;
        for (Future<Boolean> result : results) {
            reversed += result.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(reversed).as("a line is reversed once").isEqualTo(1);

        assertThat(treasury.get(fund.id()).balance()).isEqualTo(new Money(1_000_00));
        List<FundEntry> ledger = treasury.ledger(fund.id(), 0, 10);
        assertThat(ledger).extracting(FundEntry::kind).containsExactlyInAnyOrder(FundEntry.Kind.RECEIPT, FundEntry.Kind.DISBURSEMENT,
                FundEntry.Kind.REVERSAL);
        FundEntry reversal = ledger.stream().filter(e -> e.kind() == FundEntry.Kind.REVERSAL).findFirst().orElseThrow();
        assertThat(reversal.reverses()).isEqualTo(paid.id());
        assertThat(treasury.reversals(ledger)).isEqualTo(java.util.Map.of(paid.id(), reversal.id()));
        assertThat(treasury.entry(fund.id(), paid.id()).amount()).as("the original is never changed").isEqualTo(new Money(300_00));
        AidCase after = work.get(c.id());
        assertThat(after.disbursed()).isEqualTo(Money.ZERO);
        assertThat(after.status()).as("nothing paid: to be paid right or closed unpaid").isEqualTo(CaseStatus.APPROVED);
        assertThat(work.timeline(c.id())).last().extracting(CaseEvent::action).isEqualTo("reverse-payment");
        assertThat(director.hasAudited("fund.reverse", paid.id())).isTrue();
        assertThat(director.hasAudited("case.reverse-payment", c.id())).isTrue();
        assertThat(director.recorded().get("disbursed.overseas_donation")).as("the month's payments less those reversed")
                .isEqualByComparingTo("0");

        assertThatThrownBy(() -> reversals.reverse(fund.id(), reversal.id(), "撤销冲正")).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.text().code()).isEqualTo("aid.reversal.of-reversal"));
        Fund other = treasury.open("敬老基金", FundSource.FISCAL_BUDGET, null);
        assertThatThrownBy(() -> reversals.reverse(other.id(), paid.id(), "错账"))
                .as("a line is reversed in its own fund").isInstanceOf(org.qiaoyun.api.UnknownObjectException.class);
        FundEntry receipt = ledger.stream().filter(e -> e.kind() == FundEntry.Kind.RECEIPT).findFirst().orElseThrow();
        assertThat(reversals.reverse(fund.id(), receipt.id(), "金额录错").balance()).isEqualTo(Money.ZERO);
        assertThat(treasury.get(fund.id()).balance()).isEqualTo(Money.ZERO);
    }

    /** Holiday-visit goods on PostgreSQL: kept with the case, handed over once, counted apart from cash. */
    @Test
    void aidInKindIsHandedOverAndCountedApartFromCashAndTheDatabaseRefusesACaseOfNeither() throws Exception {
        TestTenantScope worker = new TestTenantScope(unit, "dongguan", "worker", "caseworker");
        TestTenantScope director = new TestTenantScope(unit, "dongguan", "director", "admin");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("莫婆婆", residentId()));
        Casework work = new Casework(worker);
        AidCase c = work.draft(person.id(), AidType.HOLIDAY_VISIT, Money.ZERO,
                org.qiaoyun.plugins.aid.casework.Goods.of("月饼两盒、大米一袋", new Money(260_00)), "中秋慰问");
        assertThat(worker.audited()).anyMatch(line -> line.startsWith("case.draft " + c.id()) && line.contains("goods worth ¥260.00"));
        work.submit(c.id(), null, null);
        work.verify(c.id(), null, LocalDate.of(2026, 11, 20), "社工", "独居");
        long approved = new Casework(director).approve(c.id(), null, Money.ZERO, null).version();
        assertThatThrownBy(() -> work.deliver(c.id(), approved - 1, null)).isInstanceOf(org.qiaoyun.api.StaleVersionException.class);
        AidCase delivered = work.deliver(c.id(), approved, "已送到家中");
        assertThat(delivered.status()).isEqualTo(CaseStatus.DISBURSED);
        assertThat(worker.hasAudited("case.deliver", c.id())).isTrue();
        AidCase read = work.get(c.id());
        assertThat(read.goods().description()).isEqualTo("月饼两盒、大米一袋");
        assertThat(read.goods().estimatedValue()).isEqualTo(new Money(260_00));
        assertThat(read.goods().deliveredBy()).isEqualTo("worker");
        assertThat(read.goods().deliveredAt()).isNotNull();
        assertThat(work.timeline(c.id())).last().extracting(CaseEvent::action).isEqualTo("deliver");

        AidIndicators.refresh(worker);
        assertThat(worker.recorded().get("in-kind.holiday_visit")).isEqualByComparingTo("260");
        assertThat(worker.recorded().get("in-kind.medical_aid")).isEqualByComparingTo("0");
        for (FundSource source : FundSource.values()) {
            assertThat(worker.recorded().get("disbursed." + source.name().toLowerCase(java.util.Locale.ROOT)))
                    .as("goods are no cash").isEqualByComparingTo("0");
        }

        AidCase cash = work.draft(person.id(), AidType.LIVING_SUBSIDY, new Money(100_00), null);
        for (String neither : List.of("update aid_case set requested_fen = 0 where id = '" + cash.id() + "'",
                "update aid_case set goods = null, goods_value_fen = null where id = '" + c.id() + "'")) {
            try (Connection connection = pool.getConnection(); Statement s = connection.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(neither)).as(neither).isInstanceOf(java.sql.SQLException.class)
                        .hasMessageContaining("ck_aid_case_cash_or_goods");
            }
        }
    }

    @Test
    void eachTenantSetsItsApprovalLimitsPerRole() {
        TestTenantScope director = new TestTenantScope(unit, "xinhui", "director", "admin");
        TestTenantScope worker = new TestTenantScope(unit, "xinhui", "worker", "caseworker");
        TestTenantScope colleague = new TestTenantScope(unit, "xinhui", "colleague", "caseworker");
        assertThat(new Casework(director).limits()).containsEntry("caseworker", new Money(1_000_00));
        new Casework(director).setLimit("caseworker", new Money(200_00));
        assertThat(new Casework(director).limits()).containsEntry("caseworker", new Money(200_00))
                .containsEntry("admin", new Money(5_000_00));
        assertThat(new Casework(new TestTenantScope(unit, "other", "director", "admin")).limits())
                .as("another tenant keeps the defaults").containsEntry("caseworker", new Money(1_000_00));
        assertThatThrownBy(() -> new Casework(worker).setLimit("caseworker", new Money(1)))
                .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);

        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("梁伯", residentId()));
        AidCase c = new Casework(worker).draft(person.id(), AidType.LIVING_SUBSIDY, new Money(300_00), null);
        new Casework(worker).submit(c.id(), null, null);
        new Casework(worker).verify(c.id(), null, LocalDate.of(2026, 11, 20), "社工", "属实");
        AidCase afterColleague = new Casework(colleague).approve(c.id(), null, new Money(300_00), null);
        assertThat(afterColleague.status()).as("above the caseworker's new limit").isEqualTo(CaseStatus.VERIFIED);
        assertThat(new Casework(director).approve(c.id(), null, null, "同意").status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void indicatorsCountOpenCasesAndDisbursementsBySource() {
        TestTenantScope worker = new TestTenantScope(unit, "heshan", "worker", "caseworker");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(person("何伯", residentId()));
        new Casework(worker).draft(person.id(), AidType.MEDICAL_AID, new Money(100_00), null);
        AidIndicators.refresh(worker);
        assertThat(worker.recorded().get("open-cases.medical_aid")).isEqualByComparingTo("1");
        assertThat(worker.recorded().get("beneficiaries.empty_nest_elderly")).isEqualByComparingTo("1");
        assertThat(worker.recorded().get("disbursed.fiscal_budget")).isEqualByComparingTo("0");
    }
}
