package org.qiaoyun.plugins.aid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
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

/** Cases given to caseworkers on real PostgreSQL: "mine" is what is given to me, the overdue list, the assignee told. */
class CaseAssignmentTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static EntityManagerFactory unit;
    private static int sequence;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    private static AidCase draft(TestTenantScope worker, String name) {
        sequence++;
        String id = ResidentIds.valid(String.format("440781195209%02d%03d", 1 + sequence % 28, 800 + sequence));
        Beneficiary person = new Beneficiaries(worker, VAULT).register(new Beneficiary.Registration(name, id, null, "新会区",
                Category.RETURNEE, Set.of(VulnerabilityTag.LOW_INCOME), null, null, null, LocalDate.of(2026, 11, 1), name));
        return new Casework(worker).draft(person.id(), AidType.MEDICAL_AID, new Money(600_00), "住院");
    }

    @Test
    void aCaseGivenToACaseworkerIsTheirsIsOverdueAfterItsDayAndTheyAreTold() {
        TestTenantScope director = new TestTenantScope(unit, "xinhui", NOW, "director", "admin")
                .withMemberInRoles("guide", "volunteer").withMembers("lin", "guide");
        TestTenantScope lin = new TestTenantScope(unit, "xinhui", NOW, "lin", "caseworker");
        AidCase given = draft(director, "区伯");
        AidCase late = draft(director, "区婆");
        AidCase kept = draft(director, "区叔");

        Casework work = new Casework(director);
        assertThat(work.assignees()).as("the screen offers the caseworkers and admins, not the volunteer").containsExactly("director", "lin");
        assertThatThrownBy(() -> new Casework(director.as("guide", "volunteer")).assignees())
                .isInstanceOf(org.qiaoyun.api.PermissionDeniedException.class);
        assertThatThrownBy(() -> work.assign(given.id(), null, "guide", TODAY.plusDays(5)))
                .as("a volunteer takes no case").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("assignee"));
        assertThatThrownBy(() -> work.assign(given.id(), null, "stranger", null)).isInstanceOf(InvalidInputException.class);
        AidCase assigned = work.assign(given.id(), given.version(), "lin", TODAY.plusDays(5));
        assertThat(assigned.assignment().assignee()).isEqualTo("lin");
        assertThatThrownBy(() -> work.assign(given.id(), given.version(), "lin", null)).as("a stale version")
                .isInstanceOf(StaleVersionException.class);
        assertThat(director.hasTold("lin", "aid.case-assigned")).as("the caseworker is told").isTrue();
        assertThat(director.hasAudited("case.assign", given.id())).isTrue();
        assertThat(work.timeline(given.id())).extracting(CaseEvent::action).containsExactlyInAnyOrder("draft", "assign"); // one instant on a fixed clock
        work.assign(late.id(), null, "lin", TODAY);

        Casework linsWork = new Casework(lin);
        assertThat(linsWork.list(new Casework.Search(true, null, null, null), 0, 10)).extracting(AidCase::id)
                .as("mine: what is given to me, not only what I drafted").containsExactlyInAnyOrder(given.id(), late.id());
        assertThat(work.list(new Casework.Search(true, null, null, null), 0, 10)).extracting(AidCase::id)
                .as("the drafter keeps what they gave no one").contains(kept.id()).doesNotContain(given.id(), late.id());

        Casework tomorrow = new Casework(lin.at(Clock.offset(NOW, java.time.Duration.ofDays(1))));
        Casework.Search overdue = new Casework.Search(false, null, null, null, null, null, true);
        assertThat(linsWork.count(overdue)).as("due today is not late yet").isZero();
        assertThat(tomorrow.list(overdue, 0, 10)).extracting(AidCase::id).containsExactly(late.id());
        new Casework(director.at(Clock.offset(NOW, java.time.Duration.ofDays(1)))).withdraw(late.id(), null, "重复登记");
        assertThat(tomorrow.count(overdue)).as("an ended case is late no more").isZero();
    }
}
