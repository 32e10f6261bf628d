package org.qiaoyun.plugins.aid.casework;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.Text;

/**
 * Aid in kind (实物帮扶, such as the goods of a holiday visit 节日慰问): what is given, its estimated value, and
 * when and by whom it was handed over. Goods come from no fund; their value is counted apart from cash
 * ({@code in-kind.<type>}), and it is what an approver decides on beside the cash.
 */
@Embeddable
public class Goods {

    /** The longest description kept. */
    public static final int DESCRIPTION_LENGTH = 500;

    @Column(name = "goods", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "goods_value_fen")
    private Long valueFen;

    @Column(name = "goods_delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "goods_delivered_by", length = 63)
    private String deliveredBy;

    protected Goods() {
    }

    /** Goods described and valued; refused naming the field at fault ({@code goods}, {@code goodsValue}). */
    public static Goods of(String description, Money estimatedValue) {
        if (description == null || description.isBlank()) {
            throw new InvalidInputException("goods", Text.of("aid.goods.description-required"));
        }
        if (description.strip().length() > DESCRIPTION_LENGTH) {
            throw new InvalidInputException("goods", Text.of("aid.goods.description-long", DESCRIPTION_LENGTH));
        }
        if (estimatedValue == null || !estimatedValue.isPositive()) {
            throw new InvalidInputException("goodsValue", Text.of("aid.goods.value-positive"));
        }
        Goods goods = new Goods();
        goods.description = description.strip();
        goods.valueFen = estimatedValue.fen();
        return goods;
    }

    void deliveredBy(String by, Instant at) {
        deliveredBy = by;
        deliveredAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String description() {
        return description;
    }

    public Money estimatedValue() {
        return new Money(valueFen);
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    /** When the goods were handed over; null while they wait. */
    public Instant deliveredAt() {
        return deliveredAt == null ? null : deliveredAt.toInstant();
    }

    public String deliveredBy() {
        return deliveredBy;
    }
}
