package org.qiaoyun.kernel.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message the platform owes a person on one channel: a row of the outbox, written in the transaction of the
 * change it tells of, already rendered in the reader's language.
 *
 * <p>Its life: an in-app message is delivered when its transaction commits (the bell reads it) and is later marked
 * read. Any other is {@link Status#PENDING} until the sender hands it to its channel ({@link Status#SENT}); each
 * failure puts the next attempt further off (30 s, 1 min, 2 min ... at most an hour), and after
 * {@value #MAX_ATTEMPTS} failures it is {@link Status#DEAD}, left for an admin to see and to send again. A message its
 * reader does not want (their choice, or an address on the suppression list) is {@link Status#SUPPRESSED} instead of sent.
 */
@Entity
@Table(name = "notify_message")
public class Message {

    public static final String IN_APP = "inapp";
    public static final String EMAIL = "email";
    public static final String SMS = "sms";
    /** A federation's staff group in WeChat Work (its group robot): no recipient, no address; the webhook is the federation's setting. */
    public static final String STAFF_GROUP = "wecom";
    public static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /**
     * Where a message is in its life. {@code SUPPRESSED}: not sent and never to be, because its reader declined the kind
     * on that channel or the address is on the federation's suppression list (unsubscribed, or bounced for good).
     */
    public enum Status { PENDING, SENT, DEAD, SUPPRESSED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "channel", length = 10, nullable = false, updatable = false)
    private String channel;

    @Column(name = "recipient", length = 63, updatable = false)
    private String recipient;

    @Column(name = "address", length = 254, updatable = false)
    private String address;

    @Column(name = "language", length = 5, nullable = false, updatable = false)
    private String language;

    @Column(name = "kind", length = 100, nullable = false, updatable = false)
    private String kind;

    /** The kind and its arguments ({@link org.qiaoyun.api.Text#stored()}): the bell shows it in the screen's language. */
    @Column(name = "kept", length = 2000, nullable = false, updatable = false)
    private String kept;

    @Column(name = "subject", length = 200, nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", length = 4000, nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    /** A file the email carries (a calendar entry), with its name and type; none for most messages. */
    @Column(name = "attachment_name", length = 100, updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", length = 50, updatable = false)
    private String attachmentType;

    @jakarta.persistence.Lob
    @Column(name = "attachment", updatable = false)
    private byte[] attachment;

    protected Message() {
        // for JPA
    }

    Message(String tenantCode, String channel, String recipient, String address, String language, String kind,
            String kept, String subject, String body, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        this.channel = channel;
        this.recipient = recipient;
        this.address = address;
        this.language = language;
        this.kind = kind;
        this.kept = cut(kept, 2000);
        this.subject = cut(subject.replaceAll("[\\r\\n]+", " "), 200); // a subject is one line
        this.body = cut(body, 4000);
        this.createdAt = utc(now);
        this.nextAttemptAt = utc(now);
        if (IN_APP.equals(channel)) {
            this.status = Status.SENT; // delivered by the commit that wrote it
            this.sentAt = utc(now);
        } else {
            this.status = Status.PENDING;
        }
    }

    /** The email carries {@code file} beside its words (an email only: the bell and a text message carry no file). */
    void attach(org.qiaoyun.api.notify.Notifications.Attachment file) {
        if (!EMAIL.equals(channel) || attachment != null) {
            throw new IllegalStateException("only an email carries a file, and one");
        }
        attachmentName = file.fileName();
        attachmentType = file.mediaType();
        attachment = file.content();
    }

    /** The channel took it. */
    void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = utc(now);
        lastError = null;
    }

    /** Not to be sent: {@code why} says so in the outbox (declined by its reader, an address unsubscribed or bounced). */
    void suppressed(String why, Instant now) {
        status = Status.SUPPRESSED;
        lastError = cut(why, 500);
        nextAttemptAt = utc(now);
    }

    /** Waits, not failing, until {@code at} (a text message through the quiet hours): no attempt is counted. */
    void waitUntil(Instant at) {
        nextAttemptAt = utc(at);
    }

    /** The channel refused it or could not be reached: try again later, or give up after {@value #MAX_ATTEMPTS} tries. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = cut(error == null ? "unknown error" : error, 500);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.DEAD;
            return;
        }
        nextAttemptAt = utc(now.plus(backoff(attempts)));
    }

    /** The channel refused it for good (a number its provider cannot reach): given up at once, among the dead letters. */
    void refused(String error, Instant now) {
        attempts++;
        lastError = cut(error == null ? "refused" : error, 500);
        nextAttemptAt = utc(now);
        status = Status.DEAD;
    }

    /** How long to wait after the {@code failures}-th failure: 30 s doubling, at most an hour. */
    static Duration backoff(int failures) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** An admin sends a dead message again: a fresh round of attempts from now. */
    void revive(Instant now) {
        if (status != Status.DEAD) {
            throw new IllegalStateException("only a dead message is sent again");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = utc(now);
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = utc(now);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String channel() {
        return channel;
    }

    /** The account told, if it was an account. */
    public String recipient() {
        return recipient;
    }

    /** The channel's address: an email address for email, a mobile number for SMS; none in the app. */
    public String address() {
        return address;
    }

    public java.util.Locale language() {
        return "en".equals(language) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
    }

    public String kind() {
        return kind;
    }

    public String kept() {
        return kept;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt.toInstant();
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant sentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }

    /** The file the email carries, if any. */
    public java.util.Optional<org.qiaoyun.api.notify.Notifications.Attachment> attachment() {
        return attachment == null ? java.util.Optional.empty()
                : java.util.Optional.of(new org.qiaoyun.api.notify.Notifications.Attachment(attachmentName, attachmentType, attachment));
    }

    /**
     * The messages of a notification with {@code file} on each email among them (the bell's row carries none): what a
     * module's {@code email} with an attachment writes.
     */
    public static java.util.List<Message> withAttachment(java.util.List<Message> composed, org.qiaoyun.api.notify.Notifications.Attachment file) {
        composed.stream().filter(m -> EMAIL.equals(m.channel)).forEach(m -> m.attach(file));
        return composed;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
