package org.qiaoyun.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.notify.Notifications;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.notify.MailSettings;
import org.qiaoyun.kernel.notify.Message;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * A module's email with a file beside its words (an event's calendar entry), on a real PostgreSQL and a real SMTP
 * server: the outbox keeps the file with the email, in the module's transaction, and the mail channel sends words and
 * file as one multipart/mixed message; the bell's row carries nothing.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class EmailAttachmentTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";
    private static final byte[] ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:中秋联谊晚会\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .getBytes(StandardCharsets.UTF_8);

    private Kernel kernel;
    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws IOException {
        kernel = org.qiaoyun.kernel.GreetingTree.start(TestDatabases.postgres(), new MovableClock(Instant.parse("2026-12-01T02:00:00Z")));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        kernel.close();
    }

    @Test
    void anEmailCarriesItsCalendarEntryAsAnAttachmentThroughTheOutbox() throws Exception {
        Notifications module = kernel.contextOf("greeting").tenant(TAISHAN).notifications();
        module.email("guest@example.cn", Text.CHINESE, new Notifications.Attachment("event.ics", "text/calendar", ICS),
                "greeting.welcomed", "来宾", "台山市侨联");
        module.email("other@example.cn", "greeting.welcomed", "来宾", "台山市侨联");

        assertThat(kernel.sender(Optional.of(new MailSettings("127.0.0.1", port, null, null, "侨云 <noreply@qiaoyun.example.cn>", "none")))
                .drain()).isEqualTo(2);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage withFile = received[0].getAllRecipients()[0].toString().equals("guest@example.cn") ? received[0] : received[1];
        MimeMessage without = withFile == received[0] ? received[1] : received[0];
        MimeMultipart mixed = (MimeMultipart) withFile.getContent();
        assertThat(withFile.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(((MimeMultipart) mixed.getBodyPart(0).getContent()).getContentType()).startsWith("multipart/alternative");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("event.ics");
        assertThat(file.getContentType()).startsWith("text/calendar").contains("method=PUBLISH");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(ICS);
        assertThat(without.getContentType()).as("an email without a file is as it was").startsWith("multipart/alternative");

        Optional<Notifications.Attachment> kept = kernel.store().transaction(em -> em.createQuery("select m from Message m where m.address = :to",
                Message.class).setParameter("to", "guest@example.cn").getSingleResult().attachment());
        assertThat(kept.map(Notifications.Attachment::fileName)).contains("event.ics");
        assertThatThrownBy(() -> new Notifications.Attachment("event.exe", "application/x-msdownload", ICS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notifications.Attachment("big.pdf", "application/pdf", new byte[Notifications.Attachment.MOST_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
