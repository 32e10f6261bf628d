package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditQuery;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * 直接联系点: the city assigns its cadre a county below; the cadre's visits keep the point from being flagged, and
 * only the cadre and the city's admins read them.
 */
class ContactPointsTest {

    private static final String PASSWORD = "侨乡广东-2026-points";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T02:00:00Z"));
    private Kernel kernel;

    @BeforeEach
    void aCityWithItsCadres() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), Path.of("target/no-plugins")), clock);
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", "440000"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700"));
            kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
            kernel.accounts().create("gd-jiangmen", "jm-admin", PASSWORD, Set.of(Role.ADMIN));
            kernel.accounts().create("gd-jiangmen", "jm-cadre", PASSWORD, Set.of(Role.VIEWER));
            kernel.accounts().create("gd-jiangmen", "jm-other", PASSWORD, Set.of(Role.VIEWER));
            kernel.accounts().create("gd-jiangmen-taishan", "ts-admin", PASSWORD, Set.of(Role.ADMIN));
            return null;
        });
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private <T> T as(String username, Supplier<T> work) {
        return Caller.as(kernel.accounts().identity(username).orElseThrow(), work);
    }

    @Test
    void aPointUnvisitedForSixMonthsIsFlaggedUntilTheCadreVisits() {
        ContactPoint point = as("jm-admin", () -> kernel.contactPoints().assign("gd-jiangmen", "jm-cadre", "gd-jiangmen-taishan", null));
        assertThat(point.name()).isEqualTo("台山市侨联");
        assertThat(point.overdue(kernel.contactPoints().today(), 6)).isFalse();
        clock.advance(Duration.ofDays(200));
        assertThat(as("jm-cadre", () -> kernel.contactPoints().of("gd-jiangmen", 0, 10)))
                .singleElement().satisfies(p -> assertThat(p.overdue(kernel.contactPoints().today(), 6)).isTrue());

        as("jm-cadre", () -> kernel.contactPoints().recordVisit("gd-jiangmen", point.id(), new VisitInput(
                kernel.contactPoints().today().minusDays(1), "伍主席等三人", "侨房退还进展慢", "联系住建部门", kernel.contactPoints().today().plusDays(30))));
        ContactPoint visited = as("jm-admin", () -> kernel.contactPoints().of("gd-jiangmen", 0, 10)).get(0);
        assertThat(visited.overdue(kernel.contactPoints().today(), 6)).isFalse();
        assertThat(as("jm-admin", () -> kernel.contactPoints().visits("gd-jiangmen", point.id()))).extracting(Visit::met).containsExactly("伍主席等三人");
        assertThat(as("jm-other", () -> kernel.contactPoints().of("gd-jiangmen", 0, 10))).as("another cadre's list").isEmpty();
        assertThatThrownBy(() -> as("jm-other", () -> kernel.contactPoints().visits("gd-jiangmen", point.id())))
                .as("visits name people: the cadre and the admins only").isInstanceOf(UnknownObjectException.class);
        assertThat(Caller.as(kernel.accounts().identity("admin").orElseThrow(), () -> kernel.audit().search(AuditQuery.of("gd-jiangmen"), 0, 20))
                .stream().map(e -> e.action()).toList()).contains("contact-point.assign", "contact-point.visit", "contact-point.read-visits");

        ContactPoint ended = as("jm-admin", () -> kernel.contactPoints().end("gd-jiangmen", point.id(), visited.version()));
        assertThat(ended.endedOn()).isEqualTo(kernel.contactPoints().today());
        assertThat(as("jm-admin", () -> kernel.contactPoints().of("gd-jiangmen", 0, 10))).isEmpty();
        assertThatThrownBy(() -> as("jm-cadre", () -> kernel.contactPoints().recordVisit("gd-jiangmen", point.id(),
                new VisitInput(kernel.contactPoints().today(), null, null, null, null)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPointWaitingTooLongIsToldToItsCadreAndTheAdminsOnceUntilTheNextVisit() {
        ContactPoint point = as("jm-admin", () -> kernel.contactPoints().assign("gd-jiangmen", "jm-cadre", "gd-jiangmen-taishan", null));
        kernel.dailyRounds("instance-a").round();
        assertThat(told()).as("not yet overdue").isEmpty();

        clock.advance(Duration.ofDays(200));
        kernel.dailyRounds("instance-a").round();
        assertThat(told()).as("the cadre and the city's admin, in the bell").containsExactlyInAnyOrder("jm-cadre", "jm-admin");
        java.util.List<String> subjects = kernel.store().transaction(em -> em.createQuery("select m.subject from Message m where m.kind = :kind",
                String.class).setParameter("kind", "kernel.notify.contact-point-overdue").getResultList());
        assertThat(subjects).containsOnly("直接联系点“台山市侨联”已超过 6 个月未走访");

        clock.advance(Duration.ofDays(1));
        kernel.dailyRounds("instance-a").round();
        assertThat(told()).as("told once, not every day").hasSize(2);

        as("jm-cadre", () -> kernel.contactPoints().recordVisit("gd-jiangmen", point.id(), new VisitInput(
                kernel.contactPoints().today(), "伍主席", null, null, null)));
        clock.advance(Duration.ofDays(200));
        kernel.dailyRounds("instance-a").round();
        assertThat(told()).as("waiting too long again after the visit: told again").hasSize(4);
    }

    /** Whom the overdue notice reached in the bell. */
    private java.util.List<String> told() {
        return kernel.store().transaction(em -> em.createQuery("select m.recipient from Message m where m.kind = :kind and m.channel = :bell",
                        String.class).setParameter("kind", "kernel.notify.contact-point-overdue")
                .setParameter("bell", org.qiaoyun.kernel.notify.Message.IN_APP).getResultList());
    }

    @Test
    void aPointIsACadreOfTheFederationAndAnOrganisationBelowIt() {
        assertThat(field(() -> as("jm-admin", () -> kernel.contactPoints().assign("gd-jiangmen", "ts-admin", "gd-jiangmen-taishan", null))))
                .as("a county's account is no cadre of the city").isEqualTo("cadre");
        assertThat(field(() -> as("jm-admin", () -> kernel.contactPoints().assign("gd-jiangmen", "jm-cadre", "gd", null))))
                .as("the province is above").isEqualTo("pointTenant");
        as("jm-admin", () -> kernel.contactPoints().assign("gd-jiangmen", "jm-cadre", "gd-jiangmen-taishan", null));
        assertThatThrownBy(() -> as("jm-admin", () -> kernel.contactPoints().assign("gd-jiangmen", "jm-cadre", "gd-jiangmen-taishan", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(field(() -> new VisitInput(LocalDate.of(2026, 5, 1), null, null, null, LocalDate.of(2026, 4, 1)))).isEqualTo("followUpBy");
        assertThat(field(() -> as("jm-cadre", () -> kernel.contactPoints().recordVisit("gd-jiangmen",
                as("jm-admin", () -> kernel.contactPoints().of("gd-jiangmen", 0, 1)).get(0).id(),
                new VisitInput(LocalDate.of(2026, 7, 1), null, null, null, null))))).as("a visit tomorrow").isEqualTo("day");
    }

    private static String field(Runnable attempt) {
        return catchThrowableOfType(InvalidInputException.class, attempt::run).field();
    }
}
