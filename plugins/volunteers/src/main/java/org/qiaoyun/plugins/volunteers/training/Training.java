package org.qiaoyun.plugins.volunteers.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * A course a volunteer completed, kept on their service record (the record rules ask for training
 * beside service): which course, when, how many hours, who recorded it.
 */
@Entity
@Table(name = "vol_training")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Training {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "volunteer_id", length = 36, nullable = false, updatable = false)
    private String volunteerId;

    @Column(name = "course", length = 200, nullable = false, updatable = false)
    private String course;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "hours", nullable = false, updatable = false)
    private int hours;

    @Column(name = "recorded_by", length = 63, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Training() {
    }

    /** A course completed {@code on} a day, recorded by {@code by} now by the scope's clock (no course completes in the future). */
    public static Training completed(String volunteerId, String course, LocalDate on, int hours, String by, java.time.Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        if (course == null || course.isBlank()) {
            throw new InvalidInputException("course", Text.of("volunteers.training.course-required"));
        }
        if (on == null || on.isAfter(today)) {
            throw new InvalidInputException("completedOn", Text.of("volunteers.training.completion-date-required-cannot-future"));
        }
        if (hours < 1 || hours > 200) {
            throw new InvalidInputException("hours", Text.of("volunteers.training.hours-course-between-1-200"));
        }
        Training t = new Training();
        t.id = UUID.randomUUID().toString();
        t.volunteerId = volunteerId;
        t.course = course.strip();
        t.completedOn = on;
        t.hours = hours;
        t.recordedBy = by;
        t.recordedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return t;
    }

    public String id() {
        return id;
    }

    public String volunteerId() {
        return volunteerId;
    }

    public String course() {
        return course;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public int hours() {
        return hours;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
