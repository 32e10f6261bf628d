package org.qiaoyun.plugins.legal.network;

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
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.FreeText;

/**
 * A place where returnees bring their legal questions: the federation's legal service centre, or a station
 * or point that belongs to a centre. Each has a name, a place, opening hours and a contact. A centre has a
 * head (负责人), a user of the federation whatever their role, who assigns the centre's consultations and is,
 * with the assigned adviser, the only one who reads them.
 */
@Entity
@Table(name = "legal_station")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Station {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false, updatable = false)
    private StationKind kind;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "opening_hours", length = 200)
    private String openingHours;

    @Column(name = "contact", length = 100)
    private String contact;

    /** The centre a station or point belongs to; null for a centre. */
    @Column(name = "centre_id", length = 36, updatable = false)
    private String centreId;

    /** The head of a centre (a username of the federation); null for stations and points. */
    @Column(name = "head", length = 63)
    private String head;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Station() {
    }

    /** What an admin fills in for a place of the network. */
    public record Details(String name, String place, String openingHours, String contact) {
    }

    /** A centre with its head, already checked to be a user of the federation. */
    static Station centre(Details details, String head, Instant at) {
        Station s = new Station(StationKind.CENTRE, details, at);
        s.head = requireHead(head);
        return s;
    }

    /** A station or point of a centre. */
    static Station of(StationKind kind, Station centre, Details details, Instant at) {
        if (kind == null || kind == StationKind.CENTRE) {
            throw new InvalidInputException("kind", Text.of("legal.station.kind-required"));
        }
        if (centre == null || centre.kind != StationKind.CENTRE) {
            throw new InvalidInputException("centreId", Text.of("legal.station.centre-required"));
        }
        Station s = new Station(kind, details, at);
        s.centreId = centre.id;
        return s;
    }

    private Station(StationKind kind, Details details, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
        describe(details);
    }

    void describe(Details details) {
        name = FreeText.required(details.name(), 100, "name");
        place = FreeText.optional(details.place(), 200, "place");
        openingHours = FreeText.optional(details.openingHours(), 200, "openingHours");
        contact = FreeText.optional(details.contact(), 100, "contact");
    }

    /** Names another head (a user of the federation, checked by the caller). */
    void headedBy(String username) {
        if (kind != StationKind.CENTRE) {
            throw new InvalidInputException("head", Text.of("legal.station.head-of-centre-only"));
        }
        head = requireHead(username);
    }

    private static String requireHead(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("head", Text.of("legal.station.head-required"));
        }
        return username.strip();
    }

    public String id() {
        return id;
    }

    public StationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String place() {
        return place;
    }

    public String openingHours() {
        return openingHours;
    }

    public String contact() {
        return contact;
    }

    /** The centre this place belongs to: itself for a centre. */
    public String centreId() {
        return kind == StationKind.CENTRE ? id : centreId;
    }

    public String head() {
        return head;
    }

    public long version() {
        return version;
    }
}
