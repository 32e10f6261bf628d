package org.qiaoyun.plugins.aid.referral;

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
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.UnknownObjectException;
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
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** Referrals on real PostgreSQL: kept with their case, outcomes recorded once on the version read, read by readers of cases. */
class ReferralsTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static EntityManagerFactory unit;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    @Test
    void aCaseworkerRefersAPersonToDibaoAndRecordsTheOutcomeOnceAViewerReadsIt() {
        TestTenantScope worker = new TestTenantScope(unit, "doumen", NOW, "worker", "caseworker");
        String id = ResidentIds.valid("44078119500304911");
        Beneficiary person = new Beneficiaries(worker, VAULT).register(new Beneficiary.Registration("黎婆", id, null, "斗门", Category.RELATIVE,
                Set.of(VulnerabilityTag.LOW_INCOME), null, null, null, LocalDate.of(2026, 11, 1), "黎婆"));
        AidCase c = new Casework(worker).draft(person.id(), AidType.LIVING_SUBSIDY, new Money(500_00), "生活困难");
        Referrals referrals = new Referrals(worker);
        Referral dibao = referrals.refer(c.id(), Scheme.DIBAO, null, TODAY.minusDays(3), "斗门镇民政办");
        referrals.refer(c.id(), Scheme.MEDICAL_ASSISTANCE, null, TODAY, "区医保局");
        assertThat(worker.hasAudited("case.refer", c.id())).isTrue();
        assertThatThrownBy(() -> referrals.refer("no-such-case", Scheme.DIBAO, null, TODAY, "民政办"))
                .isInstanceOf(UnknownObjectException.class);

        Referral granted = referrals.decided(c.id(), dibao.id(), dibao.version(), Referral.Outcome.GRANTED, TODAY, "已纳入低保");
        assertThat(granted.outcome()).isEqualTo(Referral.Outcome.GRANTED);
        assertThatThrownBy(() -> referrals.decided(c.id(), dibao.id(), dibao.version(), Referral.Outcome.REFUSED, TODAY, null))
                .as("on the version before").isInstanceOf(StaleVersionException.class);
        assertThat(worker.hasAudited("case.referral-outcome", c.id())).isTrue();
        java.util.List<org.qiaoyun.plugins.aid.casework.CaseEvent> timeline = new Casework(worker).timeline(c.id());
        assertThat(timeline).extracting(org.qiaoyun.plugins.aid.casework.CaseEvent::action).as("on the case's timeline")
                .containsExactlyInAnyOrder("draft", "refer", "refer", "referral-outcome");
        org.qiaoyun.plugins.aid.casework.CaseEvent outcome = timeline.stream().filter(e -> e.action().equals("referral-outcome")).findFirst().orElseThrow();
        assertThat(outcome.comment(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("转介结果：低保，已获救助");
        assertThat(outcome.comment(java.util.Locale.ENGLISH)).doesNotContainPattern("\\p{IsHan}");
        assertThat(new Casework(worker).get(c.id()).version()).as("the case itself untouched").isEqualTo(c.version());

        TestTenantScope viewer = worker.as("reader", "viewer");
        assertThat(new Referrals(viewer).of(c.id())).extracting(Referral::scheme, Referral::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Scheme.DIBAO, Referral.Outcome.GRANTED),
                        org.assertj.core.groups.Tuple.tuple(Scheme.MEDICAL_ASSISTANCE, Referral.Outcome.PENDING));
        assertThatThrownBy(() -> new Referrals(viewer).refer(c.id(), Scheme.TEKUN, null, TODAY, "民政办"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Referrals(worker.as("helper", "volunteer")).of(c.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Referrals(new TestTenantScope(unit, "jinwan", NOW, "worker", "caseworker")).of(c.id()))
                .as("another federation has no such case").isInstanceOf(UnknownObjectException.class);
    }
}
