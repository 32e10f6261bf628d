package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * A federation's committee members (侨联委员) on its record: a name and a position for a term, kept by its admins, read
 * by its viewers, a term run out flagged. Told on H2 and on a real PostgreSQL.
 */
class CommitteeTest {

    private static final String PASSWORD = "侨乡广东-2026-committee";
    private Kernel kernel;

    void start(String database) {
        kernel = Kernel.start(KernelSettings.forTests(database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres(),
                Path.of("target/no-plugins")), new MovableClock(Instant.parse("2026-11-25T08:00:00Z")));
        Caller.asSystem(() -> {
            if (kernel.tenants().find("gd-committee").isEmpty()) {
                kernel.provisioning().provision(new ProvisioningRequest("gd-committee", "cn", "province", "广东省侨联", "Guangdong", "440000"));
                kernel.provisioning().provision(new ProvisioningRequest("gd-committee-ts", "gd-committee", "county", "台山市侨联", "Taishan", "440781"));
                kernel.accounts().create("gd-committee-ts", "cm-admin", PASSWORD, Set.of(Role.ADMIN));
                kernel.accounts().create("gd-committee-ts", "cm-viewer", PASSWORD, Set.of(Role.VIEWER));
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return Caller.as(kernel.accounts().identity(username).orElseThrow(), work);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void membersServeTermsAndATermRunOutIsFlagged(String database) {
        start(database);
        CommitteeMember chair = as("cm-admin", () -> kernel.committee().add("gd-committee-ts",
                new MemberInput("伍秀兰", "主席", LocalDate.of(2021, 5, 4), LocalDate.of(2026, 5, 3))));
        as("cm-admin", () -> kernel.committee().add("gd-committee-ts",
                new MemberInput("陈国强", "副主席", LocalDate.of(2023, 6, 1), LocalDate.of(2028, 5, 31))));
        LocalDate today = kernel.committee().today();
        assertThat(as("cm-viewer", () -> kernel.committee().of("gd-committee-ts")))
                .extracting(m -> m.position() + " " + m.termOverdue(today)).containsExactly("主席 true", "副主席 false");

        CommitteeMember renewed = as("cm-admin", () -> kernel.committee().change("gd-committee-ts", chair.id(), chair.version(),
                new MemberInput("伍秀兰", "主席", LocalDate.of(2026, 5, 4), LocalDate.of(2031, 5, 3))));
        assertThat(renewed.termOverdue(today)).isFalse();
        assertThatThrownBy(() -> as("cm-admin", () -> kernel.committee().change("gd-committee-ts", chair.id(), chair.version(),
                new MemberInput("伍秀兰", "主席", LocalDate.of(2026, 5, 4), null)))).isInstanceOf(StaleVersionException.class);
        as("cm-admin", () -> {
            kernel.committee().remove("gd-committee-ts", renewed.id(), renewed.version());
            return null;
        });
        assertThat(as("cm-viewer", () -> kernel.committee().of("gd-committee-ts"))).extracting(CommitteeMember::position)
                .containsExactly("副主席");
        assertThat(as("cm-admin", () -> kernel.audit().search(org.qiaoyun.kernel.audit.AuditQuery.of("gd-committee-ts"), 0, 10))
                .stream().map(e -> e.summary()).toList()).as("audited by position, not by name")
                .noneMatch(summary -> summary != null && summary.contains("伍秀兰"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aMemberNeedsANamePositionAndATermInOrderAndViewersOnlyRead(String database) {
        start(database);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new MemberInput(" ", "主席", LocalDate.of(2021, 5, 4), null))
                .field()).isEqualTo("name");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new MemberInput("伍秀兰", null, LocalDate.of(2021, 5, 4), null))
                .field()).isEqualTo("position");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new MemberInput("伍秀兰", "主席", null, null)).field())
                .isEqualTo("termStart");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> new MemberInput("伍秀兰", "主席", LocalDate.of(2021, 5, 4),
                LocalDate.of(2020, 5, 4))).field()).isEqualTo("termEnd");
        assertThatThrownBy(() -> as("cm-viewer", () -> kernel.committee().add("gd-committee-ts",
                new MemberInput("伍秀兰", "主席", LocalDate.of(2021, 5, 4), null)))).isInstanceOf(AccessDeniedException.class);
    }
}
