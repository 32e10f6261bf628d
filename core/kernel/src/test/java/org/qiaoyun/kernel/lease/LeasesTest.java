package org.qiaoyun.kernel.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/**
 * Run-once leases on a real PostgreSQL: two contenders asking at the same instant, a hundred times over, and
 * exactly one holds the lease each time; the holder renews it; another takes it only once it ran out or was given
 * back.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class LeasesTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private static Kernel kernel;

    @BeforeAll
    static void start() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), Path.of("target/no-plugins")), CLOCK);
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    @Test
    void ofTwoContendersAtOnceExactlyOneHoldsTheLease() throws Exception {
        Leases leases = kernel.leases();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Boolean>>> contenders = new ArrayList<>();
            for (String holder : List.of("instance-a", "instance-b")) {
                contenders.add(two.submit(() -> {
                    List<Boolean> won = new ArrayList<>();
                    for (int round = 0; round < 100; round++) {
                        together.await(); // both ask for the same new job at the same moment: the row is made then taken
                        won.add(leases.take("race-" + round, holder, Duration.ofMinutes(1)));
                    }
                    return won;
                }));
            }
            List<Boolean> a = contenders.get(0).get();
            List<Boolean> b = contenders.get(1).get();
            for (int round = 0; round < 100; round++) {
                assertThat(a.get(round) ^ b.get(round)).as("round " + round + ": exactly one holds it").isTrue();
                assertThat(leases.holder("race-" + round)).contains(a.get(round) ? "instance-a" : "instance-b");
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void theHolderRenewsAndAnotherTakesOverOnlyWhenItRanOut() {
        Leases leases = kernel.leases();
        assertThat(leases.take("notify.sender.test", "a", Duration.ofSeconds(60))).isTrue();
        assertThat(leases.take("notify.sender.test", "b", Duration.ofSeconds(60))).as("a holds it").isFalse();
        CLOCK.advance(Duration.ofSeconds(40));
        assertThat(leases.take("notify.sender.test", "a", Duration.ofSeconds(60))).as("a renews").isTrue();
        CLOCK.advance(Duration.ofSeconds(40));
        assertThat(leases.take("notify.sender.test", "b", Duration.ofSeconds(60))).as("renewed: 20 s left").isFalse();
        CLOCK.advance(Duration.ofSeconds(21));
        assertThat(leases.take("notify.sender.test", "b", Duration.ofSeconds(60))).as("a's lease ran out").isTrue();
        assertThat(leases.take("notify.sender.test", "a", Duration.ofSeconds(60))).as("b holds it now").isFalse();
        assertThat(leases.holder("notify.sender.test")).contains("b");
    }

    @Test
    void aLeaseGivenBackIsFreeAtOnce() {
        Leases leases = kernel.leases();
        assertThat(leases.take("reminders.test", "a", Duration.ofMinutes(5))).isTrue();
        leases.release("reminders.test", "b");
        assertThat(leases.holder("reminders.test")).as("only its holder gives it back").contains("a");
        leases.release("reminders.test", "a");
        assertThat(leases.holder("reminders.test")).isEmpty();
        assertThat(leases.take("reminders.test", "b", Duration.ofMinutes(5))).isTrue();
    }
}
