package org.qiaoyun.kernel.registry;

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

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * A township or village of a county (or of a city without counties) with the count of the people the
 * coverage rule counts (侨情: returnees, relatives, overseas Chinese and their relatives, returned students),
 * from the latest survey, and the grassroots organisation it has. A federation of the area may be a workspace
 * of its own (a tenant); a branch, group or workstation is registered here without becoming one.
 */
@Entity
@Table(name = "registry_area")
public class Area {

    static final int MAX_PEOPLE = 10_000_000;

    @Id
    @Column(length = 36)
    private String id;

    /** The federation that keeps the record: a county, or a city without counties. */
    @Column(name = "tenant_code", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(name = "division_code", length = 12, nullable = false)
    private String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private AreaKind kind;

    @Column(length = 100, nullable = false)
    private String name;

    @Column(nullable = false)
    private int people;

    @Column(name = "survey_year")
    private Integer surveyYear;

    @Column(name = "survey_source", length = 200)
    private String surveySource;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private OrganisationForm organisation;

    @Column(name = "organisation_name", length = 100)
    private String organisationName;

    @Column(name = "organised_in")
    private Integer organisedIn;

    /**
     * The year (in Beijing) this record first said the area has a federation; cleared when it no longer does. The
     * coverage progress counts a federation from it when its founding year is not known.
     */
    @Column(name = "federation_since")
    private Integer federationSince;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Area() {
    }

    Area(String tenantCode, AreaInput input, java.time.Instant at, int thisYear) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        this.divisionCode = input.divisionCode();
        this.kind = input.kind();
        apply(input, at, thisYear);
    }

    /**
     * Takes what a survey or a new organisation changed; the division code (and with it the kind) stays.
     * {@code thisYear} (in Beijing) is when a federation newly recorded here is known to exist.
     */
    void apply(AreaInput input, java.time.Instant at, int thisYear) {
        if (!input.divisionCode().equals(divisionCode)) {
            throw new InvalidInputException("divisionCode", Text.of("kernel.registry.area-code-fixed", divisionCode));
        }
        this.name = input.name();
        this.people = input.people();
        this.surveyYear = input.surveyYear();
        this.surveySource = input.surveySource();
        this.organisation = input.organisation();
        this.organisationName = input.organisationName();
        this.organisedIn = input.organisedIn();
        if (organisation != OrganisationForm.FEDERATION) {
            this.federationSince = null;
        } else if (federationSince == null) {
            this.federationSince = thisYear;
        }
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public AreaCoverage coverage() {
        return AreaCoverage.of(kind, people, organisation);
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public AreaKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int people() {
        return people;
    }

    public Integer surveyYear() {
        return surveyYear;
    }

    public String surveySource() {
        return surveySource;
    }

    public OrganisationForm organisation() {
        return organisation;
    }

    public String organisationName() {
        return organisationName;
    }

    /** The year the area's organisation was set up, if known. */
    public Integer organisedIn() {
        return organisedIn;
    }

    /**
     * The year from which the area counts as covered by a federation: its founding year when known, else the year
     * the record first said it has one; empty without a federation.
     */
    public java.util.Optional<Integer> federationFrom() {
        return organisation != OrganisationForm.FEDERATION ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(organisedIn != null ? organisedIn : federationSince);
    }

    public java.time.Instant changedAt() {
        return changedAt.toInstant();
    }

    public long version() {
        return version;
    }
}
