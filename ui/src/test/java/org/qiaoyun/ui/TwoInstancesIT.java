package org.qiaoyun.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a province running several instances relies on, tried on two real instances behind HAProxy against
 * one real PostgreSQL (see {@link Cluster}): both start together on an empty database; a module switched on
 * one is seen by the other; sign-ups through both never overfill a shift; a screen session stays on its
 * instance; both survive a PostgreSQL restart; a kill -9 of one loses no acknowledged write while the other
 * keeps serving. The last story kills an instance, so the stories run in order.
 *
 * <p>Needs Debian's {@code haproxy}: skipped without it, unless {@code QIAOYUN_REQUIRE_PROXY} is set (CI
 * sets it and installs the package).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String TAISHAN = "/api/v1/tenants/gd-jiangmen-taishan";
    private static final String VOLUNTEERS = TAISHAN + "/volunteers";
    private static final String DEMO_PASSWORD = PlatformIT.DEMO_PASSWORD;

    private static Cluster cluster;

    @BeforeAll
    static void start() throws Exception {
        if (!Cluster.proxyInstalled()) {
            if (System.getenv("QIAOYUN_REQUIRE_PROXY") != null) {
                Assertions.fail("QIAOYUN_REQUIRE_PROXY is set but haproxy is not installed (apt-get install haproxy)");
            }
            Assumptions.abort("no haproxy: install Debian's haproxy to run the two-instance tests");
        }
        cluster = Cluster.start(Path.of(System.getProperty("qiaoyun.cluster.dir", "target/two-instances")));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Api admin(PlatformNode node) {
        return new Api(node.base()).as("admin", PlatformIT.ADMIN_PASSWORD);
    }

    private static Api organiser(String base) {
        return new Api(base).as("taishan-organiser", DEMO_PASSWORD);
    }

    @Test
    @Order(1)
    void bothInstancesStartedTogetherOnAnEmptyDatabaseProvisionTheDemoFederationsOnce() {
        for (PlatformNode node : List.of(cluster.a, cluster.b)) {
            JsonObject taishan = admin(node).get(TAISHAN).json();
            assertThat(taishan.getString("nameZh")).isEqualTo("台山市侨联");
        }
        Api.Reply children = admin(cluster.a).get("/api/v1/tenants?parent=gd-jiangmen");
        assertThat(children.status()).isEqualTo(200);
        assertThat(children.body()).containsOnlyOnce("\"gd-jiangmen-taishan\"").containsOnlyOnce("\"gd-jiangmen-kaiping\"");
        assertThat(organiser(cluster.b.base()).get(VOLUNTEERS + "/activities?size=1").status())
                .as("the demo account made by whichever instance provisioned signs in on the other").isEqualTo(200);
    }

    @Test
    @Order(2)
    void aModuleSwitchedOnOneInstanceIsSeenByTheNextRequestOnTheOther() {
        Api organiserOnB = organiser(cluster.b.base());
        assertThat(organiserOnB.get(VOLUNTEERS + "/activities?size=1").status()).isEqualTo(200);
        try {
            assertThat(admin(cluster.a).put(TAISHAN + "/modules/volunteers", "{\"enabled\":false}").status()).isEqualTo(200);
            assertThat(organiserOnB.get(VOLUNTEERS + "/activities?size=1").isProblem(404)).as("switched off on a").isTrue();
        } finally {
            admin(cluster.a).put(TAISHAN + "/modules/volunteers", "{\"enabled\":true}");
        }
        assertThat(organiserOnB.get(VOLUNTEERS + "/activities?size=1").status()).as("switched on again on a").isEqualTo(200);

        String token = new Api(cluster.a.base()).post("/api/v1/tokens", """
                {"username":"taishan-organiser","password":"%s"}""".formatted(DEMO_PASSWORD)).json().getString("token");
        assertThat(new Api(cluster.b.base()).bearer(token).get(VOLUNTEERS + "/activities?size=1").status())
                .as("a token made by a serves on b").isEqualTo(200);
    }

    @Test
    @Order(3)
    void signUpsSentThroughBothInstancesAtOnceNeverOverfillAShift() throws Exception {
        Api onA = organiser(cluster.a.base());
        Api onB = organiser(cluster.b.base());
        String activity = created(onA.post(VOLUNTEERS + "/activities", """
                {"title":"春节联谊会","place":"台城"}"""));
        Instant start = Instant.now().plus(Duration.ofDays(2));
        String shift = created(onA.post(VOLUNTEERS + "/activities/" + activity + "/shifts", """
                {"startsAt":"%s","endsAt":"%s","capacity":3}""".formatted(start, start.plus(Duration.ofHours(3)))));
        // ten volunteers, each with the platform account a volunteer needs, made on b and registered on a
        Api adminOnB = admin(cluster.b);
        List<String> volunteers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String username = "cluster-volunteer-" + i;
            assertThat(adminOnB.post(TAISHAN + "/users", """
                    {"username":"%s","password":"a-long-cluster-password-%d","roles":["volunteer"]}""".formatted(username, i))
                    .status()).isEqualTo(201);
            String id = created(onA.post(VOLUNTEERS + "/volunteers", """
                    {"username":"%s","name":"志愿者%d"}""".formatted(username, i)));
            if ("pending".equals(onA.get(VOLUNTEERS + "/volunteers/" + id).json().getString("status"))) {
                onA.post(VOLUNTEERS + "/volunteers/" + id + "/approve", "{}");
            }
            volunteers.add(id);
        }

        ExecutorService pool = Executors.newFixedThreadPool(volunteers.size());
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < volunteers.size(); i++) {
            Api through = i % 2 == 0 ? onA : onB;
            String volunteer = volunteers.get(i);
            replies.add(pool.submit(() -> {
                gate.await();
                return through.post(VOLUNTEERS + "/shifts/" + shift + "/sign-ups", "{\"volunteerId\":\"" + volunteer + "\"}");
            }));
        }
        gate.countDown();
        List<String> statuses = new ArrayList<>();
        Set<Integer> placesInLine = new HashSet<>();
        for (Future<Api.Reply> reply : replies) {
            Api.Reply signUp = reply.get();
            assertThat(signUp.status()).as(signUp.body()).isEqualTo(201);
            statuses.add(signUp.json().getString("status"));
            if (signUp.json().containsKey("placeInLine") && !signUp.json().isNull("placeInLine")) {
                placesInLine.add(signUp.json().getInt("placeInLine"));
            }
        }
        pool.shutdown();
        assertThat(statuses).filteredOn("confirmed"::equals).as("three places, three confirmed").hasSize(3);
        assertThat(statuses).filteredOn("waiting"::equals).hasSize(7);
        assertThat(placesInLine).as("each waits at a place of their own").containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        assertThat(onB.get(VOLUNTEERS + "/shifts/" + shift).json().getInt("placesTaken")).isEqualTo(3);
    }

    @Test
    @Order(4)
    void aScreenSessionStaysOnItsInstanceBehindTheProxy() {
        HttpClient browser = browser();
        ScreenAnswer previous = openScreen(browser);
        for (int i = 0; i < 12; i++) {
            ScreenAnswer next = openScreen(browser);
            assertThat(next.instance()).as("request %d", i).isEqualTo(previous.instance());
            // a session numbers its UIs 0, 1, 2...: a session made anew elsewhere would start again at 0
            assertThat(next.ui()).as("the next UI of the same session").isEqualTo(previous.ui() + 1);
            previous = next;
        }

        // without the proxy's cookie, the next browser may land anywhere: both instances serve screens
        Set<String> instances = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            instances.add(openScreen(browser()).instance());
        }
        assertThat(instances).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @Order(5)
    void bothInstancesSurviveAPostgresRestartMidTrafficWithoutBeingRestarted() throws Exception {
        long pidA = cluster.a.pid();
        long pidB = cluster.b.pid();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        Thread traffic = new Thread(() -> {
            Api api = organiser(cluster.proxyBase());
            while (running.get()) {
                try {
                    if (api.get(VOLUNTEERS + "/activities?size=5").status() == 200) {
                        served.incrementAndGet();
                    }
                } catch (UncheckedIOException e) {
                    // during the outage a request may fail; what matters is what comes after
                }
            }
        });
        traffic.start();
        PlatformNode.pause(Duration.ofSeconds(2));
        cluster.restartDatabase(Duration.ofSeconds(3), () -> assertThat(cluster.databaseAnswers()).as("the database is down").isFalse());
        try {
            for (PlatformNode node : List.of(cluster.a, cluster.b)) {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
                int status = 0;
                while (Instant.now().isBefore(deadline) && status != 201) {
                    status = organiser(node.base()).post(VOLUNTEERS + "/activities", """
                            {"title":"中秋联谊会","place":"台城"}""").status();
                    if (status != 201) {
                        PlatformNode.pause(Duration.ofSeconds(1));
                    }
                }
                assertThat(status).as("instance %s writes again after the restart", node.name).isEqualTo(201);
            }
        } finally {
            running.set(false);
            traffic.join();
        }
        assertThat(cluster.a.pid()).isEqualTo(pidA);
        assertThat(cluster.b.pid()).isEqualTo(pidB);
        assertThat(cluster.a.alive() && cluster.b.alive()).as("neither was restarted").isTrue();
        int before = served.get();
        assertThat(organiser(cluster.proxyBase()).get(VOLUNTEERS + "/activities?size=5").status()).isEqualTo(200);
        assertThat(before).as("reads went on around the outage").isPositive();
    }

    @Test
    @Order(6)
    void killingOneInstanceMidStreamLosesNoAcknowledgedWriteAndTheOtherKeepsServing() throws Exception {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger acknowledgedAfterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                Api api = organiser(cluster.proxyBase());
                for (int n = 0; running.get(); n++) {
                    try {
                        Api.Reply made = api.post(VOLUNTEERS + "/activities", """
                                {"title":"寻根之旅 %d-%d","place":"台城"}""".formatted(writer, n));
                        if (made.status() == 201) {
                            acknowledged.add(made.json().getString("id"));
                            if (killed.get()) {
                                acknowledgedAfterKill.incrementAndGet();
                            }
                        }
                    } catch (UncheckedIOException e) {
                        // not acknowledged: the client may not count it as written
                    }
                }
            });
            writers.add(thread);
            thread.start();
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (acknowledged.size() < 30 && Instant.now().isBefore(until)) {
            PlatformNode.pause(Duration.ofMillis(100));
        }
        cluster.a.kill();
        killed.set(true);
        PlatformNode.pause(Duration.ofSeconds(6));
        running.set(false);
        for (Thread thread : writers) {
            thread.join();
        }

        assertThat(acknowledgedAfterKill.get()).as("b kept taking writes through the proxy").isPositive();
        Api onB = organiser(cluster.b.base());
        List<String> lost = acknowledged.stream().filter(id -> onB.get(VOLUNTEERS + "/activities/" + id).status() != 200).toList();
        assertThat(lost).as("of %d acknowledged writes", acknowledged.size()).isEmpty();
        assertThat(organiser(cluster.proxyBase()).get(VOLUNTEERS + "/activities?size=1").status()).isEqualTo(200);
    }

    private static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getString("id");
    }

    private record ScreenAnswer(String instance, int ui) {
    }

    /** A browser's HTTP: its own cookies, HTTP/1.1 as browsers speak it over plain http. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
    }

    /** Starts a UI for the home screen, as the browser's client engine does, through the proxy. */
    private ScreenAnswer openScreen(HttpClient browser) {
        try {
            HttpResponse<String> init = browser.send(HttpRequest.newBuilder(
                    URI.create(cluster.proxyBase() + "/?v-r=init&query=&location="))
                    .header("Authorization", Api.basic("taishan-organiser", DEMO_PASSWORD)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(init.statusCode()).isEqualTo(200);
            JsonObject app = Json.createReader(new StringReader(init.body())).readObject().getJsonObject("appConfig");
            return new ScreenAnswer(init.headers().firstValue("X-Qiaoyun-Instance").orElseThrow(),
                    app.getInt("v-uiId"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
