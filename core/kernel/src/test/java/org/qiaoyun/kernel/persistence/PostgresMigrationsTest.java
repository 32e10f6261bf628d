package org.qiaoyun.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/**
 * Production runs on PostgreSQL with the same changelogs as the embedded H2: the whole set (kernel and
 * modules) runs on an empty database, and running it again is a no-op.
 */
class PostgresMigrationsTest {

    @Test
    void allChangelogsRunFromEmptyAndAgainAsANoOp() throws Exception {
        String url = TestDatabases.postgres();
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        try (Kernel first = Kernel.start(KernelSettings.forTests(url, plugins))) {
            assertThat(first.modules().find("greeting").orElseThrow().isStarted()).isTrue();
        }
        int afterFirst = changesets(url);
        try (Kernel second = Kernel.start(KernelSettings.forTests(url, plugins))) {
            assertThat(second.tenants().count(null)).isEqualTo(1);
        }
        assertThat(changesets(url)).as("a second start runs nothing new").isEqualTo(afterFirst);
        assertThat(afterFirst).isGreaterThanOrEqualTo(7);
        try (HikariDataSource pool = Database.pool(url, null, null, 1); Connection c = pool.getConnection();
             Statement s = c.createStatement()) {
            // the audit trigger exists on PostgreSQL: the log cannot be rewritten
            s.execute("insert into audit_entry (id, tenant_id, at, actor, action) values ('x', 'cn', now(), 'test', 'test')");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> s.execute("update audit_entry set actor = 'forged'")))
                    .hasMessageContaining("append-only");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> s.execute("delete from audit_entry")))
                    .hasMessageContaining("append-only");
        }
    }

    private static int changesets(String url) throws Exception {
        try (HikariDataSource pool = Database.pool(url, null, null, 1); Connection c = pool.getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from databasechangelog")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
