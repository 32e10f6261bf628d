package org.qiaoyun.kernel.persistence;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The platform's one connection pool. H2 in a file under the data directory by default (nothing to
 * install); PostgreSQL when a JDBC URL is configured. Every unit, the kernel's and each module's,
 * draws from this pool.
 */
public final class Database {

    private Database() {
    }

    /** The default embedded database: an H2 file under {@code dataDir}, kept across restarts. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("qiaoyun") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
    }

    public static HikariDataSource pool(String jdbcUrl, String user, String password, int maxConnections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("qiaoyun");
        config.setJdbcUrl(jdbcUrl);
        config.setDriverClassName(driverFor(jdbcUrl));
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(Math.min(2, maxConnections));
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /** Whether the pool talks to PostgreSQL: some migrations (row-level security, triggers) are PostgreSQL only. */
    public static boolean isPostgres(DataSource dataSource) {
        return dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    private static String driverFor(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.Driver";
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        throw new IllegalArgumentException("only PostgreSQL and H2 are supported, not " + jdbcUrl);
    }
}
