package org.qiaoyun.plugins.events.event;

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
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.events.FreeText;

/**
 * A cultural event (文化交流活动) of a federation: a Mid-Autumn gathering, a root-seeking tour, a lecture on
 * 侨批. An organiser plans it as a draft, publishes it (then the public sign-up page opens within its sign-up
 * window), changes it naming the version they saw, postpones it to new times with a reason, or cancels it
 * with a reason; everyone signed up is told of a postponement or a cancellation. Its capacity counts people
 * (a guest and their companions), and is never set below the places already taken.
 */
@Entity
@Table(name = "events_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class CulturalEvent {

    public static final int TITLE = 100;
    public static final int DESCRIPTION = 2000;
    public static final int PLACE = 200;
    public static final int FEE_NOTE = 200;
    public static final int PARTNERS = 300;
    public static final int REASON = 500;
    public static final int MOST_PLACES = 100_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", length = TITLE, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private Kind kind;

    @Column(name = "description", length = DESCRIPTION)
    private String description;

    @Column(name = "place", length = PLACE)
    private String place;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "organiser", length = 63, nullable = false)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 20, nullable = false)
    private Audience audience;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "signup_opens_at")
    private OffsetDateTime signUpOpensAt;

    @Column(name = "signup_closes_at")
    private OffsetDateTime signUpClosesAt;

    @Column(name = "needs_confirmation", nullable = false)
    private boolean needsConfirmation;

    @Column(name = "fee_note", length = FEE_NOTE)
    private String feeNote;

    @Column(name = "partners", length = PARTNERS)
    private String partners;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private Status status;

    /** Why it was last postponed or cancelled. */
    @Column(name = "reason", length = REASON)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** When it was first published: a cancelled event the public once saw stays in the calendar feed as cancelled. */
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CulturalEvent() {
    }

    /** What an organiser fills in; every rule on it is checked when it is applied. */
    public record Details(String title, Kind kind, String description, String place, boolean online, Instant startsAt, Instant endsAt,
                          Audience audience, Integer capacity, Instant signUpOpensAt, Instant signUpClosesAt, boolean needsConfirmation,
                          String feeNote, String partners) {
    }

    static CulturalEvent plan(Details details, String organiser, Instant now) {
        CulturalEvent event = new CulturalEvent();
        event.id = UUID.randomUUID().toString();
        event.organiser = organiser;
        event.status = Status.DRAFT;
        event.createdAt = now.atOffset(ZoneOffset.UTC);
        event.apply(details, 0);
        return event;
    }

    /** Changes the event; the capacity may not fall below {@code placesTaken}. */
    void change(Details details, long placesTaken) {
        requireNotCancelled();
        apply(details, placesTaken);
    }

    void publish(Instant now) {
        requireNotCancelled();
        if (status == Status.PUBLISHED) {
            throw new ConflictException("status", Text.of("events.event.already-published"));
        }
        status = Status.PUBLISHED;
        publishedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** New times for the event, with a reason (told to everyone signed up). */
    void postpone(Instant newStart, Instant newEnd, String why) {
        requireNotCancelled();
        String kept = FreeText.required(why, REASON, "reason");
        if (newStart == null) {
            throw new InvalidInputException("startsAt", Text.of("events.text.required", Text.of("events.field.startsAt")));
        }
        if (newEnd == null) {
            throw new InvalidInputException("endsAt", Text.of("events.text.required", Text.of("events.field.endsAt")));
        }
        if (!newStart.isAfter(startsAt())) {
            throw new InvalidInputException("startsAt", Text.of("events.event.postpone-later"));
        }
        requireOrder(newStart, newEnd);
        startsAt = newStart.atOffset(ZoneOffset.UTC);
        endsAt = newEnd.atOffset(ZoneOffset.UTC);
        reason = kept;
    }

    void cancel(String why) {
        requireNotCancelled();
        reason = FreeText.required(why, REASON, "reason");
        status = Status.CANCELLED;
    }

    /** Whether the public may sign up at {@code now}: published, within its window, and not begun. */
    public boolean openForSignUp(Instant now) {
        return status == Status.PUBLISHED && (signUpOpensAt == null || !now.isBefore(signUpOpensAt.toInstant()))
                && now.isBefore(signUpClosesAt == null ? startsAt() : signUpClosesAt.toInstant()) && now.isBefore(endsAt());
    }

    /** Refuses a sign-up at {@code now}, naming why. */
    public void requireOpenForSignUp(Instant now) {
        if (status == Status.CANCELLED) {
            throw new InvalidInputException("event", Text.of("events.signup.cancelled"));
        }
        if (status != Status.PUBLISHED) {
            throw new InvalidInputException("event", Text.of("events.signup.not-published"));
        }
        if (!openForSignUp(now)) {
            throw new InvalidInputException("event", Text.of("events.signup.outside-window"));
        }
    }

    private void apply(Details d, long placesTaken) {
        String newTitle = FreeText.required(d.title(), TITLE, "title");
        if (d.kind() == null) {
            throw new InvalidInputException("kind", Text.of("events.text.required", Text.of("events.field.kind")));
        }
        String newPlace = FreeText.optional(d.place(), PLACE, "place");
        if (newPlace == null && !d.online()) {
            throw new InvalidInputException("place", Text.of("events.event.place-or-online"));
        }
        if (d.startsAt() == null) {
            throw new InvalidInputException("startsAt", Text.of("events.text.required", Text.of("events.field.startsAt")));
        }
        if (d.endsAt() == null) {
            throw new InvalidInputException("endsAt", Text.of("events.text.required", Text.of("events.field.endsAt")));
        }
        requireOrder(d.startsAt(), d.endsAt());
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > MOST_PLACES) {
            throw new InvalidInputException("capacity", Text.of("events.event.capacity-range", MOST_PLACES));
        }
        if (d.capacity() < placesTaken) {
            throw new InvalidInputException("capacity", Text.of("events.event.capacity-below-taken", placesTaken));
        }
        if (d.signUpOpensAt() != null && d.signUpClosesAt() != null && !d.signUpClosesAt().isAfter(d.signUpOpensAt())) {
            throw new InvalidInputException("signUpClosesAt", Text.of("events.event.window-order"));
        }
        if (d.signUpClosesAt() != null && d.signUpClosesAt().isAfter(d.endsAt())) {
            throw new InvalidInputException("signUpClosesAt", Text.of("events.event.window-after-end"));
        }
        title = newTitle;
        kind = d.kind();
        description = FreeText.optional(d.description(), DESCRIPTION, "description");
        place = newPlace;
        online = d.online();
        startsAt = d.startsAt().atOffset(ZoneOffset.UTC);
        endsAt = d.endsAt().atOffset(ZoneOffset.UTC);
        audience = d.audience() == null ? Audience.EVERYONE : d.audience();
        capacity = d.capacity();
        signUpOpensAt = d.signUpOpensAt() == null ? null : d.signUpOpensAt().atOffset(ZoneOffset.UTC);
        signUpClosesAt = d.signUpClosesAt() == null ? null : d.signUpClosesAt().atOffset(ZoneOffset.UTC);
        needsConfirmation = d.needsConfirmation();
        feeNote = FreeText.optional(d.feeNote(), FEE_NOTE, "feeNote");
        partners = FreeText.optional(d.partners(), PARTNERS, "partners");
    }

    private static void requireOrder(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new InvalidInputException("endsAt", Text.of("events.event.end-before-start"));
        }
    }

    private void requireNotCancelled() {
        if (status == Status.CANCELLED) {
            throw new ConflictException("status", Text.of("events.event.is-cancelled"));
        }
    }

    /** The details as they stand, for a form to start from. */
    public Details details() {
        return new Details(title, kind, description, place, online, startsAt(), endsAt(), audience, capacity, signUpOpensAt(),
                signUpClosesAt(), needsConfirmation, feeNote, partners);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public String place() {
        return place;
    }

    public boolean online() {
        return online;
    }

    public Instant startsAt() {
        return startsAt.toInstant();
    }

    public Instant endsAt() {
        return endsAt.toInstant();
    }

    public String organiser() {
        return organiser;
    }

    public Audience audience() {
        return audience;
    }

    public int capacity() {
        return capacity;
    }

    public Instant signUpOpensAt() {
        return signUpOpensAt == null ? null : signUpOpensAt.toInstant();
    }

    public Instant signUpClosesAt() {
        return signUpClosesAt == null ? null : signUpClosesAt.toInstant();
    }

    public boolean needsConfirmation() {
        return needsConfirmation;
    }

    public String feeNote() {
        return feeNote;
    }

    public String partners() {
        return partners;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** When it was published, or null for an event the public never saw. */
    public Instant publishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }
}
