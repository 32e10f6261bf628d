package org.qiaoyun.kernel.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The organisation record beside a tenant (a profile of the federation as an organisation): its form, for an
 * institution its kind, its unified social credit code, founding, address, chair and contact, its last election
 * and term (a term overdue is flagged), its staff, and the people it serves by kind.
 */
@Entity
@Table(name = "registry_profile")
public class OrganisationProfile {

    @Id
    @Column(name = "tenant_code", length = 63)
    private String tenantCode;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private OrganisationForm form;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_kind", length = 24)
    private InstitutionKind institutionKind;

    @Column(length = 18)
    private String uscc;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(length = 200)
    private String address;

    @Column(length = 50)
    private String chair;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "last_election")
    private LocalDate lastElection;

    @Column(name = "term_years", nullable = false)
    private int termYears;

    @Column(name = "staff_full_time", nullable = false)
    private int staffFullTime;

    @Column(name = "staff_part_time", nullable = false)
    private int staffPartTime;

    @Column(nullable = false)
    private int returnees;

    @Column(nullable = false)
    private int relatives;

    @Column(name = "overseas_chinese", nullable = false)
    private int overseasChinese;

    @Column(name = "returned_students", nullable = false)
    private int returnedStudents;

    @Column(name = "new_migrants", nullable = false)
    private int newMigrants;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected OrganisationProfile() {
    }

    OrganisationProfile(String tenantCode) {
        this.tenantCode = tenantCode;
    }

    void apply(ProfileInput input, java.time.Instant at) {
        form = input.form();
        institutionKind = input.institutionKind();
        uscc = input.uscc() == null ? null : input.uscc().value();
        foundedOn = input.foundedOn();
        address = input.address();
        chair = input.chair();
        contactPhone = input.contactPhone();
        lastElection = input.lastElection();
        termYears = input.termYears();
        staffFullTime = input.staffFullTime();
        staffPartTime = input.staffPartTime();
        returnees = input.served().returnees();
        relatives = input.served().relatives();
        overseasChinese = input.served().overseasChinese();
        returnedStudents = input.served().returnedStudents();
        newMigrants = input.served().newMigrants();
        changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** When the next election is due: a term after the last one; empty while no election is recorded. */
    public java.util.Optional<LocalDate> electionDue() {
        return java.util.Optional.ofNullable(lastElection).map(last -> last.plusYears(termYears));
    }

    /** Whether the term has run out on {@code today} without a new election (换届逾期). */
    public boolean electionOverdue(LocalDate today) {
        return electionDue().map(today::isAfter).orElse(false);
    }

    public String tenantCode() {
        return tenantCode;
    }

    public OrganisationForm form() {
        return form;
    }

    public InstitutionKind institutionKind() {
        return institutionKind;
    }

    public String uscc() {
        return uscc;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public String address() {
        return address;
    }

    public String chair() {
        return chair;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public LocalDate lastElection() {
        return lastElection;
    }

    public int termYears() {
        return termYears;
    }

    public int staffFullTime() {
        return staffFullTime;
    }

    public int staffPartTime() {
        return staffPartTime;
    }

    public ProfileInput.Served served() {
        return new ProfileInput.Served(returnees, relatives, overseasChinese, returnedStudents, newMigrants);
    }

    public long version() {
        return version;
    }
}
