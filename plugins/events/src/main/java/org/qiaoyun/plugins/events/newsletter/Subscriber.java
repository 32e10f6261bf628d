package org.qiaoyun.plugins.events.newsletter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.FreeText;
import org.qiaoyun.plugins.events.registration.Guest;

/**
 * A reader of the home-town newsletter (侨刊乡讯): a member or an overseas contact, with the address editions go to
 * and the language they read. They stay subscribed until they unsubscribe with the link every edition carries (an
 * unguessable token of their own) or their address bounces; either is kept with its time, and no later edition goes
 * to them.
 */
@Entity
@Table(name = "events_subscriber")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Subscriber {

    public static final int NAME = 50;
    public static final int COUNTRY = 50;
    public static final int NOTE = 200;

    /** Who a reader is to the federation. */
    public enum Kind { MEMBER, OVERSEAS_CONTACT }

    /** Whether editions go to them. */
    public enum Standing { SUBSCRIBED, UNSUBSCRIBED, BOUNCED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = NAME, nullable = false)
    private String name;

    @Column(name = "email", length = Guest.EMAIL, nullable = false)
    private String email;

    @Column(name = "lang", length = 2, nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private Kind kind;

    @Column(name = "country", length = COUNTRY)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing", length = 12, nullable = false)
    private Standing standing;

    @Column(name = "token", length = 43, nullable = false, updatable = false)
    private String token;

    @Column(name = "subscribed_at", nullable = false)
    private OffsetDateTime subscribedAt;

    @Column(name = "unsubscribed_at")
    private OffsetDateTime unsubscribedAt;

    @Column(name = "bounced_at")
    private OffsetDateTime bouncedAt;

    @Column(name = "bounce_note", length = NOTE)
    private String bounceNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Subscriber() {
    }

    /** What a reader is, as typed by staff or read from a row of a sheet: every field checked, each refusal naming it. */
    public record Details(String name, String email, String language, Kind kind, String country) {

        public static Details of(String name, String email, String language, String kind, String country) {
            String keptEmail = Guest.email(email);
            if (keptEmail == null) {
                throw new InvalidInputException("email", Text.of("events.text.required", Text.of("events.field.email")));
            }
            return new Details(FreeText.required(name, NAME, "name"), keptEmail, language(language), kind(kind),
                    FreeText.optional(country, COUNTRY, "country"));
        }

        /** {@code zh} or {@code en}, as typed in either language; Chinese when left empty. */
        static String language(String typed) {
            String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "", "zh", "zh-cn", "中文", "chinese", "汉语", "简体中文" -> "zh";
                case "en", "english", "英文", "英语" -> "en";
                default -> throw new InvalidInputException("language", Text.of("events.subscriber.language"));
            };
        }

        /** A member unless said to be an overseas contact (in either language). */
        static Kind kind(String typed) {
            String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            return switch (t) {
                case "", "member", "会员" -> Kind.MEMBER;
                case "overseas_contact", "overseas", "海外联系人", "海外" -> Kind.OVERSEAS_CONTACT;
                default -> throw new InvalidInputException("kind", Text.of("events.subscriber.kind"));
            };
        }
    }

    Subscriber(Details details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.name = details.name();
        this.email = details.email();
        this.language = details.language();
        this.kind = details.kind();
        this.country = details.country();
        this.standing = Standing.SUBSCRIBED;
        this.subscribedAt = now.atOffset(ZoneOffset.UTC);
        this.token = org.qiaoyun.plugins.events.registration.Registration.newToken();
    }

    /** The reader's own choice, by their link: kept, and said again harmlessly. */
    void unsubscribe(Instant now) {
        if (standing != Standing.UNSUBSCRIBED) {
            standing = Standing.UNSUBSCRIBED;
            unsubscribedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** The address did not take an edition (the mail server said so): no edition goes there again until staff resume it. */
    void bounced(String note, Instant now) {
        if (standing == Standing.UNSUBSCRIBED) {
            throw new ConflictException("standing", Text.of("events.subscriber.already-unsubscribed"));
        }
        standing = Standing.BOUNCED;
        bouncedAt = now.atOffset(ZoneOffset.UTC);
        bounceNote = FreeText.optional(note, NOTE, "note");
    }

    /** Staff resume a bounced address (corrected by the reader); an unsubscribed reader is only resumed by signing up again. */
    void resume(Details corrected) {
        if (standing == Standing.UNSUBSCRIBED) {
            throw new ConflictException("standing", Text.of("events.subscriber.already-unsubscribed"));
        }
        name = corrected.name();
        email = corrected.email();
        language = corrected.language();
        kind = corrected.kind();
        country = corrected.country();
        standing = Standing.SUBSCRIBED;
    }

    public boolean receives() {
        return standing == Standing.SUBSCRIBED;
    }

    public Locale locale() {
        return "en".equals(language) ? Text.ENGLISH : Text.CHINESE;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public Kind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public Standing standing() {
        return standing;
    }

    public String token() {
        return token;
    }

    public Instant subscribedAt() {
        return subscribedAt.toInstant();
    }

    public Instant unsubscribedAt() {
        return unsubscribedAt == null ? null : unsubscribedAt.toInstant();
    }

    public Instant bouncedAt() {
        return bouncedAt == null ? null : bouncedAt.toInstant();
    }

    public String bounceNote() {
        return bounceNote;
    }

    public long version() {
        return version;
    }
}
