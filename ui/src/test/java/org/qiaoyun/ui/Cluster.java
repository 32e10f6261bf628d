package org.qiaoyun.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two platform instances behind HAProxy against one real PostgreSQL, on loopback: the installation
 * docker/compose.yaml describes, made of the same parts (the WAR on Payara Micro, the proxy's own
 * configuration file, a PostgreSQL server with the platform's ordinary role).
 */
final class Cluster implements AutoCloseable {

    static final String DATABASE_PASSWORD = "cluster-test";
    /** Both instances must open what the other sealed (second-factor secrets): one key for both (tests only). */
    private static final String SECRETS_KEY = "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM=";

    private final Path work;
    private final int databasePort;
    private EmbeddedPostgres database;
    final PlatformNode a;
    final PlatformNode b;
    private final Process proxy;
    final int proxyPort;

    private Cluster(Path work, int databasePort, EmbeddedPostgres database, PlatformNode a, PlatformNode b,
            Process proxy, int proxyPort) {
        this.work = work;
        this.databasePort = databasePort;
        this.database = database;
        this.a = a;
        this.b = b;
        this.proxy = proxy;
        this.proxyPort = proxyPort;
    }

    /** Starts the database, then both instances at once on the empty database, then the proxy. */
    static Cluster start(Path work) throws IOException, SQLException {
        clean(work);
        Files.createDirectories(work);
        int databasePort = PlatformNode.freePort();
        EmbeddedPostgres database = startDatabase(work, databasePort);
        try (Connection c = database.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // as docker/postgres/01-qiaoyun-role.sh makes it: an ordinary role, so that row-level security holds
            s.execute("CREATE ROLE qiaoyun LOGIN PASSWORD '" + DATABASE_PASSWORD + "' NOSUPERUSER NOBYPASSRLS");
            s.execute("CREATE DATABASE qiaoyun OWNER qiaoyun ENCODING 'UTF8'");
        }
        Map<String, String> environment = Map.of(
                "QIAOYUN_DB_URL", "jdbc:postgresql://localhost:" + databasePort + "/qiaoyun",
                "QIAOYUN_DB_USER", "qiaoyun",
                "QIAOYUN_DB_PASSWORD", DATABASE_PASSWORD,
                "QIAOYUN_SECRETS_KEY", SECRETS_KEY,
                "QIAOYUN_TRUSTED_PROXIES", "127.0.0.1",
                "QIAOYUN_DEMO", "true");
        PlatformNode a = PlatformNode.launch("a", work, environment);
        PlatformNode b = PlatformNode.launch("b", work, environment);
        a = ready(a, work, environment);
        b = ready(b, work, environment);

        int proxyPort = PlatformNode.freePort();
        ProcessBuilder haproxy = new ProcessBuilder("haproxy", "-db", "-f",
                Path.of("../docker/haproxy/haproxy.cfg").toAbsolutePath().normalize().toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("haproxy.log").toFile());
        haproxy.environment().put("PROXY_BIND", "127.0.0.1:" + proxyPort);
        haproxy.environment().put("INSTANCE_A", "127.0.0.1:" + a.port);
        haproxy.environment().put("INSTANCE_B", "127.0.0.1:" + b.port);
        Cluster cluster = new Cluster(work, databasePort, database, a, b, haproxy.start(), proxyPort);
        cluster.awaitProxy();
        return cluster;
    }

    String proxyBase() {
        return "http://localhost:" + proxyPort;
    }

    /**
     * Stops PostgreSQL (fast shutdown: open connections are cut), waits, checks {@code whileDown}, and
     * starts it again on its data.
     */
    void restartDatabase(Duration down, Runnable whileDown) throws IOException {
        database.close();
        PlatformNode.pause(down);
        whileDown.run();
        database = startDatabase(work, databasePort);
    }

    /** Whether PostgreSQL takes connections on its port. */
    boolean databaseAnswers() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("localhost", databasePort), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code haproxy} is on the path (Debian's package). */
    static boolean proxyInstalled() {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "haproxy")))
                || Files.isExecutable(Path.of("/usr/sbin/haproxy"));
    }

    @Override
    public void close() {
        proxy.destroy();
        a.stop();
        b.stop();
        try {
            database.close();
        } catch (IOException ignored) {
            // the test is over; the next run cleans the directory
        }
    }

    private void awaitProxy() {
        // both instances are ready; the proxy takes them in after two good checks each
        for (int i = 0; i < 60; i++) {
            if (!proxy.isAlive()) {
                throw new IllegalStateException("HAProxy stopped; see " + work.resolve("haproxy.log"));
            }
            try {
                if (new Api(proxyBase()).get("/health/ready").status() == 200) {
                    PlatformNode.pause(Duration.ofSeconds(2));
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // try again
            }
            PlatformNode.pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("HAProxy does not answer; see " + work.resolve("haproxy.log"));
    }

    private static EmbeddedPostgres startDatabase(Path work, int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(false).setServerConfig("max_connections", "100").start();
    }

    private static void clean(Path work) throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The node once ready; started once more when Payara's own boot failed (a race of Payara's, not the platform's). */
    private static PlatformNode ready(PlatformNode node, Path work, Map<String, String> environment) {
        try {
            node.awaitReady(Duration.ofMinutes(5));
            return node;
        } catch (PlatformNode.BootFailed failed) {
            node.kill();
            PlatformNode again = PlatformNode.launch(node.name, work, environment);
            again.awaitReady(Duration.ofMinutes(5));
            return again;
        }
    }
}
