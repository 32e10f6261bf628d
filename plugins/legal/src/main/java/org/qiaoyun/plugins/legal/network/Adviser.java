package org.qiaoyun.plugins.legal.network;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.qiaoyun.plugins.legal.consultation.Category;

/**
 * A legal adviser of the federation (法律顾问, often of its legal advisory committee 法顾委): either a user of
 * the platform with the role {@code legal_adviser}, who works their consultations on the screens, or an
 * external lawyer without an account (firm, licence number), whose steps the centre's head records. Each
 * names the categories they know best, the languages and dialects they speak (粤语, 台山话, 闽南话, English)
 * and the stations they serve; what the assignment desk matches a consultation against.
 */
@Entity
@Table(name = "legal_adviser")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Adviser {

    /** A lawyer's licence number (律师执业证号): seventeen digits. */
    private static final Pattern LICENCE = Pattern.compile("\\d{17}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The platform account, for an adviser who has one; null for an external lawyer. */
    @Column(name = "username", length = 63, updatable = false)
    private String username;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "firm", length = 200)
    private String firm;

    @Column(name = "licence_number", length = 17)
    private String licenceNumber;

    @Column(name = "specialities", length = 300)
    private String specialities;

    @Column(name = "languages", length = 300)
    private String languages;

    @Column(name = "station_ids", length = 1000)
    private String stationIds;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Adviser() {
    }

    /** What an admin fills in for an adviser; {@code username} empty for an external lawyer. */
    public record Profile(String username, String name, String firm, String licenceNumber, Set<Category> specialities,
                          List<String> languages, Set<String> stationIds) {
    }

    /** An adviser; the account (when named) has been checked to be the federation's, the stations to exist. */
    static Adviser of(Profile profile, Instant at) {
        Adviser a = new Adviser();
        a.id = UUID.randomUUID().toString();
        a.username = FreeText.optional(profile.username(), 63, "username");
        a.active = true;
        a.createdAt = at.atOffset(ZoneOffset.UTC);
        a.describe(profile);
        return a;
    }

    void describe(Profile profile) {
        name = FreeText.required(profile.name(), 100, "name");
        firm = FreeText.optional(profile.firm(), 200, "firm");
        licenceNumber = FreeText.optional(profile.licenceNumber(), 17, "licenceNumber");
        if (username == null && firm == null) {
            throw new InvalidInputException("firm", Text.of("legal.adviser.external-firm"));
        }
        if (username == null && licenceNumber == null) {
            throw new InvalidInputException("licenceNumber", Text.of("legal.adviser.external-licence"));
        }
        if (licenceNumber != null && !LICENCE.matcher(licenceNumber).matches()) {
            throw new InvalidInputException("licenceNumber", Text.of("legal.adviser.licence-shape"));
        }
        specialities = join(profile.specialities() == null ? List.of() : profile.specialities().stream().map(Enum::name).sorted().toList());
        List<String> spoken = profile.languages() == null ? List.of()
                : profile.languages().stream().filter(l -> l != null && !l.isBlank()).map(l -> FreeText.optional(l, 30, "languages"))
                        .distinct().toList();
        languages = join(spoken);
        stationIds = join(profile.stationIds() == null ? List.of() : profile.stationIds().stream().sorted().toList());
        if (languages != null && languages.length() > 300) {
            throw new InvalidInputException("languages", Text.of("legal.text.too-long", Text.of("legal.field.languages"), 300));
        }
    }

    void retire() {
        active = false;
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }

    public String id() {
        return id;
    }

    /** The adviser's platform account; empty for an external lawyer. */
    public java.util.Optional<String> username() {
        return java.util.Optional.ofNullable(username);
    }

    public String name() {
        return name;
    }

    public String firm() {
        return firm;
    }

    public String licenceNumber() {
        return licenceNumber;
    }

    public Set<Category> specialities() {
        Set<Category> set = EnumSet.noneOf(Category.class);
        split(specialities).forEach(s -> set.add(Category.valueOf(s)));
        return set;
    }

    public List<String> languages() {
        return split(languages);
    }

    public Set<String> stationIds() {
        return new LinkedHashSet<>(split(stationIds));
    }

    /** Whether the adviser serves this station. */
    public boolean serves(String stationId) {
        return split(stationIds).contains(stationId);
    }

    /** Whether the adviser speaks this language or dialect (as written, case aside). */
    public boolean speaks(String language) {
        return language != null && split(languages).stream().anyMatch(l -> l.equalsIgnoreCase(language.strip()));
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return name + (username == null ? "" : " (" + username + ")") + Arrays.toString(specialities().toArray());
    }
}
