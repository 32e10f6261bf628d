package org.qiaoyun.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * One instance at a time through the start-up: migrations (the kernel's and every module's), the first
 * provisioning and the platform admin's account. Several instances started together against one empty
 * PostgreSQL otherwise race: Liquibase's own lock table is made by whichever comes first, and the other
 * fails on "relation databasechangelog already exists"; two first provisionings would both make the
 * root. The lock is a PostgreSQL session-level advisory lock held on a connection of its own; an instance
 * that dies while holding it releases it with its connection. The embedded H2 database serves one
 * instance only and needs no lock.
 */
public final class StartupLock implements AutoCloseable {

    /** The advisory lock's key: "Qiaoyun\0" in ASCII, unlikely to meet another application's. */
    static final long KEY = 0x5169616f79756e00L;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other instance is starting, then holds the lock until {@link #close}. */
    public static StartupLock acquire(DataSource dataSource) {
        if (!Database.isPostgres(dataSource)) {
            return new StartupLock(null);
        }
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new StartupLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock in PostgreSQL", e);
        }
    }

    /** Lets the next instance start. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (Connection held = connection; Statement statement = held.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // the connection closes anyway, and with it the session that held the lock
        }
    }
}
