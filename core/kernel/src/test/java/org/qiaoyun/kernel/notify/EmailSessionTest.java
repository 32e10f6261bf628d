package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;

/**
 * One SMTP session carries a round of the outbox: connecting, securing and signing in once instead of for every
 * email. A session that failed, that the server ended, or that carried its share is replaced, and no message is lost
 * or given up on the way; the end of the round closes the session.
 */
class EmailSessionTest {

    private static EmailChannel channel(StandInSmtp server) {
        return new EmailChannel(new MailSettings("127.0.0.1", server.port(), null, null, "侨云 <noreply@qiaoyun.example.cn>", "none"));
    }

    private static Message email(String address) {
        return new Message("gd-jiangmen-taishan", Message.EMAIL, null, address, "zh", "greeting.welcomed",
                Text.of("greeting.welcomed").stored(), "欢迎", "欢迎加入台山市侨联。", Instant.parse("2026-12-01T02:00:00Z"));
    }

    private static void send(EmailChannel channel, String... addresses) throws Channel.DeliveryException {
        for (String address : addresses) {
            channel.send(email(address));
        }
    }

    @Test
    void aRoundOfEmailsGoesOverOneSessionClosedWhenTheRoundEnds() throws Exception {
        try (StandInSmtp server = StandInSmtp.accepting()) {
            EmailChannel channel = channel(server);
            send(channel, "a@example.cn", "b@example.cn", "c@example.cn");
            channel.roundEnded();
            assertThat(server.delivered()).containsExactly("a@example.cn", "b@example.cn", "c@example.cn");
            assertThat(server.sessions()).isEqualTo(1);

            send(channel, "d@example.cn");
            channel.roundEnded();
            assertThat(server.sessions()).as("the next round opens its own session").isEqualTo(2);
        }
    }

    @Test
    void anAddressRefusedEndsTheSessionAndTheNextMessageGoesOnAFreshOne() throws Exception {
        try (StandInSmtp server = StandInSmtp.accepting().notKnowing("gone@example.cn")) {
            EmailChannel channel = channel(server);
            send(channel, "a@example.cn");
            assertThatThrownBy(() -> send(channel, "gone@example.cn"))
                    .isInstanceOfSatisfying(Channel.DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue());
            send(channel, "b@example.cn");
            channel.roundEnded();
            assertThat(server.delivered()).containsExactly("a@example.cn", "b@example.cn");
            assertThat(server.sessions()).isEqualTo(2);
        }
    }

    @Test
    void aSessionTheServerEndedIsNoticedBeforeTheNextMessageAndNothingFails() throws Exception {
        try (StandInSmtp server = StandInSmtp.accepting().endingSessionsAfter(2)) {
            EmailChannel channel = channel(server);
            send(channel, "a@example.cn", "b@example.cn", "c@example.cn", "d@example.cn", "e@example.cn");
            channel.roundEnded();
            assertThat(server.delivered()).hasSize(5);
            assertThat(server.sessions()).isEqualTo(3);
        }
    }

    @Test
    void aSessionCarriesAHundredMessagesAtMost() throws Exception {
        try (StandInSmtp server = StandInSmtp.accepting()) {
            EmailChannel channel = channel(server);
            List<String> addresses = IntStream.range(0, EmailChannel.PER_SESSION + 1).mapToObj(i -> "r" + i + "@example.cn").toList();
            send(channel, addresses.toArray(String[]::new));
            channel.roundEnded();
            assertThat(server.delivered()).isEqualTo(addresses);
            assertThat(server.sessions()).isEqualTo(2);
        }
    }
}
