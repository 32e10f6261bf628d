package org.qiaoyun.plugins.aid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.ResidentIds;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * Who is told of a case's decision, on real PostgreSQL, with the default limits (admins 5,000 yuan, caseworkers 1,000):
 * a verified case tells those who may approve it but not those who prepared it; a first approval above the approver's
 * limit tells those whose limit covers it; the submitter learns the decision, a rejection with its reason; a refused
 * step tells nobody.
 */
class CaseNoticesTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static EntityManagerFactory unit;
    private static int sequence;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    /** The federation's staff: two admins, three caseworkers and a volunteer, each of whom may be the caller. */
    private static TestTenantScope as(String user) {
        List<List<String>> staff = List.of(List.of("director", "admin"), List.of("deputy", "admin"), List.of("lin", "caseworker"),
                List.of("chen", "caseworker"), List.of("wu", "caseworker"), List.of("guide", "volunteer"));
        String role = staff.stream().filter(s -> s.get(0).equals(user)).findFirst().orElseThrow().get(1);
        TestTenantScope scope = new TestTenantScope(unit, "aid-notices", NOW, user, role);
        staff.stream().filter(s -> !s.get(0).equals(user)).forEach(s -> scope.withMemberInRoles(s.get(0), s.get(1)));
        return scope.withMembers(staff.stream().map(s -> s.get(0)).toArray(String[]::new)); // each naming replaces the last
    }

    /** A case lin drafted and submitted, verified by chen's home visit: ready for a decision. */
    private static AidCase verified(String name, Money requested) {
        TestTenantScope lin = as("lin");
        sequence++;
        String id = ResidentIds.valid(String.format("440781196003%02d%03d", 1 + sequence % 28, 700 + sequence));
        Beneficiary person = new Beneficiaries(lin, VAULT).register(new Beneficiary.Registration(name, id, null, "台城街道",
                Category.RETURNEE, Set.of(VulnerabilityTag.LOW_INCOME), null, null, null, TODAY.minusDays(30), name));
        Casework linsWork = new Casework(lin);
        AidCase drafted = linsWork.draft(person.id(), AidType.MEDICAL_AID, requested, "住院自付部分");
        linsWork.submit(drafted.id(), null, null);
        assertThat(lin.told()).as("a submitted case waits for its home visit: no decider is asked yet").isEmpty();
        return drafted;
    }

    private static List<String> recipients(TestTenantScope scope, String kind) {
        return scope.told().stream().filter(t -> t.kind().equals(kind)).map(TestTenantScope.Told::recipient).toList();
    }

    @Test
    void aVerifiedCaseTellsThoseWhoMayApproveItButNotThoseWhoPreparedIt() {
        AidCase aidCase = verified("梁伯", new Money(800_00));
        TestTenantScope chen = as("chen");
        new Casework(chen).verify(aidCase.id(), null, TODAY, "陈专干", "住院属实");

        assertThat(recipients(chen, CaseNotices.AWAITING_APPROVAL))
                .as("the admins and the caseworker who neither submitted nor verified it; not the volunteer")
                .containsExactly("deputy", "director", "wu");
        assertThat(chen.told()).filteredOn(t -> t.recipient().equals(TestTenantScope.STAFF_GROUP)).singleElement()
                .as("the staff group learns a case waits, not whose").satisfies(t -> {
                    assertThat(t.kind()).isEqualTo(CaseNotices.STAFF_WAITING);
                    assertThat(t.arguments()).contains(aidCase.id()).doesNotContain("梁伯");
                });
        assertThat(chen.told()).filteredOn(t -> t.recipient().equals("wu")).singleElement()
                .satisfies(t -> assertThat(t.arguments()).contains(aidCase.id(), "¥800.00").doesNotContain("梁伯"));
    }

    @Test
    void anApprovalAboveTheFirstApproversLimitTellsThoseWhoseLimitCoversItThenTheSubmitterLearnsTheAmount() {
        AidCase aidCase = verified("黄婆", new Money(3_000_00));
        new Casework(as("chen")).verify(aidCase.id(), null, TODAY, "陈专干", "子女在外，独居");
        TestTenantScope wu = as("wu");
        new Casework(wu).approve(aidCase.id(), null, new Money(3_000_00), "同意");

        assertThat(recipients(wu, CaseNotices.AWAITING_SECOND_APPROVAL))
                .as("3,000 yuan is above every caseworker's limit: the admins only").containsExactly("deputy", "director");
        assertThat(recipients(wu, CaseNotices.APPROVED)).as("not approved yet").isEmpty();
        assertThat(recipients(wu, CaseNotices.STAFF_SECOND)).containsExactly(TestTenantScope.STAFF_GROUP);

        TestTenantScope director = as("director");
        new Casework(director).approve(aidCase.id(), null, null, null);
        assertThat(director.told()).singleElement().satisfies(t -> {
            assertThat(t.recipient()).isEqualTo("lin");
            assertThat(t.kind()).isEqualTo(CaseNotices.APPROVED);
            assertThat(t.arguments()).contains(aidCase.id(), "¥3,000.00");
        });
    }

    @Test
    void theSubmitterLearnsOfARejectionWithItsReason() {
        AidCase aidCase = verified("关叔", new Money(500_00));
        TestTenantScope director = as("director");
        new Casework(director).reject(aidCase.id(), null, "已享受民政医疗救助，不重复资助");

        assertThat(director.told()).singleElement().satisfies(t -> {
            assertThat(t.recipient()).isEqualTo("lin");
            assertThat(t.kind()).isEqualTo(CaseNotices.REJECTED);
            assertThat(t.arguments()).contains("已享受民政医疗救助，不重复资助");
        });
    }

    @Test
    void aRefusedOrStaleStepTellsNobody() {
        AidCase aidCase = verified("伍姨", new Money(600_00));
        TestTenantScope chen = as("chen");
        AidCase visited = new Casework(chen).verify(aidCase.id(), null, TODAY, "陈专干", "属实");
        TestTenantScope lin = as("lin");
        assertThatThrownBy(() -> new Casework(lin).approve(aidCase.id(), null, new Money(600_00), null))
                .as("the submitter does not approve").isInstanceOf(ConflictException.class);
        TestTenantScope deputy = as("deputy");
        assertThatThrownBy(() -> new Casework(deputy).approve(aidCase.id(), visited.version() - 1, new Money(600_00), null))
                .isInstanceOf(StaleVersionException.class);
        assertThat(lin.told()).isEmpty();
        assertThat(deputy.told()).as("a step rolled back tells nobody").isEmpty();
    }
}
