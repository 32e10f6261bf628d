package org.qiaoyun.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/**
 * An audit entry leaves the log only through the retention: past the period (at least 180 days) it is archived to a
 * file with its checksum and then removed by the database's function, which records the removal; younger entries
 * stay; a plain UPDATE, DELETE or TRUNCATE is refused by the database itself. Run on H2 and PostgreSQL.
 */
@ExtendWith(AsPlatform.class)
abstract class AuditRetentionTest {

    @TempDir
    Path temp;

    private Kernel kernel;
    private HikariDataSource direct;
    private final List<String> old = new ArrayList<>();
    private final List<String> young = new ArrayList<>();

    abstract String jdbcUrl();

    @BeforeEach
    void aLogWithEntriesOldAndYoung() throws Exception {
        String url = jdbcUrl();
        kernel = Kernel.start(KernelSettings.forTests(url, temp.resolve("no-modules")));
        direct = Database.pool(url, null, null, 2);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        old.add(entry("old-1", now.minusDays(400)));
        old.add(entry("old-2", now.minusDays(200)));
        old.add(entry("old-3", now.minusDays(181)));
        young.add(entry("young-1", now.minusDays(179)));
        young.add(entry("young-2", now.minusDays(1)));
    }

    @AfterEach
    void close() {
        direct.close();
        kernel.close();
    }

    @Test
    void entriesPastThePeriodAreArchivedThenRemovedAndYoungOnesKept() throws Exception {
        Path archives = temp.resolve("audit-archive");
        AuditRetention.Outcome outcome = kernel.auditRetention(180, archives).retire();

        assertThat(outcome.removed()).isEqualTo(3);
        assertThat(ids()).doesNotContainAnyElementsOf(old).containsAll(young);
        Path file = outcome.archive().orElseThrow();
        assertThat(file.getParent()).isEqualTo(archives);
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            in.lines().forEach(lines::add);
        }
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) { // oldest first, every field kept
            assertThat(lines.get(i)).startsWith("{\"id\":\"" + old.get(i) + "\",\"tenant\":\"cn\",\"at\":\"")
                    .contains("\"actor\":\"tester\"", "\"action\":\"test.thing\"", "\"summary\":\"about \\\"" + old.get(i) + "\\\"\\n\"");
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(outcome.sha256()).contains(sha256);
        assertThat(Files.readString(archives.resolve(file.getFileName() + ".sha256")))
                .isEqualTo(sha256 + "  " + file.getFileName() + "\n");
        try (Connection c = direct.getConnection(); Statement s = c.createStatement();
             ResultSet retire = s.executeQuery("select actor, object, summary, tenant_id from audit_entry where action = 'audit.retire'")) {
            assertThat(retire.next()).as("the removal is itself audited").isTrue();
            assertThat(retire.getString(1)).isEqualTo("system");
            assertThat(retire.getString(2)).isEqualTo(file.getFileName().toString());
            assertThat(org.qiaoyun.api.Text.fromStored(retire.getString(3)).orElseThrow().arguments()).contains("3", sha256);
            assertThat(retire.getString(4)).isEqualTo("cn");
        }
        assertThat(kernel.auditRetention(180, archives).lastRun()).isPresent();
    }

    @Test
    void aRunWithNothingPastThePeriodWritesNoFileButIsRecorded() throws Exception {
        Path archives = temp.resolve("audit-archive");
        kernel.auditRetention(180, archives).retire();
        AuditRetention.Outcome second = kernel.auditRetention(180, archives).retire();
        assertThat(second.removed()).isZero();
        assertThat(second.archive()).isEmpty();
        try (var files = Files.list(archives)) {
            assertThat(files.filter(f -> f.toString().endsWith(".gz")).count()).isEqualTo(1);
        }
        assertThat(count("select count(*) from audit_entry where action = 'audit.retire'")).isEqualTo(2);
    }

    @Test
    void aLongerPeriodKeepsMore() {
        AuditRetention.Outcome outcome = kernel.auditRetention(365, temp.resolve("a")).retire();
        assertThat(outcome.removed()).isEqualTo(1);
        assertThat(ids()).doesNotContain(old.get(0)).contains(old.get(1), old.get(2));
    }

    @Test
    void plainChangesToTheLogAreRefusedByTheDatabase() throws Exception {
        try (Connection c = direct.getConnection(); Statement s = c.createStatement()) {
            assertThat(catchThrowable(() -> s.execute("update audit_entry set actor = 'forged' where id = '" + young.get(0) + "'")))
                    .hasMessageContaining("append-only");
            assertThat(catchThrowable(() -> s.execute("delete from audit_entry where id = '" + young.get(0) + "'")))
                    .hasMessageContaining("append-only");
            assertThat(catchThrowable(() -> s.execute("delete from audit_entry where id = '" + old.get(0) + "'")))
                    .as("even past the period, not without the retention").hasMessageContaining("append-only");
            assertThat(catchThrowable(() -> s.execute("truncate table audit_entry"))).isNotNull();
        }
        assertThat(ids()).containsAll(old).containsAll(young);
    }

    @Test
    void aPeriodUnder180DaysIsRefused() throws Exception {
        assertThatThrownBy(() -> kernel.auditRetention(179, temp.resolve("a"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 180 days");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(catchThrowable(() -> retireDirectly(now.minusDays(200), 179, 2))).as("the database refuses it too")
                .hasMessageContaining("at least 180 days");
        assertThat(catchThrowable(() -> retireDirectly(now.minusDays(10), 180, 0)))
                .as("a bound inside the period").hasMessageContaining("younger than 180 days");
        assertThat(ids()).containsAll(old).containsAll(young);
    }

    @Test
    void theDatabaseRemovesNothingWhenMoreIsPastThePeriodThanWasArchived() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(catchThrowable(() -> retireDirectly(now.minusDays(180), 180, 1))).hasMessageContaining("were archived");
        assertThat(ids()).containsAll(old);
    }

    @Test
    void theDailyRunRunsOnceAcrossInstances() throws Exception {
        AuditRetention retention = kernel.auditRetention(180, temp.resolve("a"));
        AuditKeeper first = new AuditKeeper(kernel.leases(), retention, kernel.clock(), "instance-1");
        AuditKeeper second = new AuditKeeper(kernel.leases(), retention, kernel.clock(), "instance-2");
        try {
            assertThat(first.round()).as("the first instance takes the lease and runs").isTrue();
            assertThat(second.round()).as("the other finds the lease taken").isFalse();
            assertThat(first.round()).as("nor again the same day").isFalse();
            assertThat(count("select count(*) from audit_entry where action = 'audit.retire'")).isEqualTo(1);
            assertThat(ids()).doesNotContainAnyElementsOf(old);
        } finally {
            first.close();
            second.close();
        }
    }

    private void retireDirectly(OffsetDateTime upTo, int keepDays, int expected) throws Exception {
        try (Connection c = direct.getConnection(); PreparedStatement p = c.prepareStatement("select audit_entry_retire(?, ?, ?, ?, ?, ?, ?)")) {
            p.setObject(1, upTo);
            p.setInt(2, keepDays);
            p.setInt(3, expected);
            p.setString(4, "cn");
            p.setString(5, "intruder");
            p.setString(6, null);
            p.setString(7, null);
            p.executeQuery().close();
        }
    }

    private String entry(String id, OffsetDateTime at) throws Exception {
        try (Connection c = direct.getConnection(); PreparedStatement p = c.prepareStatement(
                "insert into audit_entry (id, tenant_id, at, actor, action, object, summary) values (?, 'cn', ?, 'tester', 'test.thing', 'x', ?)")) {
            p.setString(1, id);
            p.setObject(2, at);
            p.setString(3, "about \"" + id + "\"\n");
            p.executeUpdate();
        }
        return id;
    }

    private List<String> ids() {
        try (Connection c = direct.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select id from audit_entry")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = direct.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
