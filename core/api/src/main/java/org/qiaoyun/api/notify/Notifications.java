package org.qiaoyun.api.notify;

/**
 * Tells people something: a platform user in the bell of their screens and by email (when their account has an
 * address), or a bare email address. What is said is a <em>kind</em> of notification, a code of the module's texts
 * ({@code volunteers.shift-cancelled}), with its arguments; the module's bundles hold its subject and body
 * ({@code volunteers.shift-cancelled.subject}, {@code volunteers.shift-cancelled.body}) in Chinese and English, and the
 * person reads them in their own language.
 *
 * <p>Reached through {@link org.qiaoyun.api.TenantScope#notifications()}. A notification is part of the change it
 * tells of: called inside {@link org.qiaoyun.api.TenantScope#transaction}, it is written to the platform's outbox in
 * that very transaction, so a change rolled back tells nobody and a change committed is told, once, even if the mail
 * server is down for a while (the platform retries). Called outside one, it commits on its own. Nothing is sent
 * before the transaction commits.
 */
public interface Notifications {

    /**
     * Tells {@code username}, an account of this federation, what {@code kind} says with {@code arguments}.
     *
     * @throws org.qiaoyun.api.InvalidInputException (field {@code recipient}) if the account is not this federation's
     * @throws IllegalArgumentException if the kind is not the module's or its texts lack a subject or a body
     */
    void tell(String username, String kind, Object... arguments);

    /**
     * Tells the federation's staff group (its WeChat Work group robot, when its admins set one; nothing otherwise) what
     * {@code kind} says with {@code arguments}: the module's text {@code <kind>.group}, in Chinese, beside the kind's
     * name. Only for the federation's work (a case waits for a decision), never a person's details (no name, number,
     * address or circumstances, in the text or the arguments): the group's members are not all entitled to them, and
     * the message leaves the platform. Part of the caller's transaction, like {@link #tell}.
     *
     * @throws IllegalArgumentException if the kind is not the module's or its texts lack the name or the group's text
     */
    void tellStaff(String kind, Object... arguments);

    /**
     * Emails {@code address}, somebody without an account (a person who registered on a public page), in
     * Chinese, what {@code kind} says with {@code arguments}.
     *
     * @throws org.qiaoyun.api.InvalidInputException (field {@code email}) if it is not an email address
     */
    default void email(String address, String kind, Object... arguments) {
        email(address, org.qiaoyun.api.Text.CHINESE, kind, arguments);
    }

    /**
     * Emails {@code address}, somebody without an account who told the module the language they read (a newsletter's
     * subscriber abroad), in that {@code language}: English when it is English, Chinese otherwise.
     *
     * @throws org.qiaoyun.api.InvalidInputException (field {@code email}) if it is not an email address
     */
    void email(String address, java.util.Locale language, String kind, Object... arguments);

    /**
     * A file an email carries beside its words: an event's calendar entry ({@code text/calendar}) or a small document
     * ({@code application/pdf}), at most {@value #MOST_BYTES} bytes, named as the reader's mail program shows it.
     */
    record Attachment(String fileName, String mediaType, byte[] content) {

        /** The most an attachment may hold: emails carry calendar entries and notices, not archives. */
        public static final int MOST_BYTES = 64 * 1024;

        public Attachment {
            if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
                throw new IllegalArgumentException("an attachment's name is 1 to 100 letters, digits, dots, dashes or underscores");
            }
            if (!"text/calendar".equals(mediaType) && !"application/pdf".equals(mediaType)) {
                throw new IllegalArgumentException("an email carries a calendar entry or a PDF, not " + mediaType);
            }
            if (content == null || content.length == 0 || content.length > MOST_BYTES) {
                throw new IllegalArgumentException("an attachment holds 1 to " + MOST_BYTES + " bytes");
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * Emails {@code address} as {@link #email(String, java.util.Locale, String, Object...)} does, with {@code attachment}
     * beside the words (the in-app bell carries no file). Part of the caller's transaction like every notification.
     *
     * @throws org.qiaoyun.api.InvalidInputException (field {@code email}) if it is not an email address
     */
    void email(String address, java.util.Locale language, Attachment attachment, String kind, Object... arguments);

    /**
     * Whether this federation does not mail {@code address}: its owner unsubscribed (the link every email carries, or a
     * module's own unsubscribe page) or mail to it bounced for good. The platform's sender never mails such an address;
     * a module that mails many at once (a newsletter) leaves it out beforehand, so that it does not count as sent.
     */
    boolean isSuppressed(String address);

    /**
     * An address of this federation that bounced for good: the platform's mail channel met a permanent refusal of it
     * (an SMTP 5xx) and put it on the suppression list.
     *
     * @param address the address, in lower case
     * @param at      when it bounced
     * @param detail  what the mail server said (may be null)
     */
    record Bounce(String address, java.time.Instant at, String detail) {
    }

    /**
     * The addresses of this federation that bounced for good since {@code since} and are still on its suppression list,
     * the oldest first, at most {@code max}: for a module that keeps its own list of addresses (a newsletter's readers)
     * to mark them, so that its staff see why a reader gets nothing.
     */
    default java.util.List<Bounce> bounces(java.time.Instant since, int max) {
        return java.util.List.of();
    }

    /**
     * The owner of {@code address} asked not to be mailed by this federation any more (a module's own unsubscribe page):
     * it goes on the federation's suppression list, which every email of the platform honours.
     */
    void unsubscribe(String address);
}
