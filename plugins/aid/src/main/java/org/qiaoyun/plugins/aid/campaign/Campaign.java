package org.qiaoyun.plugins.aid.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;

/**
 * A campaign (送温暖 before the Spring Festival, 金秋助学 each school year): a federation's round of visits to many
 * households at once, each handed cash or goods. It is drafted with its period, its budget drawn from named funds
 * and its eligibility rule (the vulnerabilities and areas from which households are picked; a school grant once per
 * person per school year); its list of households is built, then approved once, as a whole, within the approver's
 * limit and within the budget (beyond it refused, naming the shortfall). Whoever built the list does not approve it
 * alone: their approval is a first one, and another person, whose own limit covers the largest household, approves
 * it. Once approved, the visitors hand over what is due; the first visit puts the campaign in progress; a decider
 * closes it.
 */
@Entity
@Table(name = "aid_campaign")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Campaign {

    /** draft → approved → in progress → closed. */
    public enum Status { DRAFT, APPROVED, IN_PROGRESS, CLOSED }

    /** The longest name kept. */
    public static final int NAME_LENGTH = 200;

    /** The longest list of areas kept (names separated by commas). */
    public static final int AREAS_LENGTH = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private CampaignKind kind;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** The vulnerabilities households are picked by (comma-separated codes); empty: any. */
    @Column(name = "tags", length = 200)
    private String tags;

    /** The areas households are picked in (names as addresses carry them, comma-separated); empty: anywhere. */
    @Column(name = "areas", length = AREAS_LENGTH)
    private String areas;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private Status status;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Who approved first, when the list waits for a second approver; cleared when the list changes. */
    @Column(name = "first_approver", length = 63)
    private String firstApprover;

    @Column(name = "approved_by", length = 63)
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "closed_by", length = 63)
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Campaign() {
    }

    /** Drafts a campaign; each refusal names its field. */
    public static Campaign draft(String name, CampaignKind kind, LocalDate from, LocalDate to, Set<VulnerabilityTag> tags,
                                 List<String> areas, String by, Instant at) {
        if (kind == null) {
            throw new InvalidInputException("kind", Text.of("aid.campaign.kind-required"));
        }
        Campaign c = new Campaign();
        c.id = UUID.randomUUID().toString();
        c.kind = kind;
        c.describe(name, from, to, tags, areas);
        c.status = Status.DRAFT;
        c.createdBy = by;
        c.createdAt = at.atOffset(ZoneOffset.UTC);
        return c;
    }

    /** Changes what the draft says of itself (its name, period and rule); the kind stays. */
    public void describe(String newName, LocalDate from, LocalDate to, Set<VulnerabilityTag> newTags, List<String> newAreas) {
        requireDraft();
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("name", Text.of("aid.campaign.name-required"));
        }
        if (newName.strip().length() > NAME_LENGTH) {
            throw new InvalidInputException("name", Text.of("aid.campaign.name-long", NAME_LENGTH));
        }
        if (from == null) {
            throw new InvalidInputException("from", Text.of("aid.campaign.from-required"));
        }
        if (to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", Text.of("aid.campaign.to-before-from"));
        }
        String areaList = newAreas == null ? "" : newAreas.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .distinct().collect(Collectors.joining(","));
        if (areaList.length() > AREAS_LENGTH) {
            throw new InvalidInputException("areas", Text.of("aid.campaign.areas-long", AREAS_LENGTH));
        }
        name = newName.strip();
        startsOn = from;
        endsOn = to;
        tags = newTags == null || newTags.isEmpty() ? null : newTags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        areas = areaList.isEmpty() ? null : areaList;
        listChanged();
    }

    /** Refuses a change of the list or the budget once the campaign is approved. */
    public void requireDraft() {
        if (status != null && status != Status.DRAFT) {
            throw new ConflictException(null, Text.of("aid.campaign.not-draft", Text.of("aid.campaign.status." + status.name())));
        }
    }

    /** The list or the budget changed: a first approval given to what was there before no longer stands. */
    public void listChanged() {
        firstApprover = null;
    }

    /** What the list comes to: its households, their cash and goods, and the most one household is given. */
    public record Totals(int households, Money cash, Money goods, Money largest) {
    }

    /**
     * Approves the list ({@code by}, whose strongest role may approve {@code limit} alone; null: may not approve).
     * Refused beyond the budget (naming the shortfall) and for an empty list. Whoever {@code built} the list, or
     * whose limit is below the largest household, gives a first approval only; a second person, who did not build
     * the list and whose limit covers it, approves it. Returns whether the campaign is now approved.
     */
    public boolean approve(String by, Money limit, Set<String> built, Totals totals, Money budget, Instant at) {
        requireDraft();
        if (limit == null) {
            throw new ConflictException(null, Text.of("aid.case.role-may-not-approve"));
        }
        if (totals.households() == 0) {
            throw new ConflictException(null, Text.of("aid.campaign.empty"));
        }
        if (totals.cash().compareTo(budget) > 0) {
            throw new InvalidInputException("budget", Text.of("aid.campaign.over-budget", totals.cash().minus(budget).toString(),
                    totals.cash().toString(), budget.toString()));
        }
        boolean alone = !built.contains(by) && totals.largest().compareTo(limit) <= 0;
        if (firstApprover != null) {
            if (firstApprover.equals(by)) {
                throw new ConflictException(null, Text.of("aid.case.second-approver-same"));
            }
            if (built.contains(by)) {
                throw new ConflictException(null, Text.of("aid.campaign.approver-built-list"));
            }
            if (!alone) {
                throw new ConflictException(null, Text.of("aid.campaign.second-approver-limit", totals.largest().toString(), limit.toString()));
            }
        } else if (!alone) {
            firstApprover = by;
            return false;
        }
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = at.atOffset(ZoneOffset.UTC);
        return true;
    }

    /** Refuses a visit unless the list is approved and the campaign not closed. */
    public void requireHandingOver() {
        if (status != Status.APPROVED && status != Status.IN_PROGRESS) {
            throw new ConflictException(null, Text.of("aid.campaign.not-handing-over", Text.of("aid.campaign.status." + status.name())));
        }
    }

    /** A household was visited: the campaign is under way. */
    public void visited() {
        requireHandingOver();
        status = Status.IN_PROGRESS;
    }

    /** Ends the campaign: no more visits are recorded. */
    public void close(String by, Instant at) {
        if (!EnumSet.of(Status.APPROVED, Status.IN_PROGRESS).contains(status)) {
            throw new ConflictException(null, Text.of("aid.campaign.not-handing-over", Text.of("aid.campaign.status." + status.name())));
        }
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** The school year of a 金秋助学 campaign (the year of its first day); null for other kinds. */
    public SchoolYear schoolYear() {
        return kind == CampaignKind.SCHOOL_AID ? SchoolYear.of(startsOn) : null;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CampaignKind kind() {
        return kind;
    }

    public LocalDate from() {
        return startsOn;
    }

    public LocalDate to() {
        return endsOn;
    }

    public Set<VulnerabilityTag> tags() {
        return tags == null ? Set.of() : Arrays.stream(tags.split(",")).map(VulnerabilityTag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VulnerabilityTag.class)));
    }

    public List<String> areas() {
        return areas == null ? List.of() : List.of(areas.split(","));
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String firstApprover() {
        return firstApprover;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String closedBy() {
        return closedBy;
    }

    public long version() {
        return version;
    }
}
