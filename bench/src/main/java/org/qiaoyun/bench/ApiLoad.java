package org.qiaoyun.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the running platform over loopback with {@code wrk} (Debian's package), 40 connections: the
 * requests per second and the 99th percentile of {@code /health/ready} (no sign-in, no database), of a
 * module read with a bearer token, and of the same read with HTTP Basic (a credential verified a moment ago,
 * not hashed again). Prints the figures and the token's share of the health figure; asserts nothing.
 */
final class ApiLoad {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

    private final String base;

    ApiLoad(String base) {
        this.base = base;
    }

    record Figures(double perSecond, double p99Millis, long errors) {
    }

    void run(String viewerToken, int switched) throws Exception {
        if (switched != 200) {
            throw new IllegalStateException("the greeting module could not be switched on in 台山: " + switched);
        }
        String read = base + "/api/v1/tenants/gd-jiangmen-taishan/greeting";
        System.out.printf(Locale.ROOT, "transactions per request (Qiaoyun-Transactions, sign-in's own lookup not counted):"
                + " module read %s, module write %s%n", transactions("GET", read, viewerToken, null),
                transactions("POST", read, viewerToken, "{\"text\":\"基准问候\"}"));
        if (!available()) {
            System.out.println("API load: skipped, wrk is not installed (apt-get install wrk)");
            return;
        }
        // warm-up: the compiler's work on these paths is done before anything is measured (with 5 s each the
        // first measurement still paid for it, and its 99th percentile with it)
        wrk(base + "/health/ready", null, 15);
        wrk(read, "Bearer " + viewerToken, 15);
        Figures health = wrk(base + "/health/ready", null, 15);
        Figures bearer = wrk(read, "Bearer " + viewerToken, 15);
        Figures basic = wrk(read, "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("taishan-viewer:" + PlatformBenchmark.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)), 15);
        print("GET /health/ready", health);
        print("module read, bearer token", bearer);
        print("module read, HTTP Basic (verified credential remembered)", basic);
        System.out.printf(Locale.ROOT, "bearer token / health: %.2f (goal: at least 0.50, p99 under 100 ms): %s%n",
                bearer.perSecond() / health.perSecond(),
                bearer.perSecond() >= health.perSecond() / 2 && bearer.p99Millis() < 100 ? "met" : "not met");
    }

    /** The transactions the platform counted for one request (it names them when QIAOYUN_COUNT_TRANSACTIONS is set). */
    private static String transactions(String method, String url, String token, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return answer.headers().firstValue("Qiaoyun-Transactions").orElse("?") + " (HTTP " + answer.statusCode() + ")";
    }

    private static void print(String what, Figures f) {
        System.out.printf(Locale.ROOT, "API load (%s), 40 connections: %.0f requests/s, p99 %.1f ms, %d not 2xx%n",
                what, f.perSecond(), f.p99Millis(), f.errors());
    }

    private static boolean available() throws InterruptedException {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Figures wrk(String url, String authorization, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c40", "-d" + seconds + "s", "--latency"));
        if (authorization != null) {
            command.addAll(List.of("-H", "Authorization: " + authorization));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher rate = RATE.matcher(out);
        Matcher p99 = P99.matcher(out);
        if (!rate.find() || !p99.find()) {
            throw new IllegalStateException("wrk printed no figures:\n" + out);
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        Matcher errors = ERRORS.matcher(out);
        return new Figures(Double.parseDouble(rate.group(1)), millis, errors.find() ? Long.parseLong(errors.group(1)) : 0);
    }
}
