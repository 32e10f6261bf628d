package org.qiaoyun.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * Prints the kernel's figures: tenants provisioned per second (service on H2 and PostgreSQL, REST on
 * Payara Micro), seconds from start to readiness, and whether a module switch is seen by the next
 * request. Figures, not pass/fail: the aims are in the kernel issue and the README.
 */
public final class PlatformBenchmark {

    static final String DEMO_PASSWORD = "qiaoyun-demo-2026";

    public static void main(String[] args) throws Exception {
        int tenants = Integer.parseInt(args[0]);
        Path plugins = Path.of(args[1]);
        Path war = Path.of(args[2]);
        Path micro = Path.of(args[3]);
        quietLogs();
        Caller.bindSystem(); // the kernel's services check their caller; this tool acts as the platform

        Path h2 = Files.createTempDirectory("qiaoyun-bench-h2");
        report("service, H2", tenants, provisionThroughService(Database.embeddedUrl(h2), plugins, tenants));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database bench");
            }
            report("service, PostgreSQL", tenants, provisionThroughService(postgres.getJdbcUrl("postgres", "bench"), plugins, tenants));
        }
        new ServerBenchmark(war, micro, plugins).run(tenants);
    }

    /** Seconds to provision {@code count} counties below one city through the kernel's service. */
    static double provisionThroughService(String url, Path plugins, int count) {
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, plugins))) {
            kernel.provisioning().provision(new ProvisioningRequest("bench", "cn", "province", "基准省", "Bench", null));
            kernel.provisioning().provision(new ProvisioningRequest("bench-city", "bench", "city", "基准市", "Bench City", null));
            // warm-up: the first inserts pay for class loading and statement preparation
            for (int i = 0; i < 50; i++) {
                kernel.provisioning().provision(new ProvisioningRequest("warm-" + i, "bench-city", "county", "预热" + i, "Warm " + i, null));
            }
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                kernel.provisioning().provision(new ProvisioningRequest("county-" + i, "bench-city", "county",
                        "县级侨联" + i, "County " + i, null));
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    static void report(String how, int count, double seconds) {
        System.out.printf(Locale.ROOT, "provisioning (%s): %d tenants in %.2f s = %.0f tenants/s%n",
                how, count, seconds, count / seconds);
    }

    private static void quietLogs() {
        java.util.logging.LogManager.getLogManager().reset();
    }

    /** The platform as deployed: Payara Micro with the WAR, driven over HTTP. */
    static final class ServerBenchmark {

        private final Path war;
        private final Path micro;
        private final Path plugins;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final String base = "http://localhost:18080";
        private String authorization;

        ServerBenchmark(Path war, Path micro, Path plugins) {
            this.war = war;
            this.micro = micro;
            this.plugins = plugins;
        }

        void run(int tenants) throws Exception {
            Path data = Files.createTempDirectory("qiaoyun-bench-server");
            // started as run.sh starts it: its JVM options and request threads (bench/run.sh passes both on), its
            // pre-boot commands (the session cookie's SameSite, no server banner)
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("java"));
            command.addAll(javaOptions());
            String threads = System.getenv().getOrDefault("QIAOYUN_HTTP_THREADS", "8");
            command.addAll(java.util.List.of("-jar", micro.toString(), "--deploy", war.toString(),
                    "--contextroot", "/", "--port", "18080", "--nocluster", "--maxHttpThreads", threads,
                    "--prebootcommandfile", Path.of("ui/src/main/payara/pre-boot.asadmin").toAbsolutePath().toString()));
            System.out.println("request threads: " + threads + " (run.sh's choice on this machine: four per core, 8 to 64)");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(data.resolve("payara.log").toFile());
            builder.environment().put("QIAOYUN_DATA_DIR", data.toString());
            builder.environment().put("QIAOYUN_PLUGINS_DIR", plugins.toAbsolutePath().toString());
            builder.environment().put("QIAOYUN_DEMO", "true");
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            builder.environment().put("QIAOYUN_COUNT_TRANSACTIONS", "true"); // answers name their transactions
            builder.environment().put("QIAOYUN_ADMIN_PASSWORD", "bench-platform-admin-2026");
            if (status("GET", "/health/ready", null) != -1) {
                // a server left over from an interrupted run would be measured in place of this one
                throw new IllegalStateException("something answers at " + base + " already: stop it first");
            }
            long start = System.nanoTime();
            Process server = builder.start();
            Thread stopServer = new Thread(server::destroy); // the server does not outlive a benchmark stopped with Ctrl-C
            Runtime.getRuntime().addShutdownHook(stopServer);
            try {
                while (status("GET", "/health/ready", null) != 200) {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("Payara Micro exited; see " + data.resolve("payara.log"));
                    }
                    Thread.sleep(100);
                }
                System.out.printf(Locale.ROOT, "start to /health/ready: %.1f s%n", (System.nanoTime() - start) / 1e9);
                System.out.println("resident memory after start: " + resident(server) + " (goal: at most 600 MB)");
                authorization = "Bearer " + token("gd-admin", DEMO_PASSWORD);
                provisionOverRest(tenants);
                String viewer = token("taishan-viewer", DEMO_PASSWORD);
                switchIsSeenByTheNextRequest("Bearer " + viewer);
                new ApiLoad(base).run(viewer, status("PUT",
                        "/api/v1/tenants/gd-jiangmen-taishan/modules/greeting", "{\"enabled\":true}"));
                System.out.println("resident memory after the load: " + resident(server) + " (goal: at most 600 MB)");
            } finally {
                server.destroy();
                server.waitFor();
                Runtime.getRuntime().removeShutdownHook(stopServer);
            }
        }

        /** The JVM options of run.sh, as bench/run.sh hands them over ({@code QIAOYUN_JAVA_OPTS}); none without. */
        private static java.util.List<String> javaOptions() {
            String options = System.getenv().getOrDefault("QIAOYUN_JAVA_OPTS", "").strip();
            return options.isEmpty() ? java.util.List.of() : java.util.List.of(options.split("\\s+"));
        }

        /** The server's resident set (VmRSS in /proc; Linux), in MB. */
        private static String resident(Process server) throws IOException {
            Path status = Path.of("/proc", Long.toString(server.pid()), "status");
            if (!Files.exists(status)) {
                return "unknown (no /proc)";
            }
            return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 + " MB").findFirst().orElse("unknown");
        }

        private void provisionOverRest(int count) throws Exception {
            status("POST", "/api/v1/tenants", "{\"code\":\"bench-rest\",\"parent\":\"gd\",\"level\":\"city\",\"nameZh\":\"基准\",\"nameEn\":\"Bench\"}");
            for (int i = 0; i < 50; i++) {
                status("POST", "/api/v1/tenants", county("warm-rest-" + i));
            }
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                int status = status("POST", "/api/v1/tenants", county("rest-" + i));
                if (status != 201) {
                    throw new IllegalStateException("provisioning over REST answered " + status);
                }
            }
            report("REST, one client, H2", count, (System.nanoTime() - start) / 1e9);
        }

        private static String county(String code) {
            return "{\"code\":\"" + code + "\",\"parent\":\"bench-rest\",\"level\":\"county\",\"nameZh\":\"县\",\"nameEn\":\"County\"}";
        }

        /** The province's admin switches the county's module; a user of the county reads it (module data is read at home). */
        private void switchIsSeenByTheNextRequest(String countyUser) throws Exception {
            String module = "/api/v1/tenants/gd-jiangmen-taishan/greeting";
            int trials = 20;
            int seen = 0;
            for (int i = 0; i < trials; i++) {
                status("PUT", "/api/v1/tenants/gd-jiangmen-taishan/modules/greeting", "{\"enabled\":true}");
                boolean on = statusAs(countyUser, "GET", module) == 200;
                status("PUT", "/api/v1/tenants/gd-jiangmen-taishan/modules/greeting", "{\"enabled\":false}");
                boolean off = statusAs(countyUser, "GET", module) == 404;
                if (on && off) {
                    seen++;
                }
            }
            System.out.printf(Locale.ROOT, "module switch seen by the very next request: %d of %d on/off pairs%n", seen, trials);
        }

        /** A bearer token for a demo account, as scripts get one. */
        private String token(String username, String password) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                    .build();
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            if (!token.find()) {
                throw new IllegalStateException("no token for " + username + ": " + body);
            }
            return token.group(1);
        }

        private int statusAs(String credentials, String method, String path) throws InterruptedException {
            String own = authorization;
            authorization = credentials;
            try {
                return status(method, path, null);
            } finally {
                authorization = own;
            }
        }

        private int status(String method, String path, String json) throws InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                return -1; // not listening yet
            }
        }
    }
}
