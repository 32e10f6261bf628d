package org.qiaoyun.kernel.notify;

import java.nio.charset.StandardCharsets;
import java.util.Date;
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
 * receiving server or a person can tell a repeat.
 */
public final class EmailChannel implements Channel {

    private static final int TIMEOUT_MS = 20_000;

    private final MailSettings settings;
    private final Session session;

    public EmailChannel(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String protocol = settings.tls().equals("tls") ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MS));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MS));
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
    public void send(Message message) throws DeliveryException {
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
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.body(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(html(message), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
            mail.setContent(alternatives);
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(EmailChannel.class.getClassLoader());
            try {
                Transport.send(mail);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        } catch (MessagingException e) {
            throw new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The body as a small HTML page: every character escaped, paragraphs at blank lines, line breaks kept. */
    static String html(Message message) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(message.language().getLanguage().equals("en") ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(message.subject()))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.6\">");
        for (String paragraph : message.body().split("\\R\\s*\\R")) {
            page.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return page.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
