package org.qiaoyun.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Prints what signing in costs and what an idle signed-in screen session weighs, on a real Payara
 * Micro with the production password hashing (PBKDF2, 210,000 iterations):
 * <ul>
 * <li>the round trip of an API call with HTTP Basic credentials (a full password check every call);</li>
 * <li>the round trip of opening the home screen as a signed-in user (Vaadin init and navigation);</li>
 * <li>the heap used per idle signed-in Vaadin session: heap after a full GC with N sessions open,
 *     minus the heap before, divided by N (read with jcmd from the server's JVM).</li>
 * </ul>
 */
public final class SessionBenchmark {

    private static final String USER = "taishan-caseworker";
    private static final String PASSWORD = "qiaoyun-demo-2026";

    public static void main(String[] args) throws Exception {
        int sessions = Integer.parseInt(args[0]);
        Path war = Path.of(args[1]);
        Path micro = Path.of(args[2]);
        Path data = Files.createTempDirectory("qiaoyun-bench-sessions");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", micro.toString(), "--deploy", war.toString(),
                "--contextroot", "/", "--port", "18081", "--nocluster")
                .redirectErrorStream(true).redirectOutput(data.resolve("payara.log").toFile());
        builder.environment().put("QIAOYUN_DATA_DIR", data.toString());
        builder.environment().put("QIAOYUN_PLUGINS_DIR", data.resolve("no-modules").toString());
        builder.environment().put("QIAOYUN_DEMO", "true");
        String base = "http://localhost:18081";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        if (status(http, base + "/health/ready") != -1) {
            // a server left over from an interrupted run would be measured in place of this one
            throw new IllegalStateException("something answers at " + base + " already: stop it first");
        }
        Process server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy)); // not left running after Ctrl-C
        try {
            while (status(http, base + "/health/ready") != 200) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited; see " + data.resolve("payara.log"));
                }
                Thread.sleep(200);
            }
            for (int i = 0; i < 5; i++) { // warm-up
                apiCall(http, base);
                openHome(base);
            }
            List<Long> api = new ArrayList<>();
            List<Long> screen = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                apiCall(http, base);
                api.add(System.nanoTime() - start);
                start = System.nanoTime();
                openHome(base);
                screen.add(System.nanoTime() - start);
            }
            System.out.printf(Locale.ROOT, "API call with HTTP Basic sign-in: median %.0f ms, p90 %.0f ms%n", ms(api, 50), ms(api, 90));
            System.out.printf(Locale.ROOT, "open the home screen signed in (init + navigation): median %.0f ms, p90 %.0f ms%n",
                    ms(screen, 50), ms(screen, 90));

            long before = heapAfterGc(server.pid());
            List<HttpClient> open = new ArrayList<>(); // keeps every session's cookie alive
            for (int i = 0; i < sessions; i++) {
                open.add(openHome(base));
            }
            long after = heapAfterGc(server.pid());
            System.out.printf(Locale.ROOT, "heap per idle signed-in screen session: %.0f KB (%d sessions, heap %d MB -> %d MB)%n",
                    (after - before) / 1024.0 / sessions, sessions, before >> 20, after >> 20);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void apiCall(HttpClient http, String base) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/modules"))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("API answered " + response.statusCode());
        }
    }

    /** Opens the home screen in a new session (its own cookies) as the browser's client engine would. */
    private static HttpClient openHome(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&query=&location="))
                .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonObject app = Json.createReader(new StringReader(init)).readObject().getJsonObject("appConfig");
        JsonObject uidl = app.getJsonObject("uidl");
        String navigate = Json.createObjectBuilder()
                .add("csrfToken", uidl.getString("Vaadin-Security-Key"))
                .add("rpc", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "event").add("node", 1)
                        .add("event", "ui-navigate").add("data", Json.createObjectBuilder().add("route", "").add("query", "")
                                .add("appShellTitle", "").add("trigger", "")
                                .add("historyState", Json.createObjectBuilder().add("idx", 0).add("href", base + "/")))))
                .add("syncId", uidl.getInt("syncId")).add("clientId", uidl.getInt("clientId")).build().toString();
        String rendered = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + app.getInt("v-uiId")))
                        .header("Content-Type", "application/json; charset=UTF-8").header("Authorization", basic())
                        .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        if (!rendered.contains("home-view")) {
            throw new IllegalStateException("the home screen did not open: " + rendered.substring(0, Math.min(300, rendered.length())));
        }
        return http;
    }

    /** Heap used in the server after a full collection, read with jcmd. */
    private static long heapAfterGc(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "GC.run");
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("cannot read heap use from: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static int status(HttpClient http, String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static double ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

    private SessionBenchmark() {
    }
}
