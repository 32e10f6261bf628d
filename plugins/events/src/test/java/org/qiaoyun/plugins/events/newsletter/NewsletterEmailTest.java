package org.qiaoyun.plugins.events.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;
import static org.qiaoyun.plugins.events.newsletter.NewsletterTest.LINKS;
import static org.qiaoyun.plugins.events.newsletter.NewsletterTest.post;
import static org.qiaoyun.plugins.events.newsletter.NewsletterTest.writtenEdition;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.notify.EmailChannel;
import org.qiaoyun.kernel.notify.MailSettings;
import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.notify.Notifier;
import org.qiaoyun.kernel.text.Texts;
import org.qiaoyun.plugins.events.EventsModule;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The newsletter's emails through a real SMTP server (GreenMail): what a send wrote to the outbox is composed by the
 * kernel's notifier in each reader's language and handed to the kernel's mail channel, as the platform's sender does.
 * An edition reaches every subscriber once; the unsubscribe link in the mail works (the public page behind the very
 * address the reader received), and the next edition does not reach them.
 */
class NewsletterEmailTest {

    private GreenMail smtp;
    private EmailChannel mail;
    private Notifier notifier;
    private int delivered;

    @BeforeEach
    void start() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mail = new EmailChannel(new MailSettings("127.0.0.1", port, null, null, "台山市侨联 <newsletter@qiaoyun.example.cn>", "none"));
        Texts texts = new Texts();
        texts.register("events", EventsModule.class.getClassLoader());
        notifier = new Notifier(texts, org.qiaoyun.testing.StoryClock.ticking());
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    /** Hands what the module wrote to the outbox since the last call to the mail server, as the platform's sender does. */
    private void deliver(TestTenantScope scope) throws Exception {
        List<TestTenantScope.Told> told = scope.told();
        for (TestTenantScope.Told t : told.subList(delivered, told.size())) {
            for (Message message : notifier.compose(scope.tenantCode(),
                    Notifier.Addressee.address(t.recipient(), "en".equals(t.language()) ? Text.ENGLISH : Text.CHINESE),
                    t.kind(), t.arguments().toArray())) {
                mail.send(message);
            }
        }
        delivered = told.size();
    }

    private static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    @Test
    void anEditionReachesEverySubscriberOnceAndAnUnsubscribeStopsTheNext() throws Exception {
        TestTenantScope editor = scope("nl-mail", "nl-editor", "organiser");
        Subscribers subscribers = new Subscribers(editor);
        subscribers.add(Subscriber.Details.of("陈美玲", "chen@example.my", "中文", "海外联系人", "马来西亚"));
        subscribers.add(Subscriber.Details.of("Tom Lee", "tom@example.com", "English", "overseas", "USA"));
        subscribers.add(Subscriber.Details.of("李伟", "li@example.cn", "zh", "member", null));

        Edition first = writtenEdition(editor, 1);
        new Editions(editor, LINKS).send(first.id(), first.version());
        try {
            new Editions(editor, LINKS).send(first.id(), first.version() + 1);
        } catch (org.qiaoyun.api.ConflictException sentAlready) {
            // the second send sends nothing
        }
        deliver(editor);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        List<String> to = new ArrayList<>();
        String tomsLink = null;
        for (MimeMessage message : received) {
            String address = message.getAllRecipients()[0].toString();
            to.add(address);
            String body = text(message);
            if (address.equals("tom@example.com")) {
                assertThat(message.getSubject()).isEqualTo("nl-mail newsletter no. 1: 侨乡新貌");
                assertThat(body).contains("Read this edition online: https://qiaoyun.example.cn/p/nl-mail/events/newsletter/1",
                        "【碉楼申遗十五周年】");
                Matcher link = Pattern.compile("Unsubscribe: (\\S+)").matcher(body);
                assertThat(link.find()).isTrue();
                tomsLink = link.group(1);
            } else {
                assertThat(message.getSubject()).isEqualTo("nl-mail侨刊乡讯 第 1 期：侨乡新貌");
                assertThat(body).contains("不想再收到侨刊乡讯？退订：https://qiaoyun.example.cn/p/nl-mail/events/newsletter/unsubscribe/");
            }
        }
        assertThat(to).containsExactlyInAnyOrder("chen@example.my", "tom@example.com", "li@example.cn");

        // Tom follows the link he received: its last segment is his token on the public page
        String prefix = "https://qiaoyun.example.cn/p/nl-mail/events/newsletter/unsubscribe/";
        assertThat(tomsLink).startsWith(prefix);
        String token = tomsLink.substring(prefix.length());
        assertThat(new NewsletterPages().answer(post(visitor("nl-mail"), "newsletter", "unsubscribe", token),
                List.of("unsubscribe", token)).status()).isEqualTo(303);

        Edition second = writtenEdition(editor, 2);
        new Editions(editor, LINKS).send(second.id(), second.version());
        deliver(editor);
        List<String> secondTo = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains("2")) {
                secondTo.add(message.getAllRecipients()[0].toString());
            }
        }
        assertThat(secondTo).containsExactlyInAnyOrder("chen@example.my", "li@example.cn");
        assertThat(smtp.getReceivedMessages()).hasSize(5);
    }
}
