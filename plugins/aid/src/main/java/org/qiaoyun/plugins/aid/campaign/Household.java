package org.qiaoyun.plugins.aid.campaign;

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
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.casework.Goods;

/**
 * One household of a campaign: the person visited, the area it is in (for the public list), what to hand over
 * (cash, goods with their quantity and estimated value, or both) and who visits. The visitor records the visit
 * once: the day, whether it was handed over (and why not), the signed receipt's photo kept beside it; cash handed
 * over is paid from one of the campaign's funds, whose ledger line is kept here. A 金秋助学 household carries its
 * school year: a person is given one school grant per school year (also a unique key).
 */
@Entity
@Table(name = "aid_campaign_household")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Household {

    /** Where the household's visit stands. */
    public enum Outcome { PENDING, HANDED_OVER, NOT_HANDED_OVER }

    /** The longest reason kept. */
    public static final int REASON_LENGTH = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "campaign_id", length = 36, nullable = false, updatable = false)
    private String campaignId;

    @Column(name = "beneficiary_id", length = 36, nullable = false, updatable = false)
    private String beneficiaryId;

    @Column(name = "area", length = 100)
    private String area;

    @Column(name = "cash_fen", nullable = false)
    private long cashFen;

    @Column(name = "goods", length = Goods.DESCRIPTION_LENGTH)
    private String goods;

    @Column(name = "goods_quantity")
    private Integer goodsQuantity;

    @Column(name = "goods_value_fen", nullable = false)
    private long goodsValueFen;

    @Column(name = "visitor", length = 63)
    private String visitor;

    @Column(name = "school_year")
    private Integer schoolYear;

    @Column(name = "added_by", length = 63, nullable = false, updatable = false)
    private String addedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20, nullable = false)
    private Outcome outcome;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "not_handed_reason", length = REASON_LENGTH)
    private String notHandedReason;

    @Column(name = "fund_id", length = 36)
    private String fundId;

    @Column(name = "fund_entry_id", length = 36)
    private String fundEntryId;

    @Column(name = "visited_by", length = 63)
    private String visitedBy;

    @Column(name = "visited_at")
    private OffsetDateTime visitedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Household() {
    }

    /** What a household is handed: cash, goods (described, counted and valued), or both; never nothing. */
    public record Handout(Money cash, String goods, Integer quantity, Money goodsValue) {

        /** Checks the handout; each refusal names its field ({@code cash}, {@code goods}, {@code quantity}, {@code goodsValue}). */
        public Handout {
            cash = cash == null ? Money.ZERO : cash;
            if (cash.fen() < 0) {
                throw new InvalidInputException("cash", Text.of("aid.campaign.cash-negative"));
            }
            boolean inKind = (goods != null && !goods.isBlank()) || goodsValue != null || quantity != null;
            if (inKind) {
                Goods checked = Goods.of(goods, goodsValue);
                goods = checked.description();
                if (quantity == null || quantity < 1) {
                    throw new InvalidInputException("quantity", Text.of("aid.campaign.quantity-positive"));
                }
            } else {
                goods = null;
                goodsValue = null;
                if (!cash.isPositive()) {
                    throw new InvalidInputException("cash", Text.of("aid.campaign.nothing-to-hand-over"));
                }
            }
        }

        /** What an approver decides on for this household: the cash and the goods' value. */
        public Money total() {
            return goodsValue == null ? cash : cash.plus(goodsValue);
        }
    }

    public Household(Campaign campaign, String beneficiaryId, String area, Handout handout, String visitor, String by) {
        this.id = UUID.randomUUID().toString();
        this.campaignId = campaign.id();
        this.beneficiaryId = beneficiaryId;
        this.area = area == null || area.isBlank() ? null : area.strip();
        this.schoolYear = campaign.schoolYear() == null ? null : campaign.schoolYear().startYear();
        this.addedBy = by;
        this.outcome = Outcome.PENDING;
        hand(handout, visitor);
    }

    /** Changes what is handed over and who visits (while the campaign is a draft). */
    public void hand(Handout handout, String newVisitor) {
        cashFen = handout.cash().fen();
        goods = handout.goods();
        goodsQuantity = handout.goods() == null ? null : handout.quantity();
        goodsValueFen = handout.goodsValue() == null ? 0 : handout.goodsValue().fen();
        visitor = newVisitor == null || newVisitor.isBlank() ? null : newVisitor.strip();
    }

    /** Records that everything was handed over on {@code day}, its cash paid by ledger line {@code entryId} of {@code fund}. */
    public void handedOver(LocalDate day, String fund, String entryId, String by, Instant at) {
        requirePending();
        outcome = Outcome.HANDED_OVER;
        fundId = fund;
        fundEntryId = entryId;
        visited(day, by, at);
    }

    /** Records a visit where nothing was handed over, and why (not at home, moved away, refused). */
    public void notHandedOver(LocalDate day, String reason, String by, Instant at) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("aid.campaign.reason-required"));
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInputException("reason", Text.of("aid.campaign.reason-long", REASON_LENGTH));
        }
        outcome = Outcome.NOT_HANDED_OVER;
        notHandedReason = reason.strip();
        visited(day, by, at);
    }

    /**
     * The ledger line that paid the household's cash was reversed (冲正: paid to the wrong household, or twice): the
     * visit no longer stands, and the household waits for its visit again, to be paid right.
     */
    public void paymentReversed() {
        outcome = Outcome.PENDING;
        fundId = null;
        fundEntryId = null;
        visitedOn = null;
        visitedBy = null;
        visitedAt = null;
    }

    /** Refuses a second visit: what was handed over is recorded once. */
    public void requirePending() {
        if (outcome != Outcome.PENDING) {
            throw new ConflictException(null, Text.of("aid.campaign.visited-already"));
        }
    }

    private void visited(LocalDate day, String by, Instant at) {
        visitedOn = day;
        visitedBy = by;
        visitedAt = at.atOffset(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public String area() {
        return area;
    }

    public Handout handout() {
        return new Handout(new Money(cashFen), goods, goodsQuantity, goods == null ? null : new Money(goodsValueFen));
    }

    public Money cash() {
        return new Money(cashFen);
    }

    public Money goodsValue() {
        return new Money(goodsValueFen);
    }

    public String visitor() {
        return visitor;
    }

    public String addedBy() {
        return addedBy;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String notHandedReason() {
        return notHandedReason;
    }

    public String fundId() {
        return fundId;
    }

    public String fundEntryId() {
        return fundEntryId;
    }

    public String visitedBy() {
        return visitedBy;
    }

    public long version() {
        return version;
    }
}
