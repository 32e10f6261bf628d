package org.qiaoyun.plugins.aid.beneficiary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * A person the federation cares for: a returnee, a relative of overseas Chinese, a left-behind
 * child, an empty-nest elder. Their identity document (a resident ID card, or a passport, travel permit,
 * residence permit or permanent residence card: many are overseas Chinese) is stored as its kind, the
 * number encrypted with a keyed hash for look-up and a masked copy for screens; the birth date and sex
 * come from the number where it carries them, else from the caseworker; children under 14 have a guardian; consent to keeping the data is
 * recorded for everybody. A person's cases over the years refer to them by id.
 */
@Entity
@Table(name = "aid_beneficiary")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Beneficiary {

    /** Below this age a guardian is required. */
    public static final int GUARDIAN_AGE = 14;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "male", nullable = false)
    private boolean male;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    /** The sealed number; null once the person's details are erased ({@link #erase}), as are its hash and masked copy. */
    @Column(name = "id_cipher", length = 200)
    private String idCipher;

    @Column(name = "id_hash", length = 64)
    private String idHash;

    @Column(name = "id_masked", length = 40)
    private String idMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_kind", length = 40, nullable = false)
    private DocumentKind idKind;

    /** The issuing state of a foreign passport (ISO 3166-1 alpha-3). */
    @Column(name = "id_country", length = 3)
    private String idCountry;

    /** Which key sealed the number ({@link IdVault#keyId()}; null: a row from before keys were named). */
    @Column(name = "id_key", length = 16)
    private String idKey;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "address", length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30, nullable = false)
    private Category category;

    @Column(name = "tags", length = 200)
    private String tags;

    @Column(name = "household", length = 2000)
    private String household;

    @Column(name = "guardian_name", length = 100)
    private String guardianName;

    @Column(name = "guardian_phone", length = 30)
    private String guardianPhone;

    @Column(name = "consent_date", nullable = false)
    private LocalDate consentDate;

    @Column(name = "consent_by", length = 100, nullable = false)
    private String consentBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Beneficiary() {
    }

    /**
     * What a caseworker fills in to register a person: the document's kind, number and (a foreign passport)
     * issuing state; the birth date and sex where the number does not carry them.
     */
    public record Registration(String name, DocumentKind documentKind, String documentNumber, String issuingCountry,
                               LocalDate birthDate, Boolean male, String phone, String address, Category category,
                               Set<VulnerabilityTag> tags, String household, String guardianName, String guardianPhone,
                               LocalDate consentDate, String consentBy) {

        /** A registration by resident ID number, which carries the birth date and sex. */
        public Registration(String name, String residentId, String phone, String address, Category category,
                            Set<VulnerabilityTag> tags, String household, String guardianName, String guardianPhone,
                            LocalDate consentDate, String consentBy) {
            this(name, DocumentKind.RESIDENT_ID, residentId, null, null, null, phone, address, category, tags, household,
                    guardianName, guardianPhone, consentDate, consentBy);
        }

        /** The document, parsed and checked (a 400 naming the field when it is wrong). */
        public IdentityDocument document(LocalDate today) {
            return IdentityDocument.of(documentKind, documentNumber, issuingCountry, today);
        }
    }

    /** Registers a person; the ID number is checked here and kept only through the vault. */
    public static Beneficiary register(Registration r, ResidentId residentId, IdVault vault, java.time.Clock clock) {
        return register(r, IdentityDocument.of(residentId), vault, clock);
    }

    /** Registers a person by a checked document; the birth date and sex the number carries win over typed ones that disagree. */
    public static Beneficiary register(Registration r, IdentityDocument document, IdVault vault, java.time.Clock clock) {
        // "today" for the plausibility of dates and "now" for the record, both from the scope's one clock
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        Beneficiary b = new Beneficiary();
        b.id = UUID.randomUUID().toString();
        if (r.name() == null || r.name().isBlank()) {
            throw new InvalidInputException("name", Text.of("aid.beneficiary.name-required"));
        }
        if (r.category() == null) {
            throw new InvalidInputException("category", Text.of("aid.beneficiary.category-required"));
        }
        b.name = r.name().strip();
        b.birthDate = birthDate(r, document, today);
        b.male = male(r, document);
        b.idKind = document.kind();
        b.idCountry = document.country().orElse(null);
        b.idCipher = vault.encrypt(document);
        b.idHash = vault.hash(document);
        b.idMasked = document.masked();
        b.idKey = vault.keyId();
        b.phone = blankToNull(r.phone());
        b.address = blankToNull(r.address());
        b.category = r.category();
        b.tags = r.tags() == null ? null : r.tags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        b.household = blankToNull(r.household());
        if (Period.between(b.birthDate, today).getYears() < GUARDIAN_AGE) {
            if (r.guardianName() == null || r.guardianName().isBlank()) {
                throw new InvalidInputException("guardianName", Text.of("aid.beneficiary.guardian-required", GUARDIAN_AGE));
            }
            if (r.guardianPhone() == null || r.guardianPhone().isBlank()) {
                throw new InvalidInputException("guardianPhone", Text.of("aid.beneficiary.guardian-phone-required"));
            }
        }
        b.guardianName = blankToNull(r.guardianName());
        b.guardianPhone = blankToNull(r.guardianPhone());
        if (r.consentDate() == null || r.consentDate().isAfter(today)) {
            throw new InvalidInputException("consentDate", Text.of("aid.beneficiary.consent-date"));
        }
        if (r.consentBy() == null || r.consentBy().isBlank()) {
            throw new InvalidInputException("consentBy", Text.of("aid.beneficiary.consent-by"));
        }
        b.consentDate = r.consentDate();
        b.consentBy = r.consentBy().strip();
        b.createdAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return b;
    }

    /** What may change on a person's record after registration: everything but the ID number and the consent. */
    public record Details(String name, String phone, String address, Category category, Set<VulnerabilityTag> tags,
                          String household, String guardianName, String guardianPhone) {
    }

    /**
     * Changes the record (a new phone, an address, vulnerability that changed, a typo in the name). A child
     * under {@value #GUARDIAN_AGE} keeps a guardian. The ID number is not changed here: a wrong number means
     * a wrong person, registered anew.
     */
    public void describe(Details d, LocalDate today) {
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidInputException("name", Text.of("aid.beneficiary.name-required"));
        }
        if (d.category() == null) {
            throw new InvalidInputException("category", Text.of("aid.beneficiary.category-required"));
        }
        if (Period.between(birthDate, today).getYears() < GUARDIAN_AGE) {
            if (d.guardianName() == null || d.guardianName().isBlank()) {
                throw new InvalidInputException("guardianName", Text.of("aid.beneficiary.guardian-required", GUARDIAN_AGE));
            }
            if (d.guardianPhone() == null || d.guardianPhone().isBlank()) {
                throw new InvalidInputException("guardianPhone", Text.of("aid.beneficiary.guardian-phone-required"));
            }
        }
        name = d.name().strip();
        phone = blankToNull(d.phone());
        address = blankToNull(d.address());
        category = d.category();
        tags = d.tags() == null || d.tags().isEmpty() ? null : d.tags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        household = blankToNull(d.household());
        guardianName = blankToNull(d.guardianName());
        guardianPhone = blankToNull(d.guardianPhone());
    }

    /** What an erased person's name (and who consented) reads: the same in either language, as Chinese forms redact a name. */
    public static final String ERASED = "×××";

    /**
     * Erases the person's details at their request (PIPL art. 47), keeping what is no one's: the record itself (their
     * cases refer to it), the category and vulnerability tags, the sex, the birth year (as the first of January: the
     * figures by age stay right), the kind of document and the consent's date. The name reads {@link #ERASED}; the
     * number's seal, hash and masked copy, the phone, address, household and guardian are gone.
     */
    public void erase() {
        name = ERASED;
        consentBy = ERASED;
        birthDate = birthDate.withDayOfYear(1);
        idCipher = null;
        idHash = null;
        idMasked = null;
        idKey = null;
        idCountry = null;
        phone = null;
        address = null;
        household = null;
        guardianName = null;
        guardianPhone = null;
    }

    /** Whether the person's details were erased ({@link #erase}). */
    public boolean erased() {
        return idCipher == null && ERASED.equals(name);
    }

    private static LocalDate birthDate(Registration r, IdentityDocument document, LocalDate today) {
        if (document.birthDate().isPresent()) {
            if (r.birthDate() != null && !r.birthDate().equals(document.birthDate().get())) {
                throw new InvalidInputException("birthDate", Text.of("aid.beneficiary.birth-date-differs"));
            }
            return document.birthDate().get();
        }
        if (r.birthDate() == null) {
            throw new InvalidInputException("birthDate", Text.of("aid.beneficiary.birth-date-required"));
        }
        if (r.birthDate().isAfter(today) || r.birthDate().getYear() < 1900) {
            throw new InvalidInputException("birthDate", Text.of("aid.beneficiary.birth-date-impossible"));
        }
        return r.birthDate();
    }

    private static boolean male(Registration r, IdentityDocument document) {
        if (document.male().isPresent()) {
            if (r.male() != null && !r.male().equals(document.male().get())) {
                throw new InvalidInputException("gender", Text.of("aid.beneficiary.gender-differs"));
            }
            return document.male().get();
        }
        if (r.male() == null) {
            throw new InvalidInputException("gender", Text.of("aid.beneficiary.gender-required"));
        }
        return r.male();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean male() {
        return male;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String maskedId() {
        return idMasked;
    }

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
            throw new org.qiaoyun.api.ConflictException(null, Text.of("aid.beneficiary.id-key-cannot-decrypt", id));
        }
        IdentityDocument document = IdentityDocument.of(idKind, number, idCountry, today);
        idCipher = vault.encrypt(document);
        idHash = vault.hash(document);
        idKey = vault.keyId();
    }

    /** The kind of the person's identity document. */
    public DocumentKind documentKind() {
        return idKind;
    }

    /** The issuing state of a foreign passport, else null. */
    public String issuingCountry() {
        return idCountry;
    }

    String idCipher() {
        return idCipher;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public Category category() {
        return category;
    }

    public Set<VulnerabilityTag> tags() {
        Set<VulnerabilityTag> set = EnumSet.noneOf(VulnerabilityTag.class);
        if (tags != null && !tags.isEmpty()) {
            Arrays.stream(tags.split(",")).map(VulnerabilityTag::valueOf).forEach(set::add);
        }
        return set;
    }

    public String household() {
        return household;
    }

    public String guardianName() {
        return guardianName;
    }

    public String guardianPhone() {
        return guardianPhone;
    }

    public LocalDate consentDate() {
        return consentDate;
    }

    public String consentBy() {
        return consentBy;
    }

    public long version() {
        return version;
    }
}
