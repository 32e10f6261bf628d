package org.qiaoyun.plugins.volunteers.volunteer;

import java.time.Instant;
import java.time.LocalDate;
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
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.api.Text;

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

    /**
     * Whether the volunteer may sign up for shifts: pending an organiser's approval, approved, or retired
     * (退出: no more sign-ups, the record and its hours kept; re-activated with a reason).
     */
    public enum Status { PENDING, APPROVED, RETIRED }

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

    /** The resident ID number, AES-GCM encrypted under the module's key; never stored readable. */
    @Column(name = "id_cipher", length = 200)
    private String idCipher;

    /** A keyed hash of the number, to find a duplicate without decrypting. */
    @Column(name = "id_hash", length = 64)
    private String idHash;

    @Column(name = "id_masked", length = 40)
    private String idMasked;

    /** The kind of identity document the number is of (null without one). */
    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind", length = 40)
    private DocumentKind idKind;

    /** The issuing state of a foreign passport (ISO 3166-1 alpha-3). */
    @Column(name = "id_country", length = 3)
    private String idCountry;

    /** Which key sealed the number ({@link IdVault#keyId()}; null: a row from before keys were named). */
    @Column(name = "id_key", length = 16)
    private String idKey;

    @Column(name = "male")
    private Boolean male;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "guardian_name", length = 100)
    private String guardianName;

    @Column(name = "guardian_phone", length = 30)
    private String guardianPhone;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    /** Why the volunteer was last retired or re-activated. */
    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_at")
    private OffsetDateTime statusChangedAt;

    @Column(name = "insurer", length = 100)
    private String insurer;

    @Column(name = "policy_number", length = 60)
    private String policyNumber;

    @Column(name = "insured_from")
    private LocalDate insuredFrom;

    @Column(name = "insured_until")
    private LocalDate insuredUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Volunteer() {
    }

    /**
     * @param approvedAtOnce true when an organiser registers the volunteer, false for self-registration
     */
    public static Volunteer register(String username, String name, String phone, String skills, String languages,
                                     String district, String availability, boolean approvedAtOnce, java.time.Instant at) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", Text.of("volunteers.volunteer.volunteer-s-platform-account-required"));
        }
        Volunteer v = new Volunteer();
        v.id = UUID.randomUUID().toString();
        v.username = username.strip();
        v.describe(name, phone, skills, languages, district, availability);
        v.status = approvedAtOnce ? Status.APPROVED : Status.PENDING;
        v.registeredAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return v;
    }

    /**
     * The details a volunteer keeps up to date: name, phone, skills, languages and dialects, district,
     * availability. The account and the ID number stay as registered.
     */
    public void describe(String newName, String newPhone, String newSkills, String newLanguages, String newDistrict,
                         String newAvailability) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("name", Text.of("volunteers.volunteer.name-required"));
        }
        name = newName.strip();
        phone = blank(newPhone);
        skills = blank(newSkills);
        languages = blank(newLanguages);
        district = blank(newDistrict);
        availability = blank(newAvailability);
    }

    /** Under this age a volunteer serves with a guardian's consent, whose name and phone are on the record. */
    public static final int ADULT = 18;

    /**
     * The record's basic information beyond the name (Volunteer Service Record regulation): the resident
     * ID number (encrypted, kept only with the module's key; birth date and gender follow from it), or a
     * birth date alone; and for a minor the guardian who consented.
     */
    public void personalData(ResidentId id, LocalDate born, String guardian, String guardianPhoneNumber, IdVault vault, LocalDate today) {
        personalData(id == null ? null : IdentityDocument.of(id), born, guardian, guardianPhoneNumber, vault, today);
    }

    /**
     * The same with any identity document (a passport, a travel permit, a residence permit, a permanent
     * residence card): the birth date and sex follow from its number where it carries them, else the birth
     * date given is kept.
     */
    public void personalData(IdentityDocument id, LocalDate born, String guardian, String guardianPhoneNumber, IdVault vault,
                             LocalDate today) {
        if (id != null) {
            if (vault == null) {
                throw new InvalidInputException(id.kind() == DocumentKind.RESIDENT_ID ? "residentId" : IdentityDocument.FIELD,
                        Text.of("volunteers.volunteer.id-numbers-cannot-kept-here"));
            }
            idCipher = vault.encrypt(id);
            idHash = vault.hash(id);
            idMasked = id.masked();
            idKind = id.kind();
            idCountry = id.country().orElse(null);
            idKey = vault.keyId();
            male = id.male().orElse(null);
            birthDate = id.birthDate().orElse(null);
        }
        if (birthDate == null && born != null) {
            if (born.isAfter(today)) {
                throw new InvalidInputException("birthDate", Text.of("volunteers.volunteer.birth-date-cannot-future"));
            }
            birthDate = born;
        }
        if (isMinor(today)) {
            if (guardian == null || guardian.isBlank()) {
                throw new InvalidInputException("guardianName", Text.of("volunteers.volunteer.volunteer-under-18-serves-guardian"));
            }
            if (guardianPhoneNumber == null || guardianPhoneNumber.isBlank()) {
                throw new InvalidInputException("guardianPhone", Text.of("volunteers.volunteer.guardian-s-phone-required"));
            }
            guardianName = guardian.strip();
            guardianPhone = guardianPhoneNumber.strip();
        }
    }

    /** What an erased volunteer's name reads: the same in either language, as Chinese forms redact a name. */
    public static final String ERASED = "×××";

    /**
     * Erases the volunteer's details at their request (PIPL art. 47), keeping what is no one's: the record (their
     * sign-ups and hours refer to it), retired so that it signs up for nothing, with the sex and the birth year (as the
     * first of January). The name reads {@link #ERASED}; the account is unlinked (the username becomes
     * {@code erased-<id>}); phone, skills, languages, district, availability, the document, the guardian, the insurance
     * and the reason of the last change of status are gone.
     */
    public void erase(Instant at) {
        username = "erased-" + id;
        name = ERASED;
        phone = null;
        skills = null;
        languages = null;
        district = null;
        availability = null;
        idCipher = null;
        idHash = null;
        idMasked = null;
        idCountry = null;
        idKey = null;
        birthDate = birthDate == null ? null : birthDate.withDayOfYear(1);
        guardianName = null;
        guardianPhone = null;
        insurer = null;
        policyNumber = null;
        insuredFrom = null;
        insuredUntil = null;
        statusReason = null;
        if (status != Status.RETIRED) {
            status = Status.RETIRED;
            statusChangedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        }
    }

    /** Whether the volunteer's details were erased ({@link #erase}). */
    public boolean erased() {
        return ERASED.equals(name) && username.equals("erased-" + id);
    }

    /** Whether the volunteer is under 18 today (unknown birth date: not known to be). */
    public boolean isMinor(LocalDate today) {
        return birthDate != null && birthDate.plusYears(ADULT).isAfter(today);
    }

    /** The full ID number, decrypted: for the reveal that is audited, nothing else. */
    public String revealId(IdVault vault) {
        return idCipher == null ? null : vault.decrypt(idCipher);
    }

    public void approve() {
        if (status != Status.PENDING) {
            throw new ConflictException("status", Text.of("volunteers.volunteer.volunteer-approved-already"));
        }
        status = Status.APPROVED;
    }

    /**
     * The volunteer leaves service (退出), with a reason: no more sign-ups; the record, its hours and
     * certificates stay. Places on shifts to come are given up by the caller ({@code Retirements}).
     */
    public void retire(String reason, java.time.Instant now) {
        requireStatusReason(reason);
        if (status == Status.RETIRED) {
            throw new ConflictException("status", Text.of("volunteers.volunteer.retired-already"));
        }
        status = Status.RETIRED;
        statusReason = reason.strip();
        statusChangedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** A retired volunteer comes back (approved again), with a reason. */
    public void reactivate(String reason, java.time.Instant now) {
        requireStatusReason(reason);
        if (status != Status.RETIRED) {
            throw new ConflictException("status", Text.of("volunteers.volunteer.not-retired"));
        }
        status = Status.APPROVED;
        statusReason = reason.strip();
        statusChangedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    private static void requireStatusReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("volunteers.volunteer.status-change-reason"));
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", Text.of("volunteers.shift.reason-most-500-characters"));
        }
    }

    /** Records the volunteer's accident insurance policy (志愿服务条例 Art. 17), or removes it with null. */
    public void insure(Insurance policy) {
        insurer = policy == null ? null : policy.insurer();
        policyNumber = policy == null ? null : policy.policyNumber();
        insuredFrom = policy == null ? null : policy.validFrom();
        insuredUntil = policy == null ? null : policy.validUntil();
    }

    /** The insurance policy on record, if any. */
    public java.util.Optional<Insurance> insurance() {
        return insurer == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Insurance(insurer, policyNumber, insuredFrom, insuredUntil));
    }

    /** Whether a policy on record covers this day. */
    public boolean insuredOn(LocalDate day) {
        return insurance().map(policy -> policy.covers(day)).orElse(false);
    }

    /** Why the volunteer was last retired or re-activated. */
    public String statusReason() {
        return statusReason;
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

    public Instant registeredAt() {
        return registeredAt.toInstant();
    }

    /** The ID number as screens and the API show it, e.g. {@code 4407**********1234}; null if none was given. */
    /**
     * Seals the number anew under the vault's key (a key rotation): the cipher, the hash and the name of
     * the key change together, in the caller's transaction. A number neither key opens is refused.
     */
    /** Which key sealed the ID number (see {@link IdKeyRotation}). */
    String idKey() {
        return idKey;
    }

    void reseal(IdVault vault, LocalDate today) {
        String number;
        try {
            number = vault.decrypt(idCipher);
        } catch (IllegalStateException neitherKey) {
            throw new ConflictException(null, Text.of("volunteers.volunteer.id-key-cannot-decrypt", id));
        }
        IdentityDocument document = IdentityDocument.of(idKind == null ? DocumentKind.RESIDENT_ID : idKind, number, idCountry, today);
        idCipher = vault.encrypt(document);
        idHash = vault.hash(document);
        idKind = document.kind();
        idKey = vault.keyId();
    }

    /** The kind of the volunteer's identity document, or null without one. */
    public DocumentKind documentKind() {
        return idKind;
    }

    /** The issuing state of a foreign passport, else null. */
    public String issuingCountry() {
        return idCountry;
    }

    public String idMasked() {
        return idMasked;
    }

    public String idHash() {
        return idHash;
    }

    public Boolean male() {
        return male;
    }

    /** The year of birth only: the full date of a minor is not for lists and screens. */
    public Integer birthYear() {
        return birthDate == null ? null : birthDate.getYear();
    }

    public String guardianName() {
        return guardianName;
    }

    public String guardianPhone() {
        return guardianPhone;
    }

    public long version() {
        return version;
    }
}
