package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;

/**
 * The provider seam of text messages: {@code QIAOYUN_SMS_PROVIDER} chooses the provider (Tencent unless set, an unknown
 * one refused naming the setting), and the channel hands any provider what it decided (number, template, parameters,
 * sign name), turning its answer into sent, refused for good, or tried again.
 */
class SmsProviderTest {

    private static final Map<String, String> KEYS = Map.of("qiaoyun.sms.secret.id", "AKIDexample", "qiaoyun.sms.secret.key", "secret",
            "qiaoyun.sms.app.id", "1400006666", "qiaoyun.sms.sign", "侨云", "qiaoyun.sms.templates", "greeting.welcomed=1234567");

    /** A provider of the test's own: it records what it was asked and answers what it is told. */
    private static final class Recording implements SmsProvider {
        final List<List<Object>> asked = new ArrayList<>();
        Outcome answer = Outcome.sent();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Outcome send(String mobile, String template, List<String> parameters, String sign, String reference) {
            asked.add(List.of(mobile, template, parameters, sign, reference));
            return answer;
        }
    }

    private static Optional<SmsSettings> settings(Map<String, String> keys) {
        return SmsSettings.from(key -> Optional.ofNullable(keys.get(key)));
    }

    @Test
    void tencentCarriesTheTextsUnlessAnotherProviderIsNamed() {
        SmsSettings settings = settings(KEYS).orElseThrow();
        assertThat(settings.provider()).isEqualTo("tencent");
        assertThat(settings.provider(Clock.systemUTC())).isInstanceOf(TencentCloudSms.class)
                .extracting(SmsProvider::name).isEqualTo("tencent");
        Map<String, String> named = new java.util.HashMap<>(KEYS);
        named.put("qiaoyun.sms.provider", " tencent ");
        assertThat(settings(named).orElseThrow().provider()).isEqualTo("tencent");
    }

    @Test
    void anUnknownProviderIsRefusedNamingTheSetting() {
        Map<String, String> unknown = new java.util.HashMap<>(KEYS);
        unknown.put("qiaoyun.sms.provider", "aliyun");
        assertThatThrownBy(() -> settings(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QIAOYUN_SMS_PROVIDER").hasMessageContaining("aliyun").hasMessageContaining("tencent");
        assertThatThrownBy(() -> settings(Map.of("qiaoyun.sms.provider", "aliyun"))).as("refused even before a key is set")
                .hasMessageContaining("QIAOYUN_SMS_PROVIDER");
        assertThat(settings(Map.of())).as("no key, no provider named: no text messages, and the platform starts").isEmpty();
    }

    @Test
    void theChannelHandsAnyProviderWhatItDecided() throws Exception {
        Recording provider = new Recording();
        SmsChannel channel = new SmsChannel(settings(KEYS).orElseThrow(),
                tenant -> tenant.equals("gd-jiangmen-taishan") ? Optional.of("台山侨联") : Optional.empty(), provider);
        Message taishan = text("gd-jiangmen-taishan", "13800138000");
        Message kaiping = text("gd-jiangmen-kaiping", "+85291234567");

        channel.send(taishan);
        channel.send(kaiping);

        assertThat(provider.asked).containsExactly(
                List.of("+8613800138000", "1234567", List.of("王芳", "42"), "台山侨联", taishan.id()),
                List.of("+85291234567", "1234567", List.of("王芳", "42"), "侨云", kaiping.id()));
    }

    @Test
    void aRefusalForGoodIsPermanentAndAnyOtherIsTriedAgain() {
        Recording provider = new Recording();
        SmsChannel channel = new SmsChannel(settings(KEYS).orElseThrow(), tenant -> Optional.empty(), provider);
        provider.answer = SmsProvider.Outcome.refused("E404 no such number");
        assertThatThrownBy(() -> channel.send(text("gd", "13800138000"))).isInstanceOfSatisfying(Channel.DeliveryException.class,
                e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e).hasMessage("E404 no such number");
                });
        provider.answer = SmsProvider.Outcome.retry("E429 slow down");
        assertThatThrownBy(() -> channel.send(text("gd", "13800138000"))).isInstanceOfSatisfying(Channel.DeliveryException.class,
                e -> {
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e).hasMessage("E429 slow down");
                });
    }

    private static Message text(String tenant, String mobile) {
        Text kept = Text.of("greeting.welcomed", "王芳", 42);
        return new Message(tenant, Message.SMS, "wangfang", mobile, "zh", "greeting.welcomed", kept.stored(), "", "", Instant.now());
    }
}
