package org.qiaoyun.plugins.aid.periodic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.ResidentIds;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.FundSource;
import org.qiaoyun.plugins.aid.fund.Funds;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** Periodic aid on real PostgreSQL: each month paid once through the ledger, even when paid twice at once; an empty fund leaves it due. */
class PeriodicAidTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    /** 10 February 2027 in Beijing: December, January and February have come. */
    private static final Clock FEBRUARY = Clock.fixed(Instant.parse("2027-02-10T02:00:00Z"), ZoneOffset.UTC);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static EntityManagerFactory unit;
    private static int sequence;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    /** A case of a living allowance approved for {@code approved}, in {@code tenant}, by its worker and director. */
    private static AidCase approvedCase(String tenant, Money approved) {
        TestTenantScope worker = new TestTenantScope(unit, tenant, FEBRUARY, "worker", "caseworker");
        sequence++;
        String id = ResidentIds.valid(String.format("440781194807%02d%03d", 1 + sequence % 28, 700 + sequence));
        Beneficiary person = new Beneficiaries(worker, VAULT).register(new Beneficiary.Registration("梅婆" + sequence, id, null, "台山市",
                Category.RELATIVE, Set.of(VulnerabilityTag.EMPTY_NEST_ELDERLY), null, null, null, LocalDate.of(2026, 11, 1), "梅婆"));
        Casework work = new Casework(worker);
        AidCase c = work.draft(person.id(), AidType.LIVING_SUBSIDY, approved, "每月生活补助");
        work.submit(c.id(), null, null);
        work.verify(c.id(), null, LocalDate.of(2026, 11, 20), "李社工", "独居，属实");
        return new Casework(new TestTenantScope(unit, tenant, FEBRUARY, "director", "admin")).approve(c.id(), null, approved, null);
    }

    private static Fund fund(String tenant, Money received) {
        TestTenantScope director = new TestTenantScope(unit, tenant, FEBRUARY, "director", "admin");
        Fund fund = new Funds(director).open("生活补助专项", FundSource.FISCAL_BUDGET, null);
        new Funds(director).receive(fund.id(), received, "县财政拨款");
        return fund;
    }

    @Test
    void aMonthlyAllowanceIsPaidMonthByMonthThroughTheLedgerAndTheWorkListShowsWhatIsDue() {
        AidCase c = approvedCase("heshan", new Money(1_800_00));
        Fund fund = fund("heshan", new Money(5_000_00));
        TestTenantScope director = new TestTenantScope(unit, "heshan", FEBRUARY, "director", "admin");
        TestTenantScope worker = new TestTenantScope(unit, "heshan", FEBRUARY, "worker", "caseworker");
        assertThatThrownBy(() -> new PeriodicAid(worker.as("reader", "viewer")).set(c.id(), fund.id(), new Money(300_00), DECEMBER, 6))
                .isInstanceOf(PermissionDeniedException.class);
        Schedule schedule = new PeriodicAid(director).set(c.id(), fund.id(), new Money(300_00), DECEMBER, 6);
        assertThat(director.hasAudited("case.schedule", c.id())).isTrue();
        assertThatThrownBy(() -> new PeriodicAid(director).set(c.id(), fund.id(), new Money(300_00), DECEMBER, 6))
                .as("one schedule per case").isInstanceOf(ConflictException.class);

        PeriodicAid periodic = new PeriodicAid(worker);
        assertThat(periodic.due()).extracting(PeriodicAid.Due::period)
                .containsExactly(DECEMBER, YearMonth.of(2027, 1), YearMonth.of(2027, 2));
        periodic.pay(c.id(), DECEMBER);
        periodic.pay(c.id(), YearMonth.of(2027, 1));
        assertThatThrownBy(() -> periodic.pay(c.id(), DECEMBER)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> periodic.pay(c.id(), YearMonth.of(2027, 3))).as("not ahead").isInstanceOf(InvalidInputException.class);
        assertThat(periodic.due()).extracting(PeriodicAid.Due::period).containsExactly(YearMonth.of(2027, 2));
        assertThat(periodic.due().get(0).beneficiaryId()).isEqualTo(c.beneficiaryId());

        assertThat(new Funds(director).get(fund.id()).balance()).isEqualTo(new Money(4_400_00));
        List<FundEntry> ledger = new Funds(director).ledger(fund.id(), 0, 10);
        assertThat(ledger).filteredOn(e -> e.kind() == FundEntry.Kind.DISBURSEMENT).extracting(FundEntry::note)
                .containsExactlyInAnyOrder("2026-12", "2027-01");
        AidCase paid = new Casework(worker).get(c.id());
        assertThat(paid.disbursed()).isEqualTo(new Money(600_00));
        assertThat(periodic.payments(schedule.id())).extracting(SchedulePayment::period).containsExactly(DECEMBER, YearMonth.of(2027, 1));
        assertThat(worker.hasAudited("case.schedule-pay", c.id())).isTrue();
        assertThat(worker.recorded()).as("the month's payments by source are recounted").containsKey("disbursed.fiscal_budget");

        assertThatThrownBy(() -> new PeriodicAid(director).stop(c.id(), schedule.version() + 5, "已迁居"))
                .as("a stale version").isInstanceOf(ConflictException.class);
        Schedule stopped = new PeriodicAid(director).stop(c.id(), null, "已迁居外省");
        assertThat(stopped.status()).isEqualTo(Schedule.Status.STOPPED);
        assertThat(new Casework(director).timeline(c.id())).extracting(e -> e.action())
                .as("set and stopped on the case's timeline").contains("schedule", "schedule-stop");
        assertThat(new Casework(director).timeline(c.id())).filteredOn(e -> e.action().equals("schedule-stop"))
                .extracting(e -> e.comment(java.util.Locale.ENGLISH)).containsExactly("Periodic aid stopped: 已迁居外省");
        assertThat(periodic.due()).as("a stopped schedule has nothing due").isEmpty();
        assertThatThrownBy(() -> periodic.pay(c.id(), YearMonth.of(2027, 2))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aMonthPaidTwiceAtOnceIsPaidExactlyOnce() throws Exception {
        AidCase c = approvedCase("jiangcheng", new Money(3_000_00));
        Fund fund = fund("jiangcheng", new Money(10_000_00));
        TestTenantScope director = new TestTenantScope(unit, "jiangcheng", FEBRUARY, "director", "admin");
        new PeriodicAid(director).set(c.id(), fund.id(), new Money(500_00), DECEMBER, 6);
        PeriodicAid periodic = new PeriodicAid(new TestTenantScope(unit, "jiangcheng", FEBRUARY, "worker", "caseworker"));

        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(threads.submit(() -> {
                start.await();
                try {
                    periodic.pay(c.id(), DECEMBER);
                    return true;
                } catch (ConflictException paidAlready) {
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

        assertThat(paid).as("sixteen tries at once, one payment").isEqualTo(1);
        assertThat(new Funds(director).get(fund.id()).balance()).isEqualTo(new Money(9_500_00));
        assertThat(new Funds(director).ledger(fund.id(), 0, 100)).filteredOn(e -> e.kind() == FundEntry.Kind.DISBURSEMENT).hasSize(1);
        assertThat(new Casework(director).get(c.id()).disbursed()).isEqualTo(new Money(500_00));
    }

    @Test
    void anEmptyFundLeavesTheMonthDueWithTheReasonAndNothingIsPaid() {
        AidCase c = approvedCase("kaiping", new Money(1_200_00));
        Fund fund = fund("kaiping", new Money(300_00));
        TestTenantScope director = new TestTenantScope(unit, "kaiping", FEBRUARY, "director", "admin");
        new PeriodicAid(director).set(c.id(), fund.id(), new Money(400_00), DECEMBER, 3);
        PeriodicAid periodic = new PeriodicAid(new TestTenantScope(unit, "kaiping", FEBRUARY, "worker", "caseworker"));

        assertThatThrownBy(() -> periodic.pay(c.id(), DECEMBER)).isInstanceOf(InvalidInputException.class);
        assertThat(new Funds(director).get(fund.id()).balance()).as("nothing paid").isEqualTo(new Money(300_00));
        assertThat(new Casework(director).get(c.id()).disbursed()).isEqualTo(Money.ZERO);
        PeriodicAid.Due december = periodic.due().stream().filter(d -> d.period().equals(DECEMBER)).findFirst().orElseThrow();
        assertThat(december.refusal()).as("due, with the reason").isPresent();
        assertThat(december.refusal().orElseThrow().in(Locale.SIMPLIFIED_CHINESE, getClass().getClassLoader())).contains("生活补助专项");
        assertThat(periodic.due().stream().filter(d -> !d.period().equals(DECEMBER))).allSatisfy(d -> assertThat(d.refusal()).isEmpty());

        new Funds(director).receive(fund.id(), new Money(1_000_00), "追加拨款");
        periodic.pay(c.id(), DECEMBER);
        assertThat(periodic.due()).extracting(PeriodicAid.Due::period).doesNotContain(DECEMBER)
                .allSatisfy(p -> assertThat(p).isAfter(DECEMBER));
        assertThat(periodic.due()).allSatisfy(d -> assertThat(d.refusal()).isEmpty());
    }
}
