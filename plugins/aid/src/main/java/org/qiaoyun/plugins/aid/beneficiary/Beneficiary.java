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
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * A person the federation cares for: a returnee, a relative of overseas Chinese, a left-behind
 * child, an empty-nest elder. The resident ID number is stored encrypted with a keyed hash for look-up
 * and a masked copy for screens; children under 14 have a guardian; consent to keeping the data is
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

    @Column(name = "id_cipher", length = 200, nullable = false)
    private String idCipher;

    @Column(name = "id_hash", length = 64, nullable = false)
    private String idHash;

    @Column(name = "id_masked", length = 18, nullable = false)
    private String idMasked;

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

    /** What a caseworker fills in to register a person. */
    public record Registration(String name, String residentId, String phone, String address, Category category,
                               Set<VulnerabilityTag> tags, String household, String guardianName, String guardianPhone,
                               LocalDate consentDate, String consentBy) {
    }

    /** Registers a person; the ID number is checked here and kept only through the vault. */
    /** The service stamps the registration with the scope's clock (tests fix it). */
    void registeredAt(java.time.Instant when) {
        createdAt = OffsetDateTime.ofInstant(when, ZoneOffset.UTC);
    }

    public static Beneficiary register(Registration r, ResidentId residentId, IdVault vault, LocalDate today) {
        Beneficiary b = new Beneficiary();
        b.id = UUID.randomUUID().toString();
        if (r.name() == null || r.name().isBlank()) {
            throw new InvalidInputException("name", Text.of("aid.beneficiary.name-required"));
        }
        if (r.category() == null) {
            throw new InvalidInputException("category", Text.of("aid.beneficiary.category-required"));
        }
        b.name = r.name().strip();
        b.male = residentId.isMale();
        b.birthDate = residentId.birthDate();
        b.idCipher = vault.encrypt(residentId);
        b.idHash = vault.hash(residentId);
        b.idMasked = residentId.masked();
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
        b.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
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
