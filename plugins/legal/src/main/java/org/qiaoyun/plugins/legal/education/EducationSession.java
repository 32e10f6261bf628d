package org.qiaoyun.plugins.legal.education;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A legal education session (普法): a lecture on the law on overseas Chinese rights, a stand on a market day, a
 * talk in a village. Its topic, place, audience, speakers and how many came; counted per month.
 */
@Entity
@Table(name = "legal_education")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class EducationSession {

    /** More than this many people at one session is a typing error rather than a record. */
    static final int MOST_ATTENDING = 100_000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "topic", length = 200, nullable = false)
    private String topic;

    @Column(name = "place", length = 200, nullable = false)
    private String place;

    @Column(name = "audience", length = 200)
    private String audience;

    @Column(name = "speakers", length = 300)
    private String speakers;

    @Column(name = "attendance", nullable = false)
    private int attendance;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** The names of those who came, one a line, when the organisers kept a list (personal data: recorders read it). */
    @Column(name = "attendees", length = 4000)
    private String attendees;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EducationSession() {
    }

    /** What is recorded of a session. */
    public record Details(LocalDate heldOn, String topic, String place, String audience, String speakers, Integer attendance,
                          String attendees) {

        /** A session whose attendance was counted, no list kept. */
        public Details(LocalDate heldOn, String topic, String place, String audience, String speakers, Integer attendance) {
            this(heldOn, topic, place, audience, speakers, attendance, null);
        }
    }

    static EducationSession record(Details details, LocalDate today, String by, Instant at) {
        EducationSession s = new EducationSession();
        s.id = UUID.randomUUID().toString();
        s.createdBy = by;
        s.createdAt = at.atOffset(ZoneOffset.UTC);
        s.describe(details, today);
        return s;
    }

    void describe(Details details, LocalDate today) {
        if (details.heldOn() == null || details.heldOn().isAfter(today)) {
            throw new InvalidInputException("heldOn", Text.of("legal.education.held-on"));
        }
        if (details.attendance() == null || details.attendance() < 0 || details.attendance() > MOST_ATTENDING) {
            throw new InvalidInputException("attendance", Text.of("legal.education.attendance", MOST_ATTENDING));
        }
        heldOn = details.heldOn();
        topic = FreeText.required(details.topic(), 200, "topic");
        place = FreeText.required(details.place(), 200, "place");
        audience = FreeText.optional(details.audience(), 200, "audience");
        speakers = FreeText.optional(details.speakers(), 300, "speakers");
        attendance = details.attendance();
        attendees = FreeText.optional(details.attendees(), 4000, "attendees");
        long named = attendees == null ? 0 : attendees.lines().filter(line -> !line.isBlank()).count();
        if (named > attendance) {
            throw new InvalidInputException("attendees", Text.of("legal.education.attendees-more", named, attendance));
        }
    }

    /** The list of those who came, if kept; read through {@link EducationSessions#attendees}. */
    String attendees() {
        return attendees;
    }

    /** Whether a list of names was kept. */
    public boolean keptList() {
        return attendees != null;
    }

    public String id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String topic() {
        return topic;
    }

    public String place() {
        return place;
    }

    public String audience() {
        return audience;
    }

    public String speakers() {
        return speakers;
    }

    public int attendance() {
        return attendance;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
