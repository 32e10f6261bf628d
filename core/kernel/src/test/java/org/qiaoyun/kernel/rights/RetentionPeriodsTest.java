package org.qiaoyun.kernel.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.kernel.GreetingTree;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.schedule.DailyRounds;

/**
 * Keeping periods as a federation sets them, and the daily erasure of what is past them, with the greeting fixture's
 * kind of record: set by the federation's own admins within the kind's bounds, the default elsewhere; erased once a
 * day on the platform's clock, audited with counts only, never twice.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.qiaoyun.kernel.AsPlatform.class)
class RetentionPeriodsTest {

    private static final String TAISHAN = GreetingTree.TAISHAN;
    private static final String JIANGMEN = GreetingTree.JIANGMEN;
    private static final CallerIdentity TAISHAN_ADMIN = new CallerIdentity("taishan-admin", TAISHAN, "/cn/gd/gd-jiangmen/gd-jiangmen-taishan/",
            Set.of(Role.ADMIN));
    private static final CallerIdentity JIANGMEN_ADMIN = new CallerIdentity("jiangmen-admin", JIANGMEN, "/cn/gd/gd-jiangmen/",
            Set.of(Role.ADMIN));

    /** 08:00 in Beijing on 25 November 2026. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T00:00:00Z"));
    private Kernel kernel;

    @BeforeEach
    void startWithTheGreetingModule() {
        kernel = GreetingTree.start(clock);
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private static <T> T as(CallerIdentity caller, Supplier<T> work) {
        return Caller.as(caller, work);
    }

    @Test
    void aFederationsOwnAdminsSetAPeriodWithinItsBoundsAndOthersKeepTheDefault() {
        RetentionPeriods periods = kernel.retentionPeriods();
        assertThat(as(TAISHAN_ADMIN, () -> periods.of(TAISHAN))).singleElement().satisfies(p -> {
            assertThat(p.moduleId()).isEqualTo("greeting");
            assertThat(p.kind().code()).isEqualTo("greeting");
            assertThat(p.months()).isEqualTo(12);
            assertThat(p.byDefault()).isTrue();
        });
        assertThatThrownBy(() -> as(TAISHAN_ADMIN, () -> periods.set(TAISHAN, "greeting", "greeting", 0)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("months");
        assertThatThrownBy(() -> as(TAISHAN_ADMIN, () -> periods.set(TAISHAN, "greeting", "greeting", 121)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(TAISHAN_ADMIN, () -> periods.set(TAISHAN, "greeting", "letters", 6)))
                .isInstanceOf(org.qiaoyun.api.UnknownObjectException.class);
        assertThatThrownBy(() -> as(JIANGMEN_ADMIN, () -> periods.set(TAISHAN, "greeting", "greeting", 6)))
                .as("a federation above does not decide how long a county keeps its people").isInstanceOf(AccessDeniedException.class);

        as(TAISHAN_ADMIN, () -> periods.set(TAISHAN, "greeting", "greeting", 6));
        as(TAISHAN_ADMIN, () -> periods.set(TAISHAN, "greeting", "greeting", 7));

        assertThat(as(TAISHAN_ADMIN, () -> periods.of(TAISHAN))).singleElement()
                .satisfies(p -> assertThat(p.months()).isEqualTo(7)).satisfies(p -> assertThat(p.byDefault()).isFalse());
        assertThat(as(JIANGMEN_ADMIN, () -> periods.of(JIANGMEN))).singleElement().satisfies(p -> assertThat(p.months()).isEqualTo(12));
        assertThat(audited(TAISHAN, "rights.retention.set")).isEqualTo(2);
    }

    @Test
    void theDailyRoundErasesWhatIsPastTheFederationsPeriodOnceAndAuditsTheCount() {
        greet(TAISHAN, "欢迎黄伯");
        greet(JIANGMEN, "欢迎陈婆婆");
        as(TAISHAN_ADMIN, () -> kernel.retentionPeriods().set(TAISHAN, "greeting", "greeting", 6));
        DailyRounds rounds = kernel.dailyRounds("instance-a");
        rounds.round();
        assertThat(erased(TAISHAN)).as("nothing is past its period yet").isZero();

        clock.advance(Duration.ofDays(200)); // past six months, within twelve
        assertThat(rounds.round()).isEqualTo(new DailyRounds.Round(2, 0));

        assertThat(erased(TAISHAN)).as("the greeting of November and its morning greeting").isEqualTo(2);
        assertThat(erased(JIANGMEN)).as("kept the default twelve months").isZero();
        assertThat(audited(TAISHAN, "rights.retention")).isEqualTo(1);
        assertThat(summaries(TAISHAN)).doesNotContain("欢迎黄伯");

        clock.advance(Duration.ofHours(1));
        rounds.round();
        clock.advance(Duration.ofDays(1));
        rounds.round();
        assertThat(erased(TAISHAN)).as("nothing more the next day").isEqualTo(2);
        assertThat(audited(TAISHAN, "rights.retention")).as("nothing erased, nothing audited").isEqualTo(1);
    }

    private void greet(String federation, String text) {
        GreetingTree.greet(kernel, federation, text, clock.instant());
    }

    private long erased(String federation) {
        return count("select count(*) from greeting where tenant_id = ? and text = '×××'", federation);
    }

    private long audited(String federation, String action) {
        return kernel.store().transaction(em -> ((Number) em.createNativeQuery(
                        "select count(*) from audit_entry where tenant_id = ? and action = ?")
                .setParameter(1, federation).setParameter(2, action).getSingleResult()).longValue());
    }

    private String summaries(String federation) {
        return kernel.store().transaction(em -> em.createNativeQuery("select summary from audit_entry where tenant_id = ?")
                .setParameter(1, federation).getResultList().toString());
    }

    private long count(String sql, String federation) {
        return kernel.store().transaction(em -> ((Number) em.createNativeQuery(sql).setParameter(1, federation).getSingleResult()).longValue());
    }
}
