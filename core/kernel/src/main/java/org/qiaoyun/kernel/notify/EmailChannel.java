package org.qiaoyun.kernel.notify;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Email through the configured SMTP server with Jakarta Mail (Payara Micro ships its implementation, Eclipse Angus
 * Mail): a text part and an HTML part of the same words, UTF-8 throughout, the subject encoded for mail headers
 * (RFC 2047) so that Chinese arrives as Chinese. Each message carries its outbox id as {@code Message-ID}, so a
 * receiving server or a person can tell a repeat. Each also carries its unsubscribe link, at the foot of both parts
 * and as {@code List-Unsubscribe} with one-click {@code List-Unsubscribe-Post} (RFC 8058), so that a mail program
 * offers it too. A refusal of the address for good (an SMTP 5xx reply to it) is a permanent failure: the sender puts
 * the address on the suppression list.
 *
 * <p>One SMTP session serves a whole round of the sender (connect, TLS, sign-in once; then the messages one after
 * the other, at most {@value #PER_SESSION} to a session): a session per message cost about 55 ms each, and the outbox
 * sent 17-19 emails a second. Any failure closes the session, so the next message starts on a fresh one; a session the
 * server closed meanwhile is noticed (NOOP) before a message is given to it; the end of the round closes it too.
 */
public final class EmailChannel implements Channel {

    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(20);

    /** What an email ends with: the words before the unsubscribe link, and the link (none: no foot). */
    public interface Foot {
        Optional<Foot.Line> of(Message message);

        /** The foot of one message. */
        record Line(String words, String link) {
        }
    }

    private final MailSettings settings;
    private final Session session;
    private final Foot foot;
    /** Messages one SMTP session carries at most: many servers end a session after about a hundred. */
    static final int PER_SESSION = 100;

    /** The round's SMTP session, or null between rounds and after a failure. */
    private Transport open;
    /** Messages handed to the open session. */
    private int carried;

    /** Email without an unsubscribe foot (a tool's or a test's own channel). */
    public EmailChannel(MailSettings settings) {
        this(settings, message -> Optional.empty());
    }

    public EmailChannel(MailSettings settings, Foot foot) {
        this(settings, foot, TIMEOUT);
    }

    /** @param timeout how long to wait for the server to connect, answer or take what is written (a test send waits less) */
    EmailChannel(MailSettings settings, Foot foot, java.time.Duration timeout) {
        String timeoutMs = String.valueOf(timeout.toMillis());
        this.settings = settings;
        this.foot = foot;
        Properties properties = new Properties();
        String protocol = settings.tls().equals("tls") ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        properties.put("mail." + protocol + ".connectiontimeout", timeoutMs);
        properties.put("mail." + protocol + ".timeout", timeoutMs);
        properties.put("mail." + protocol + ".writetimeout", timeoutMs);
        properties.put("mail." + protocol + ".auth", String.valueOf(settings.user() != null));
        if (settings.tls().equals("starttls")) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (!settings.tls().equals("none")) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Authenticator authenticator = settings.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        };
        // the session is built with the kernel's loader as context, so Angus Mail's providers are found from a thread pool too
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(EmailChannel.class.getClassLoader());
        try {
            session = Session.getInstance(properties, authenticator);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Override
    public String name() {
        return Message.EMAIL;
    }

    @Override
    public synchronized void send(Message message) throws DeliveryException {
        try {
            MimeMessage mail = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + message.id() + "@qiaoyun>");
                }
            };
            mail.setFrom(new InternetAddress(settings.from()));
            mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.address(), true));
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mail.setSentDate(Date.from(message.createdAt()));
            mail.setHeader("Content-Language", message.language().getLanguage().equals("en") ? "en" : "zh-CN");
            Optional<Foot.Line> line = foot.of(message);
            line.ifPresent(unsubscribe -> {
                try {
                    mail.setHeader("List-Unsubscribe", "<" + unsubscribe.link() + ">");
                    mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.body() + line.map(l -> "\n\n--\n" + l.words() + "\n" + l.link()).orElse(""),
                    StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(html(message, line), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
            mail.setContent(withAttachment(alternatives, message));
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(EmailChannel.class.getClassLoader());
            try {
                mail.saveChanges(); // the headers a send writes (Message-ID among them), as Transport.send would
                connection().sendMessage(mail, mail.getAllRecipients());
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        } catch (MessagingException e) {
            roundEnded(); // whatever state the session is in now, the next message starts on a fresh one
            throw new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage(), e, refusedForGood(e));
        }
    }

    /**
     * The round's SMTP session, opened (and signed in to) on its first message; a session the server ended meanwhile
     * (asked with NOOP) or one that carried {@value #PER_SESSION} messages is replaced.
     */
    private Transport connection() throws MessagingException {
        if (open != null && (carried >= PER_SESSION || !open.isConnected())) {
            roundEnded();
        }
        if (open == null) {
            Transport transport = session.getTransport();
            transport.connect(); // host, port and the account from the session's settings and authenticator
            open = transport;
            carried = 0;
        }
        carried++;
        return open;
    }

    @Override
    public synchronized void roundEnded() {
        if (open != null) {
            try {
                open.close(); // QUIT
            } catch (MessagingException e) {
                // the server went away already: nothing is left to close
            } finally {
                open = null;
            }
        }
    }

    /**
     * The words alone, or, when the message carries a file (a calendar entry), the words and the file as a
     * {@code multipart/mixed} whose second part is the file with its name and type (a calendar as {@code text/calendar;
     * method=PUBLISH}, so that a phone offers to add it).
     */
    static MimeMultipart withAttachment(MimeMultipart words, Message message) throws MessagingException {
        Optional<org.qiaoyun.api.notify.Notifications.Attachment> attached = message.attachment();
        if (attached.isEmpty()) {
            return words;
        }
        org.qiaoyun.api.notify.Notifications.Attachment file = attached.get();
        MimeBodyPart wordsPart = new MimeBodyPart();
        wordsPart.setContent(words);
        MimeBodyPart filePart = new MimeBodyPart();
        String type = file.mediaType().equals("text/calendar") ? "text/calendar; charset=UTF-8; method=PUBLISH" : file.mediaType();
        filePart.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(file.content(), type)));
        filePart.setFileName(file.fileName());
        filePart.setDisposition(jakarta.mail.Part.ATTACHMENT);
        return new MimeMultipart("mixed", wordsPart, filePart);
    }

    /**
     * Whether the server refused the address for good: a 5xx reply to it somewhere in the failure (Angus Mail's
     * {@code SMTPAddressFailedException} and its kin carry the reply code; read by name, since the implementation is
     * the server's, not a dependency of the kernel). A 4xx, a timeout or a refused connection is worth another try.
     */
    static boolean refusedForGood(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>(java.util.List.of(failure));
        while (!next.isEmpty()) {
            Throwable at = next.pop();
            if (!seen.add(at)) {
                continue;
            }
            if (at.getClass().getSimpleName().equals("SMTPAddressFailedException")) {
                try {
                    Object code = at.getClass().getMethod("getReturnCode").invoke(at);
                    if (code instanceof Integer reply && reply >= 500 && reply < 600) {
                        return true;
                    }
                } catch (ReflectiveOperationException notThatKind) {
                    // not Angus Mail's: no reply code to read
                }
            }
            if (at instanceof MessagingException messaging && messaging.getNextException() != null) {
                next.push(messaging.getNextException());
            }
            if (at.getCause() != null) {
                next.push(at.getCause());
            }
        }
        return false;
    }

    /** The body as a small HTML page: every character escaped, paragraphs at blank lines, line breaks kept. */
    static String html(Message message) {
        return html(message, Optional.empty());
    }

    static String html(Message message, Optional<Foot.Line> foot) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(message.language().getLanguage().equals("en") ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(message.subject()))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.6\">");
        for (String paragraph : message.body().split("\\R\\s*\\R")) {
            page.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        foot.ifPresent(line -> page.append("<hr><p style=\"font-size:smaller;color:#555\">").append(escape(line.words()))
                .append(" <a href=\"").append(escape(line.link())).append("\">").append(escape(line.link())).append("</a></p>"));
        return page.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
