package org.qiaoyun.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;

/** Instances starting together against one PostgreSQL go through the start-up one after the other. */
class StartupLockTest {

    @Test
    void aSecondInstanceWaitsUntilTheFirstHasStarted() throws Exception {
        String url = TestDatabases.postgres();
        try (HikariDataSource first = Database.pool(url, null, null, 2); HikariDataSource second = Database.pool(url, null, null, 2)) {
            StartupLock held = StartupLock.acquire(first);
            CompletableFuture<StartupLock> waiting = CompletableFuture.supplyAsync(() -> StartupLock.acquire(second));
            Thread.sleep(500);
            assertThat(waiting).as("the second waits while the first starts").isNotDone();

            held.close();
            StartupLock next = waiting.get(10, TimeUnit.SECONDS);
            next.close();
        }
    }

    @Test
    void anInstanceThatDiesWhileStartingLetsTheNextOneIn() throws Exception {
        String url = TestDatabases.postgres();
        HikariDataSource dying = Database.pool(url, null, null, 2);
        try (HikariDataSource next = Database.pool(url, null, null, 2)) {
            StartupLock.acquire(dying);
            CompletableFuture<StartupLock> waiting = CompletableFuture.supplyAsync(() -> StartupLock.acquire(next));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();

            dying.close(); // its connections go, and the session's lock with them
            waiting.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void theEmbeddedDatabaseServesOneInstanceAndTakesNoLock() {
        try (HikariDataSource h2 = Database.pool(TestDatabases.h2(), null, null, 2)) {
            StartupLock.acquire(h2).close();
            StartupLock.acquire(h2).close();
        }
    }
}
