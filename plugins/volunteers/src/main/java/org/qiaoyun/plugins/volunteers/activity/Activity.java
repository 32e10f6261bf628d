package org.qiaoyun.plugins.volunteers.activity;

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

/**
 * Something the federation organises with volunteers (a culture festival, a visit to elderly returnees,
 * a consultation day) which has one or more shifts. It carries what volunteers look for: what it is,
 * where, in which district. An activity that is called off is cancelled with a reason, never deleted:
 * the hours served in it stay on the volunteers' records.
 */
@Entity
@Table(name = "vol_activity")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Activity {

    /** Whether volunteers can still sign up for the activity's shifts. */
    public enum Status { OPEN, CANCELLED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "place", length = 200, nullable = false)
    private String place;

    @Column(name = "district", length = 100)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    /** The module that asked for this activity's volunteers (through staffing), and its own reference. */
    @Column(name = "source_module", length = 63, updatable = false)
    private String sourceModule;

    @Column(name = "source_reference", length = 100, updatable = false)
    private String sourceReference;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Activity() {
    }

    public static Activity create(String title, String description, String place, String district, String createdBy, Instant now) {
        Activity a = new Activity();
        a.id = UUID.randomUUID().toString();
        a.describe(title, description, place, district);
        a.status = Status.OPEN;
        a.createdBy = createdBy;
        a.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return a;
    }

    /** An activity another module asked volunteers for: it names that module's activity it serves. */
    public static Activity forModule(String module, String reference, String title, String place, String district, String createdBy,
                                     Instant now) {
        if (module == null || module.isBlank() || reference == null || reference.isBlank() || reference.length() > 100) {
            throw new InvalidInputException("reference", Text.of("volunteers.activity.staffing-request-names-module-own"));
        }
        Activity a = create(title, null, place, district, createdBy, now);
        a.sourceModule = module;
        a.sourceReference = reference;
        return a;
    }

    /** Changes what the activity is and where; its shifts keep their own places. */
    public void describe(String newTitle, String newDescription, String newPlace, String newDistrict) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new InvalidInputException("title", Text.of("volunteers.activity.activity-s-title-required"));
        }
        if (newTitle.strip().length() > 200) {
            throw new InvalidInputException("title", Text.of("volunteers.activity.title-most-200-characters"));
        }
        if (newPlace == null || newPlace.isBlank()) {
            throw new InvalidInputException("place", Text.of("volunteers.activity.place-required"));
        }
        if (newDescription != null && newDescription.length() > 2000) {
            throw new InvalidInputException("description", Text.of("volunteers.activity.description-most-2-000-characters"));
        }
        requireOpen();
        title = newTitle.strip();
        description = blankToNull(newDescription);
        place = newPlace.strip();
        district = blankToNull(newDistrict);
    }

    /** Calls the activity off; its shifts to come are cancelled with it (see {@code Rosters.cancelActivity}). */
    public void cancel(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("volunteers.activity.cancelling-activity-reason"));
        }
        requireOpen();
        status = Status.CANCELLED;
        cancelReason = reason.strip();
    }

    public void requireOpen() {
        if (status == Status.CANCELLED) {
            throw new ConflictException("status", Text.of("volunteers.activity.activity-cancelled"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String place() {
        return place;
    }

    public String district() {
        return district;
    }

    public Status status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** The module whose activity this one staffs, or null for the volunteer module's own activities. */
    public String sourceModule() {
        return sourceModule;
    }

    public String sourceReference() {
        return sourceReference;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }
}
