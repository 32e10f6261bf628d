package org.qiaoyun.kernel.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A visit to a contact point: the day, whom the cadre met, the problems raised, the help given and when to follow
 * up. It names people by design, so it is read only by the cadre and the admins of the federation that assigned
 * them, and every read is audited.
 */
@Entity
@Table(name = "registry_visit")
public class Visit {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "contact_point_id", length = 36, nullable = false, updatable = false)
    private String contactPointId;

    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate day;

    @Column(length = 200, updatable = false)
    private String met;

    @Column(length = 1000, updatable = false)
    private String problems;

    @Column(length = 1000, updatable = false)
    private String help;

    @Column(name = "follow_up_by", updatable = false)
    private LocalDate followUpBy;

    @Column(name = "recorded_by", length = 63, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Visit() {
    }

    Visit(String contactPointId, VisitInput input, String recordedBy, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.contactPointId = contactPointId;
        this.day = input.day();
        this.met = input.met();
        this.problems = input.problems();
        this.help = input.help();
        this.followUpBy = input.followUpBy();
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String met() {
        return met;
    }

    public String problems() {
        return problems;
    }

    public String help() {
        return help;
    }

    public LocalDate followUpBy() {
        return followUpBy;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
