package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * Text messages by Tencent Cloud SMS (the default {@link SmsProvider}) against a local HTTP server standing in for the provider: signed as Tencent's own
 * documented example is, sent by the kind's approved template with the notification's arguments, once; a refusal of
 * the provider is a failed attempt with its code, an incorrect number given up at once; a kind without a template goes by the other channels only.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class TextMessageTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    /** One request the stand-in provider received. */
    private record Received(Map<String, List<String>> headers, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String answer;
    private HttpServer provider;
    private Kernel kernel;
    private MovableClock clock;

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        provider.start();
        answer = "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"5000:1045710669157053657849499619\",\"PhoneNumber\":\"+8613800138000\","
                + "\"Fee\":1,\"SessionContext\":\"x\",\"Code\":\"Ok\",\"Message\":\"send success\",\"IsoCode\":\"CN\"}],"
                + "\"RequestId\":\"a0aabda6-cf91-4f3e-a81f-9198114a2279\"}}";
        clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), plugins), clock);
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.switchboard().switchModule(TAISHAN, "greeting", true);
        kernel.accounts().create(TAISHAN, "wangfang", "Qiao-yun-2026!", Set.of(Role.VOLUNTEER));
        kernel.accounts().changeContact("wangfang", null, "138 0013 8000", "zh", null);
    }

    @AfterEach
    void stop() {
        kernel.close();
        provider.stop(0);
    }

    private SmsSettings settings() {
        return new SmsSettings("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "1400006666", "台山市侨联",
                null, URI.create("http://127.0.0.1:" + provider.getAddress().getPort()),
                Map.of("greeting.welcomed", "1234567", org.qiaoyun.kernel.identity.MobileVerification.KIND, "1111111"));
    }

    /** The person proves their number by the code the stand-in provider received (text messages go to it only then). */
    private void verified(String username, Sender sender) {
        var person = kernel.accounts().identity(username).orElseThrow();
        org.qiaoyun.kernel.access.Caller.as(person, () -> kernel.mobileVerification().sendCode());
        assertThat(sender.drain()).isEqualTo(1);
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\"TemplateId\":\"1111111\",\"TemplateParamSet\":\\[\"(\\d{6})\"")
                .matcher(received.get(received.size() - 1).body());
        assertThat(code.find()).isTrue();
        org.qiaoyun.kernel.access.Caller.as(person, () -> kernel.mobileVerification().verify(code.group(1)));
        received.clear();
    }

    private List<Message> texts() {
        return kernel.store().transaction(em -> em.createQuery("select m from Message m where m.channel = :sms and m.kind <> :code", Message.class)
                .setParameter("sms", Message.SMS).setParameter("code", org.qiaoyun.kernel.identity.MobileVerification.KIND).getResultList());
    }

    @Test
    void theSignatureIsTencentsDocumentedExample() {
        // Tencent Cloud API 3.0, "Signature v3": DescribeInstances of CVM at 1551113065 with the documented example keys
        String payload = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
        assertThat(Tc3Signer.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm",
                "cvm.tencentcloudapi.com", 1551113065L, payload))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request,"
                        + " SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }

    @Test
    void aKindWithATemplateGoesByTextMessageOnceSignedWithItsArguments() {
        Sender sender = kernel.sender(Optional.empty(), Optional.of(settings()));
        verified("wangfang", sender);
        TenantScope scope = kernel.contextOf("greeting").tenant(TAISHAN);
        scope.notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        assertThat(texts()).singleElement().satisfies(m -> assertThat(m.address()).isEqualTo("13800138000"));

        assertThat(sender.drain()).isEqualTo(1);
        assertThat(sender.drain()).isZero();
        assertThat(received).hasSize(1);
        Received request = received.get(0);
        assertThat(request.headers().get("X-tc-action")).containsExactly("SendSms");
        assertThat(request.headers().get("X-tc-version")).containsExactly("2021-01-11");
        assertThat(request.headers().get("X-tc-region")).containsExactly("ap-guangzhou");
        String timestamp = request.headers().get("X-tc-timestamp").get(0);
        assertThat(timestamp).isEqualTo(String.valueOf(clock.instant().getEpochSecond()));
        assertThat(request.headers().get("Authorization")).containsExactly(Tc3Signer.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "sms", "127.0.0.1:" + provider.getAddress().getPort(), Long.parseLong(timestamp),
                request.body()));
        assertThat(request.headers().get("Authorization").get(0)).startsWith("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2026-12-01/sms/tc3_request");
        assertThat(request.body()).contains("\"PhoneNumberSet\":[\"+8613800138000\"]", "\"SmsSdkAppId\":\"1400006666\"",
                "\"SignName\":\"台山市侨联\"", "\"TemplateId\":\"1234567\"", "\"TemplateParamSet\":[\"王芳\",\"台山市侨联\"]");
        assertThat(texts()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(Message.Status.SENT));
    }

    @Test
    void aFederationsOwnSignNameHeadsItsMessagesAndThePlatformsTheOthers() {
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-kaiping", "gd-jiangmen", "county", "开平市侨联", "Kaiping", "440783"));
        kernel.switchboard().switchModule("gd-jiangmen-kaiping", "greeting", true);
        kernel.accounts().create("gd-jiangmen-kaiping", "lihua", "Qiao-yun-2026!", Set.of(Role.VOLUNTEER));
        kernel.accounts().changeContact("lihua", null, "13900139000", "zh", null);
        kernel.smsSigns().set(TAISHAN, "【台山侨联】", null);
        Sender sender = kernel.sender(Optional.empty(), Optional.of(settings()));
        verified("wangfang", sender);
        verified("lihua", sender);
        assertThat(kernel.platformSmsSign()).contains("台山市侨联");
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        kernel.contextOf("greeting").tenant("gd-jiangmen-kaiping").notifications().tell("lihua", "greeting.welcomed", "李华", "开平市侨联");
        assertThat(sender.drain()).isEqualTo(2);
        assertThat(received).extracting(Received::body).anySatisfy(body -> assertThat(body).contains("+8613800138000", "\"SignName\":\"台山侨联\""))
                .anySatisfy(body -> assertThat(body).as("no sign of its own: the platform's").contains("+8613900139000", "\"SignName\":\"台山市侨联\""));
    }

    @Test
    void aRefusalOfTheProviderIsAFailedAttemptWithItsCode() {
        Sender sender = kernel.sender(Optional.empty(), Optional.of(settings()));
        verified("wangfang", sender);
        answer = "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.PhoneNumberInBlacklist\",\"Message\":\"手机号在免打扰名单库中\"},"
                + "\"RequestId\":\"b0aabda6\"}}";
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        assertThat(sender.drain()).isZero();
        assertThat(texts()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Message.Status.PENDING);
            assertThat(m.lastError()).contains("FailedOperation.PhoneNumberInBlacklist");
        });
        answer = answer.replace("FailedOperation", "x"); // still refused, but the next attempt waits its turn
        assertThat(sender.drain()).as("not due yet").isZero();
        assertThat(received).hasSize(1);
        clock.advance(Duration.ofSeconds(30));
        answer = "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\",\"Message\":\"send success\"}],\"RequestId\":\"c\"}}";
        assertThat(sender.drain()).isEqualTo(1);
    }

    @Test
    void aNumberTencentCallsIncorrectIsGivenUpAtOnce() {
        Sender sender = kernel.sender(Optional.empty(), Optional.of(settings()));
        verified("wangfang", sender);
        answer = "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"\",\"PhoneNumber\":\"+8613800138000\",\"Fee\":0,"
                + "\"Code\":\"InvalidParameterValue.IncorrectPhoneNumber\",\"Message\":\"手机号格式错误\"}],\"RequestId\":\"d\"}}";
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        assertThat(sender.drain()).isZero();
        assertThat(texts()).singleElement().satisfies(m -> {
            assertThat(m.status()).as("refused for good: among the dead letters at once").isEqualTo(Message.Status.DEAD);
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).contains("InvalidParameterValue.IncorrectPhoneNumber");
        });
        clock.advance(Duration.ofHours(2));
        assertThat(sender.drain()).as("never tried again by itself").isZero();
        assertThat(received).hasSize(1);
    }

    @Test
    void atNightANoticeWaitsForEightInTheMorningWhileAnUrgentOneGoes() {
        clock.advance(Duration.ofHours(13)); // 2026-12-01T15:00Z: 23:00 in Beijing
        SmsSettings settings = settings();
        Sender sender = kernel.sender(Optional.empty(), Optional.of(new SmsSettings(settings.secretId(), settings.secretKey(),
                settings.appId(), settings.sign(), null, settings.endpoint(),
                Map.of("greeting.welcomed", "1234567", "kernel.notify.password-reset", "7654321",
                        org.qiaoyun.kernel.identity.MobileVerification.KIND, "1111111"))));
        verified("wangfang", sender);
        kernel.contextOf("greeting").tenant(TAISHAN).notifications().tell("wangfang", "greeting.welcomed", "王芳", "台山市侨联");
        assertThat(sender.drain()).as("a welcome waits through the quiet hours").isZero();
        assertThat(received).isEmpty();
        assertThat(texts()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Message.Status.PENDING);
            assertThat(m.attempts()).as("waiting is no failed attempt").isZero();
            assertThat(m.nextAttemptAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        });

        kernel.accounts().resetPassword("wangfang", "Another-pass-2026!");
        assertThat(sender.drain()).as("a password set anew is told at once, at night too").isEqualTo(1);
        assertThat(received).singleElement().satisfies(r -> assertThat(r.body()).contains("\"TemplateId\":\"7654321\""));

        clock.advance(Duration.ofHours(8).plusMinutes(59));
        assertThat(sender.drain()).as("07:59 in Beijing").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.drain()).as("08:00 in Beijing").isEqualTo(1);
        assertThat(received).hasSize(2);
    }

    @Test
    void aKindWithoutATemplateGoesByTheOtherChannelsOnly() {
        kernel.sender(Optional.empty(), Optional.of(settings()));
        kernel.accounts().resetPassword("wangfang", "Another-pass-2026!");
        assertThat(texts()).isEmpty();
        List<Message> told = kernel.store().transaction(em -> em.createQuery("select m from Message m where m.kind = :k", Message.class)
                .setParameter("k", "kernel.notify.password-reset").getResultList());
        assertThat(told).extracting(Message::channel).containsExactly(Message.IN_APP);
    }
}
