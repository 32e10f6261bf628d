package org.qiaoyun.plugins.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.DemoData;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.plugins.legal.education.EducationSessions;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** The demo records go through the module's own services, in a federation with every account and in one with an admin only. */
class LegalDemoDataTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final IdVault VAULT = new IdVault(new byte[32], LegalModule.ID_PURPOSE);

    /** A demo federation whose accounts are named {@code <code>-<role>}, for the roles given. */
    private record Demo(String code, java.util.Set<String> roles) implements DemoData.Federation {

        @Override
        public boolean as(String role, Function<TenantScope, ?> work) {
            return asDaysAgo(role, 0, work);
        }

        @Override
        public boolean asDaysAgo(String role, int daysAgo, Function<TenantScope, ?> work) {
            if (!roles.contains(role)) {
                return false;
            }
            work.apply(scope(code + "-" + role, role).at(Clock.offset(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(-daysAgo))));
            return true;
        }

        TestTenantScope scope(String user, String... userRoles) {
            return new TestTenantScope(ModuleDatabase.unit(new LegalModule()), code, Clock.fixed(NOW, ZoneOffset.UTC), user, userRoles);
        }
    }

    @Test
    void aFederationWithEveryAccountHasMattersAtEveryStepOneOfThemOverdue() {
        Demo taishan = new Demo("demo-taishan", java.util.Set.of("admin", "caseworker", "legal_adviser"));
        new LegalDemoData(VAULT).fill(taishan);
        Consultations head = new Consultations(taishan.scope("demo-taishan-admin", "admin"), VAULT);
        var all = head.page(Consultations.WorkSearch.all(), 0, 50).items();
        assertThat(all).extracting(Consultation::status)
                .containsExactlyInAnyOrder(Status.CLOSED, Status.ASSIGNED, Status.ACKNOWLEDGED, Status.RECEIVED);
        assertThat(head.page(new Consultations.WorkSearch(false, false, true, null, null, null, null, null), 0, 50).items())
                .extracting(Consultation::personName).contains("伍振华");
        Consultations adviser = new Consultations(taishan.scope("demo-taishan-legal_adviser", "legal_adviser"), VAULT);
        assertThat(adviser.page(Consultations.WorkSearch.all(), 0, 50).items()).extracting(Consultation::personName).containsExactly("余小燕");
        assertThat(new EducationSessions(taishan.scope("x", "viewer")).page(null, null, 0, 10).total()).isEqualTo(2);
    }

    @Test
    void aFederationWithAnAdminOnlyIsFilledByItsAdmin() {
        Demo jinjiang = new Demo("demo-jinjiang", java.util.Set.of("admin"));
        new LegalDemoData(VAULT).fill(jinjiang);
        Consultations head = new Consultations(jinjiang.scope("demo-jinjiang-admin", "admin"), VAULT);
        Map<Status, Long> byStatus = head.page(Consultations.WorkSearch.all(), 0, 50).items().stream()
                .collect(java.util.stream.Collectors.groupingBy(Consultation::status, java.util.stream.Collectors.counting()));
        assertThat(byStatus).containsEntry(Status.CLOSED, 1L).containsEntry(Status.RECEIVED, 1L).containsEntry(Status.ACKNOWLEDGED, 1L);
    }
}
