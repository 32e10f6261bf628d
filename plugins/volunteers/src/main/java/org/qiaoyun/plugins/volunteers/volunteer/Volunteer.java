package org.qiaoyun.plugins.volunteers.volunteer;

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

/**
 * A volunteer of the federation, with what the volunteer service record keeps (Ministry of Civil
 * Affairs, 2021): who they are, their skills, languages and dialects, district and availability. A
 * volunteer who registers themselves waits for an organiser's approval; one an organiser registers is
 * approved at once. The account is a platform user with the volunteer role.
 */
@Entity
@Table(name = "vol_volunteer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Volunteer {

    /** Whether the volunteer may sign up for shifts yet. */
    public enum Status { PENDING, APPROVED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "username", length = 63, nullable = false)
    private String username;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "skills", length = 500)
    private String skills;

    @Column(name = "languages", length = 500)
    private String languages;

    @Column(name = "district", length = 100)
    private String district;

    @Column(name = "availability", length = 500)
    private String availability;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Volunteer() {
    }

    /**
     * @param approvedAtOnce true when an organiser registers the volunteer, false for self-registration
     */
    public static Volunteer register(String username, String name, String phone, String skills, String languages,
                                     String district, String availability, boolean approvedAtOnce) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "the volunteer's platform account is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "the name is required");
        }
        Volunteer v = new Volunteer();
        v.id = UUID.randomUUID().toString();
        v.username = username.strip();
        v.name = name.strip();
        v.phone = blank(phone);
        v.skills = blank(skills);
        v.languages = blank(languages);
        v.district = blank(district);
        v.availability = blank(availability);
        v.status = approvedAtOnce ? Status.APPROVED : Status.PENDING;
        v.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        return v;
    }

    public void approve() {
        if (status == Status.APPROVED) {
            throw new ConflictException("status", "the volunteer is approved already");
        }
        status = Status.APPROVED;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String skills() {
        return skills;
    }

    public String languages() {
        return languages;
    }

    public String district() {
        return district;
    }

    public String availability() {
        return availability;
    }

    public Status status() {
        return status;
    }

    public java.time.Instant registeredAt() {
        return registeredAt.toInstant();
    }

    public long version() {
        return version;
    }
}
