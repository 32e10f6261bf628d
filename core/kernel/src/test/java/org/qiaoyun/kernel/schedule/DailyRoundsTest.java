package org.qiaoyun.kernel.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.GreetingTree;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * The modules' daily work as the platform runs it, with the greeting fixture's morning greeting: once a day of
 * Beijing time in each federation where the module is open, by one instance, a failing federation retried at the
 * next look without holding up the others.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.qiaoyun.kernel.AsPlatform.class)
class DailyRoundsTest {

    private static final String TAISHAN = GreetingTree.TAISHAN;
    private static final String JIANGMEN = GreetingTree.JIANGMEN;

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

    @Test
    void theWorkRunsOnceADayInEachFederationWhereTheModuleIsOn() {
        DailyRounds a = kernel.dailyRounds("instance-a");
        assertThat(a.round()).isEqualTo(new DailyRounds.Round(2, 0));
        assertThat(mornings(TAISHAN)).isEqualTo(1);
        assertThat(mornings(JIANGMEN)).isEqualTo(1);
        assertThat(mornings("gd")).as("not switched on there").isZero();

        clock.advance(Duration.ofHours(1));
        assertThat(a.round()).as("the same day again").isEqualTo(new DailyRounds.Round(0, 0));
        assertThat(kernel.dailyRounds("instance-b").round()).as("another instance while the first holds the lease")
                .isEqualTo(new DailyRounds.Round(0, 0));

        clock.advance(Duration.ofHours(15)); // 00:00 the next day in Beijing, 16:00 UTC: a new day there already
        assertThat(a.round()).isEqualTo(new DailyRounds.Round(2, 0));
        assertThat(mornings(TAISHAN)).isEqualTo(2);
    }

    @Test
    void aFederationWhoseWorkFailsIsTriedAgainAndHoldsUpNobody() {
        greet(TAISHAN, "不要早安");
        DailyRounds a = kernel.dailyRounds("instance-a");
        assertThat(a.round()).isEqualTo(new DailyRounds.Round(1, 1));
        assertThat(mornings(JIANGMEN)).isEqualTo(1);
        assertThat(mornings(TAISHAN)).isZero();

        clock.advance(Duration.ofHours(1));
        assertThat(a.round()).as("only the failed one is tried again").isEqualTo(new DailyRounds.Round(0, 1));
        kernel.contextOf("greeting").tenant(TAISHAN).transaction(em -> em.createQuery("delete from Greeting g").executeUpdate());
        clock.advance(Duration.ofHours(1));
        assertThat(a.round()).isEqualTo(new DailyRounds.Round(1, 0));
        assertThat(mornings(TAISHAN)).isEqualTo(1);
        assertThat(mornings(JIANGMEN)).as("still once today").isEqualTo(1);
    }

    @Test
    void aModuleSwitchedOffOrClosedFromAboveDoesNoWork() {
        kernel.switchboard().switchModule(TAISHAN, "greeting", false);
        kernel.provisioning().restrictDescendantModules("gd", java.util.Set.of("aid"));
        assertThat(kernel.dailyRounds("instance-a").round()).isEqualTo(new DailyRounds.Round(0, 0));
        assertThat(mornings(JIANGMEN)).as("closed by the province's policy: nothing runs, nothing fails").isZero();
        assertThat(mornings(TAISHAN)).isZero();
    }

    private void greet(String federation, String text) {
        GreetingTree.greet(kernel, federation, text, clock.instant());
    }

    private long mornings(String federation) {
        return kernel.store().transaction(em -> ((Number) em.createNativeQuery(
                        "select count(*) from greeting where tenant_id = ? and text = '早安'")
                .setParameter(1, federation).getSingleResult()).longValue());
    }
}
