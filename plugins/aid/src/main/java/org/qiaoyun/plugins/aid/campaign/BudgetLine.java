package org.qiaoyun.plugins.aid.campaign;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * What a campaign may draw from one fund: the fund and the amount. A campaign's budget is the sum of its lines; its
 * households' cash is paid from the funds in the lines' order, each up to its amount.
 */
@Entity
@Table(name = "aid_campaign_fund")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class BudgetLine {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "campaign_id", length = 36, nullable = false, updatable = false)
    private String campaignId;

    @Column(name = "fund_id", length = 36, nullable = false, updatable = false)
    private String fundId;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int position;

    protected BudgetLine() {
    }

    /** The campaign's line {@code position} (from 0): {@code amount} from fund {@code fundId}, above zero. */
    public BudgetLine(String campaignId, String fundId, Money amount, int position) {
        if (amount == null || !amount.isPositive()) {
            throw new InvalidInputException("funds", Text.of("aid.campaign.budget-positive"));
        }
        this.id = UUID.randomUUID().toString();
        this.campaignId = campaignId;
        this.fundId = fundId;
        this.amountFen = amount.fen();
        this.position = position;
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public String fundId() {
        return fundId;
    }

    public Money amount() {
        return new Money(amountFen);
    }

    public int position() {
        return position;
    }
}
