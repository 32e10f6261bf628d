package org.qiaoyun.kernel.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.text.Texts;

/**
 * Writes what a notification says as the outbox's rows: one in the app for an account, one by email where there is
 * an address, each rendered in the reader's language from the texts of the kind's owner ({@code <kind>.subject},
 * {@code <kind>.body}). It only composes; the caller persists the rows on the EntityManager of the change they tell
 * of, so that both commit or roll back together.
 */
public final class Notifier {

    private final Texts texts;
    private final Clock clock;
    /** The kinds that also go by text message (an approved template each); none until SMS is configured. */
    private volatile java.util.Set<String> textMessageKinds = java.util.Set.of();

    public Notifier(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** Whom a notification is for: an account (with its address and mobile, if any) or a bare address; and their language. */
    public record Addressee(String username, String email, String mobile, String language) {

        public static Addressee account(String username, String email, String language) {
            return account(username, email, null, language);
        }

        public static Addressee account(String username, String email, String mobile, String language) {
            return new Addressee(username, email, mobile, language == null ? "zh" : language);
        }

        public static Addressee address(String email) {
            return address(email, Texts.CHINESE);
        }

        /** A bare address whose reader said which language they read (English, or Chinese for anything else). */
        public static Addressee address(String email, Locale language) {
            return new Addressee(null, Contact.email("email", email), null, Texts.isEnglish(language) ? "en" : "zh");
        }
    }

    /** From now on, these kinds also go by text message to accounts with a mobile number (the SMS templates configured). */
    public void sendByTextMessage(java.util.Set<String> kinds) {
        textMessageKinds = java.util.Set.copyOf(kinds);
    }

    /** Whether a kind goes by text message too (an approved template is configured for it). */
    public boolean sendsByTextMessage(String kind) {
        return textMessageKinds.contains(kind);
    }

    /** The rows telling {@code to} what {@code kind} says with {@code arguments}, in the federation {@code tenantCode}. */
    public List<Message> compose(String tenantCode, Addressee to, String kind, Object... arguments) {
        requireTexts(kind);
        Locale language = "en".equals(to.language()) ? Texts.ENGLISH : Texts.CHINESE;
        String subject = texts.render(Text.of(kind + ".subject", arguments), language);
        String body = texts.render(Text.of(kind + ".body", arguments), language);
        String kept = Text.of(kind, arguments).stored();
        List<Message> messages = new ArrayList<>(2);
        if (to.username() != null) {
            messages.add(new Message(tenantCode, Message.IN_APP, to.username(), null, to.language(), kind, kept, subject, body,
                    clock.instant()));
        }
        if (to.email() != null) {
            messages.add(new Message(tenantCode, Message.EMAIL, to.username(), to.email(), to.language(), kind, kept, subject, body,
                    clock.instant()));
        }
        if (to.mobile() != null && textMessageKinds.contains(kind)) {
            messages.add(new Message(tenantCode, Message.SMS, to.username(), to.mobile(), to.language(), kind, kept, subject, body,
                    clock.instant()));
        }
        return messages;
    }

    /**
     * The one row of a text message and nothing else (no bell, no email): a code that proves a number, which must reach
     * the phone only. Its text is {@code <kind>.body} in the reader's language under the kind's name.
     */
    public Message composeText(String tenantCode, String username, String mobile, String language, String kind, Object... arguments) {
        if (!texts.has(kind) || !texts.has(kind + ".body")) {
            throw new IllegalArgumentException("notification kind " + kind + " has no name or no text " + kind + ".body");
        }
        Locale reader = "en".equals(language) ? Texts.ENGLISH : Texts.CHINESE;
        return new Message(tenantCode, Message.SMS, username, mobile, "en".equals(language) ? "en" : "zh", kind,
                Text.of(kind, arguments).stored(), texts.render(Text.of(kind), reader), texts.render(Text.of(kind + ".body", arguments), reader),
                clock.instant());
    }

    /**
     * The row telling the federation's staff group what {@code kind} says: its text {@code <kind>.group} in Chinese (the
     * group's language), under the kind's name. A module writes that text about the federation's work, with no
     * person's details: the group's members are not all entitled to them, and the message leaves the platform.
     */
    public Message composeForStaff(String tenantCode, String kind, Object... arguments) {
        if (!texts.has(kind) || !texts.has(kind + ".group")) {
            throw new IllegalArgumentException("notification kind " + kind + " has no name or no text " + kind
                    + ".group in Chinese and English (texts/" + Text.of(kind).owner() + "*.properties)");
        }
        return new Message(tenantCode, Message.STAFF_GROUP, null, null, "zh", kind, Text.of(kind, arguments).stored(),
                texts.render(Text.of(kind), Texts.CHINESE), texts.render(Text.of(kind + ".group", arguments), Texts.CHINESE),
                clock.instant());
    }

    /** A kind without both texts in both languages is a mistake of its module, found at the first call, not by a reader. */
    private void requireTexts(String kind) {
        for (String part : List.of(".subject", ".body")) {
            if (!texts.has(kind + part)) {
                throw new IllegalArgumentException("notification kind " + kind + " has no text " + kind + part
                        + " in Chinese and English (texts/" + Text.of(kind).owner() + "*.properties)");
            }
        }
    }

    /** The subject of a kept notification in the reader's language (the bell follows the screen's language). */
    public String subject(Message message, Locale language) {
        return rendered(message, ".subject", language, message.subject());
    }

    /** The body of a kept notification in the reader's language. */
    public String body(Message message, Locale language) {
        return rendered(message, ".body", language, message.body());
    }

    private String rendered(Message message, String part, Locale language, String asWritten) {
        if (language.getLanguage().equals(message.language().getLanguage())) {
            return asWritten;
        }
        try {
            return Text.fromStored(message.kept())
                    .map(kept -> texts.render(new Text(kept.code() + part, kept.arguments()), language))
                    .orElse(asWritten);
        } catch (IllegalArgumentException keptAsWords) {
            return asWritten; // a number format over an argument kept as words: the language it was written in
        }
    }
}
