package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * A federation's staff group in WeChat Work, against a local HTTP server standing in for the robot's
 * {@code qyapi.weixin.qq.com/cgi-bin/webhook/send}: only a robot's https webhook is taken, kept sealed and shown
 * masked; what a module tells the staff goes out once as markdown; an errcode other than 0 is a failed attempt that
 * is tried again.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class StaffGroupTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";
    private static final String WEBHOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private HttpServer robot;
    private Kernel kernel;
    private MovableClock clock;

    @BeforeEach
    void start() throws IOException {
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/cgi-bin/webhook/send", exchange -> {
            received.add(exchange.getRequestURI().getQuery() + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        robot.start();
        clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), plugins), clock);
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.switchboard().switchModule(TAISHAN, "greeting", true);
    }

    @AfterEach
    void stop() {
        kernel.close();
        robot.stop(0);
    }

    /** A sender whose robot channel posts to the stand-in, with the stored webhook's key. */
    private Sender sender() {
        return new Sender(kernel.store(), clock, List.of(new RobotChannel(tenant -> kernel.staffGroups().webhook(tenant)
                .map(webhook -> URI.create("http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + webhook.key())))),
                true);
    }

    private List<Message> toTheGroup() {
        return kernel.store().transaction(em -> em.createQuery("select m from Message m where m.channel = :group", Message.class)
                .setParameter("group", Message.STAFF_GROUP).getResultList());
    }

    @Test
    void onlyARobotsHttpsWebhookIsTakenAndItsKeyIsNeverShownBack() {
        for (String wrong : List.of("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc", "https://example.com/cgi-bin/webhook/send?key=693axxx6-7aoc",
                "https://qyapi.weixin.qq.com.example.com/cgi-bin/webhook/send?key=693axxx6-7aoc", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send",
                "https://qyapi.weixin.qq.com/other?key=693axxx6-7aoc", "not a url")) {
            assertThatThrownBy(() -> kernel.staffGroups().set(TAISHAN, wrong)).as(wrong).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("webhook"));
        }
        assertThat(kernel.staffGroups().masked(TAISHAN)).isEmpty();

        RobotWebhook set = kernel.staffGroups().set(TAISHAN, WEBHOOK);
        assertThat(set.masked()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa");
        assertThat(kernel.staffGroups().masked(TAISHAN)).contains(set.masked());
        assertThat(String.valueOf(set)).doesNotContain("693axxx6");
        String stored = kernel.store().transaction(em -> (String) em.createNativeQuery("select webhook from notify_staff_group where tenant_id = ?")
                .setParameter(1, TAISHAN).getSingleResult());
        assertThat(stored).as("sealed at rest").startsWith("sealed:").doesNotContain("693axxx6");
        assertThat(kernel.staffGroups().webhook(TAISHAN)).map(RobotWebhook::uri).contains(URI.create(WEBHOOK));
    }

    @Test
    void whatAModuleTellsTheStaffGoesOutOnceAsMarkdownAndOnlyWhereAGroupIsSet() {
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tellStaff("greeting.visitors", 12);
        assertThat(toTheGroup()).as("no group: nothing is kept for one").isEmpty();

        kernel.staffGroups().set(TAISHAN, WEBHOOK);
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tellStaff("greeting.visitors", 12);
        assertThat(toTheGroup()).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isNull();
            assertThat(m.address()).isNull();
        });
        Sender sender = sender();
        assertThat(sender.drain()).isEqualTo(1);
        assertThat(sender.drain()).isZero();
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request).startsWith("key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa ");
            assertThat(request).contains("{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"**来访人数（工作群）**\\n今天共有 12 位来访者，请值班同事留意。\"}}");
        });
        assertThat(toTheGroup()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(Message.Status.SENT));
    }

    @Test
    void anErrcodeOtherThanZeroIsAFailedAttemptTriedAgain() {
        kernel.staffGroups().set(TAISHAN, WEBHOOK);
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tellStaff("greeting.visitors", 3);
        answer = "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
        Sender sender = sender();
        assertThat(sender.drain()).isZero();
        assertThat(toTheGroup()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Message.Status.PENDING);
            assertThat(m.lastError()).contains("45009", "api freq out of limit").doesNotContain("693axxx6");
        });
        answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        assertThat(sender.drain()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.drain()).isEqualTo(1);
        assertThat(received).hasSize(2);
    }

    @Test
    void aTestSaysInPlainWordsWhatWentWrong() throws Exception {
        assertThat(kernel.staffGroups().sendTest(TAISHAN)).isEqualTo(new TestOutcome(false,
                org.qiaoyun.api.Text.of("kernel.notify.test.no-webhook")));
        URI stand = URI.create("http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=693axxx6");
        RobotChannel channel = new RobotChannel(tenant -> Optional.empty());
        answer = "{\"errcode\":93000,\"errmsg\":\"invalid webhook url, hint: [1700000000_abc]\"}";
        assertThatThrownBy(() -> channel.post(stand, "测试")).isInstanceOf(Channel.DeliveryException.class)
                .satisfies(e -> assertThat(StaffGroups.explain((Channel.DeliveryException) e).code()).isEqualTo("kernel.notify.test.robot-key"));
        answer = "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
        assertThatThrownBy(() -> channel.post(stand, "测试")).satisfies(e -> assertThat(StaffGroups.explain((Channel.DeliveryException) e))
                .isEqualTo(org.qiaoyun.api.Text.of("kernel.notify.test.errcode", "45009", "api freq out of limit")));

        int port;
        try (java.net.ServerSocket gone = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        } // closed: nobody listens there any more
        assertThatThrownBy(() -> channel.post(URI.create("http://127.0.0.1:" + port + "/cgi-bin/webhook/send?key=693axxx6"), "测试"))
                .satisfies(e -> {
                    assertThat(StaffGroups.explain((Channel.DeliveryException) e).code()).isEqualTo("kernel.notify.test.refused");
                    assertThat(e.getMessage()).doesNotContain("693axxx6");
                });
        answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        channel.post(stand, "测试"); // arrives: no exception
        assertThat(received).last().asString().contains("测试");
    }

    @Test
    void aKindWithoutItsGroupTextIsRefusedAtOnce() {
        kernel.staffGroups().set(TAISHAN, WEBHOOK);
        assertThatThrownBy(() -> kernel.contextOf("greeting").tenant(TAISHAN).notifications().tellStaff("greeting.welcomed", "王芳"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("greeting.welcomed.group");
    }
}
