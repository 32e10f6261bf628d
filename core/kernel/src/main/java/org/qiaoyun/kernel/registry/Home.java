package org.qiaoyun.kernel.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * A Home of Overseas Chinese (侨胞之家): a service centre of a federation, standalone or hosted in a party-mass
 * service centre (党群服务中心), judged on the five haves. The home assesses itself, with evidence for each have;
 * the federation above assesses it again; the better ones apply to be model units (示范单位), which the level
 * named decides once.
 */
@Entity
@Table(name = "registry_home")
public class Home {

    /** Whether the home stands alone or is hosted in a party-mass service centre. */
    public enum Hosting {
        STANDALONE, PARTY_MASS_CENTRE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Where an application to be a model unit stands. */
    public enum ModelStatus {
        APPLIED, AWARDED, DECLINED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_code", length = 63, nullable = false, updatable = false)
    private String tenantCode;

    @Column(length = 100, nullable = false)
    private String name;

    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private Hosting hosting;

    @Column(name = "has_organisation", nullable = false)
    private boolean hasOrganisation;
    @Column(name = "has_team", nullable = false)
    private boolean hasTeam;
    @Column(name = "has_funding", nullable = false)
    private boolean hasFunding;
    @Column(name = "has_venue", nullable = false)
    private boolean hasVenue;
    @Column(name = "has_activities", nullable = false)
    private boolean hasActivities;

    @Column(name = "evidence_organisation", length = 500)
    private String evidenceOrganisation;
    @Column(name = "evidence_team", length = 500)
    private String evidenceTeam;
    @Column(name = "evidence_funding", length = 500)
    private String evidenceFunding;
    @Column(name = "evidence_venue", length = 500)
    private String evidenceVenue;
    @Column(name = "evidence_activities", length = 500)
    private String evidenceActivities;

    /** The score the federation above gave (0 to 5), with who gave it and why. */
    @Column(name = "assessed_score")
    private Integer assessedScore;
    @Column(name = "assessed_by", length = 63)
    private String assessedBy;
    @Column(name = "assessment_note", length = 500)
    private String assessmentNote;

    @Column(name = "model_year")
    private Integer modelYear;
    @Column(name = "model_level", length = 63)
    private String modelLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "model_status", length = 10)
    private ModelStatus modelStatus;
    @Column(name = "model_decided_by", length = 63)
    private String modelDecidedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Home() {
    }

    Home(String tenantCode, String name, String place, Hosting hosting, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantCode = tenantCode;
        describe(name, place, hosting, at);
    }

    void describe(String name, String place, Hosting hosting, Instant at) {
        this.name = Texts.required("name", name, 100);
        this.place = Texts.optional("place", place, 200);
        this.hosting = hosting == null ? Hosting.STANDALONE : hosting;
        this.changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The home's own assessment: which haves it has, each with its evidence (a have claimed without evidence is refused). */
    void assessItself(Map<Have, String> evidence, Instant at) {
        Map<Have, String> kept = new EnumMap<>(Have.class);
        for (Have have : Have.values()) {
            String said = Texts.optional("evidence." + have.wireName(), evidence.get(have), 500);
            if (evidence.containsKey(have) && said == null) {
                throw new InvalidInputException("evidence." + have.wireName(), Text.of("kernel.registry.home-evidence"));
            }
            kept.put(have, said);
        }
        hasOrganisation = kept.get(Have.ORGANISATION) != null;
        hasTeam = kept.get(Have.TEAM) != null;
        hasFunding = kept.get(Have.FUNDING) != null;
        hasVenue = kept.get(Have.VENUE) != null;
        hasActivities = kept.get(Have.ACTIVITIES) != null;
        evidenceOrganisation = kept.get(Have.ORGANISATION);
        evidenceTeam = kept.get(Have.TEAM);
        evidenceFunding = kept.get(Have.FUNDING);
        evidenceVenue = kept.get(Have.VENUE);
        evidenceActivities = kept.get(Have.ACTIVITIES);
        changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The assessment of the federation above: a score of 0 to 5 and a note. */
    void assess(int score, String note, String by, Instant at) {
        if (score < 0 || score > Have.values().length) {
            throw new InvalidInputException("score", Text.of("kernel.registry.home-score", score));
        }
        assessedScore = score;
        assessmentNote = Texts.optional("note", note, 500);
        assessedBy = by;
        changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Applies to the federation {@code level} (its code) to be named a model unit of {@code year}. */
    void applyForModel(int year, String level, Instant at) {
        if (modelStatus == ModelStatus.APPLIED) {
            throw new ConflictException(null, Text.of("kernel.registry.model-pending"));
        }
        modelYear = year;
        modelLevel = level;
        modelStatus = ModelStatus.APPLIED;
        modelDecidedBy = null;
        changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The awarding level decides, once. */
    void decideModel(boolean award, String by, Instant at) {
        if (modelStatus != ModelStatus.APPLIED) {
            throw new ConflictException(null, Text.of("kernel.registry.model-decided"));
        }
        modelStatus = award ? ModelStatus.AWARDED : ModelStatus.DECLINED;
        modelDecidedBy = by;
        changedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The haves the home claims, with their evidence. */
    public Map<Have, String> evidence() {
        Map<Have, String> all = new EnumMap<>(Have.class);
        all.put(Have.ORGANISATION, evidenceOrganisation);
        all.put(Have.TEAM, evidenceTeam);
        all.put(Have.FUNDING, evidenceFunding);
        all.put(Have.VENUE, evidenceVenue);
        all.put(Have.ACTIVITIES, evidenceActivities);
        all.values().removeIf(java.util.Objects::isNull);
        return all;
    }

    /** How many of the five haves the home claims. */
    public int selfScore() {
        return (hasOrganisation ? 1 : 0) + (hasTeam ? 1 : 0) + (hasFunding ? 1 : 0) + (hasVenue ? 1 : 0) + (hasActivities ? 1 : 0);
    }

    public String id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String name() {
        return name;
    }

    public String place() {
        return place;
    }

    public Hosting hosting() {
        return hosting;
    }

    public Integer assessedScore() {
        return assessedScore;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public String assessmentNote() {
        return assessmentNote;
    }

    public Integer modelYear() {
        return modelYear;
    }

    public String modelLevel() {
        return modelLevel;
    }

    public ModelStatus modelStatus() {
        return modelStatus;
    }

    public String modelDecidedBy() {
        return modelDecidedBy;
    }

    public long version() {
        return version;
    }
}
