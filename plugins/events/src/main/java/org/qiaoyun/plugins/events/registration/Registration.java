package org.qiaoyun.plugins.events.registration;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
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
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * One person's place at an event (with their companions): taken on the public page, by staff, or at the door.
 * It holds places (confirmed, or pending the organiser's confirmation) or waits in line by its position; it
 * carries an unguessable token for the person's own link and a short code to show at the door, where it is
 * checked in once. Cancelled registrations are kept for the record; their places go to the first in line
 * ({@link Places}).
 */
@Entity
@Table(name = "events_registration")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Registration {

    /** The characters of door codes: no 0/O, 1/I/L to misread at the door. */
    private static final String CODE_CHARACTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "event_id", length = 36, nullable = false, updatable = false)
    private String eventId;

    @Column(name = "name", length = Guest.NAME, nullable = false)
    private String name;

    @Column(name = "phone", length = Guest.PHONE)
    private String phone;

    @Column(name = "email", length = Guest.EMAIL)
    private String email;

    @Column(name = "country", length = Guest.COUNTRY)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 20, nullable = false)
    private Region region;

    @Column(name = "organisation", length = Guest.ORGANISATION)
    private String organisation;

    @Column(name = "companions", nullable = false)
    private int companions;

    @Column(name = "notes", length = Guest.NOTES)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing", length = 10, nullable = false)
    private Standing standing;

    @Column(name = "position", nullable = false)
    private long position;

    @Column(name = "token", length = 43, nullable = false, updatable = false)
    private String token;

    @Column(name = "code", length = CODE_LENGTH, nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 10, nullable = false, updatable = false)
    private Source source;

    @Column(name = "registered_by", length = 63, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "consent_at")
    private OffsetDateTime consentAt;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    @Column(name = "checked_in_by", length = 63)
    private String checkedInBy;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Registration() {
    }

    Registration(String eventId, Guest guest, Standing standing, long position, Source source, String by, Instant now, String code) {
        this.id = UUID.randomUUID().toString();
        this.eventId = eventId;
        this.name = guest.name();
        this.phone = guest.phone();
        this.email = guest.email();
        this.country = guest.country();
        this.region = guest.region();
        this.organisation = guest.organisation();
        this.companions = guest.companions();
        this.notes = guest.notes();
        this.standing = standing;
        this.position = position;
        this.source = source;
        this.registeredBy = by;
        this.registeredAt = now.atOffset(ZoneOffset.UTC);
        this.consentAt = guest.consented() ? registeredAt : null;
        this.token = newToken();
        this.code = code;
    }

    /** An unguessable token for a personal link: 32 random bytes, URL-safe (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }

    /** A code as typed at the door: upper case, spaces and dashes left out. */
    static String typedCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    void cancel(Instant now) {
        if (standing == Standing.CANCELLED) {
            throw new ConflictException("registration", Text.of("events.registration.already-cancelled"));
        }
        if (checkedInAt != null) {
            throw new ConflictException("registration", Text.of("events.registration.already-attended"));
        }
        standing = Standing.CANCELLED;
        cancelledAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Moves up from the waiting list (to pending when the organiser confirms sign-ups). */
    void moveUp(boolean needsConfirmation) {
        standing = needsConfirmation ? Standing.PENDING : Standing.CONFIRMED;
    }

    void confirm() {
        if (standing != Standing.PENDING) {
            throw new ConflictException("registration", Text.of("events.registration.not-pending"));
        }
        standing = Standing.CONFIRMED;
    }

    void checkIn(String by, Instant now) {
        if (checkedInAt != null) {
            throw new ConflictException("code", Text.of("events.checkin.used", org.qiaoyun.plugins.events.ChinaTime.shown(checkedInAt())));
        }
        if (standing != Standing.CONFIRMED) {
            throw new ConflictException("code", Text.of("events.checkin.not-confirmed", Text.of("events.standing." + standing.name())));
        }
        checkedInAt = now.atOffset(ZoneOffset.UTC);
        checkedInBy = by;
    }

    public String id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public String country() {
        return country;
    }

    public Region region() {
        return region;
    }

    public String organisation() {
        return organisation;
    }

    public int companions() {
        return companions;
    }

    /** The guest and their companions. */
    public int people() {
        return 1 + companions;
    }

    public String notes() {
        return notes;
    }

    public Standing standing() {
        return standing;
    }

    public long position() {
        return position;
    }

    public String token() {
        return token;
    }

    public String code() {
        return code;
    }

    public Source source() {
        return source;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt.toInstant();
    }

    public Instant consentAt() {
        return consentAt == null ? null : consentAt.toInstant();
    }

    public Instant checkedInAt() {
        return checkedInAt == null ? null : checkedInAt.toInstant();
    }

    public String checkedInBy() {
        return checkedInBy;
    }

    public Instant cancelledAt() {
        return cancelledAt == null ? null : cancelledAt.toInstant();
    }

    public boolean attended() {
        return checkedInAt != null;
    }

    public long version() {
        return version;
    }
}
