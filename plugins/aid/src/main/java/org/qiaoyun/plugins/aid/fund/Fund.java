package org.qiaoyun.plugins.aid.fund;

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

/**
 * A pot of money with a known source (the fiscal budget, an overseas donation, a foundation), from
 * which aid is paid. Receipts raise the balance, disbursements lower it, each leaving a line in the
 * fund's ledger; the balance never goes below zero. Disbursements lock the fund's row, so concurrent
 * payments are decided one after the other. A wrong line is never changed: a reversal (冲正) brings the
 * money back the other way, once, saying why.
 */
@Entity
@Table(name = "aid_fund")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Fund {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 30, nullable = false)
    private FundSource source;

    @Column(name = "donor", length = 200)
    private String donor;

    @Column(name = "balance_fen", nullable = false)
    private long balanceFen;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Fund() {
    }

    public Fund(String name, FundSource source, String donor, java.time.Instant openedAt) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", Text.of("aid.fund.name-required"));
        }
        if (source == null) {
            throw new InvalidInputException("source", Text.of("aid.fund.source-required"));
        }
        this.id = UUID.randomUUID().toString();
        this.name = name.strip();
        this.source = source;
        this.donor = donor == null || donor.isBlank() ? null : donor.strip();
        this.createdAt = OffsetDateTime.ofInstant(openedAt, ZoneOffset.UTC);
    }

    /** Money comes in: a receipt. */
    public FundEntry receive(Money amount, String by, String note, java.time.Instant at) {
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", Text.of("aid.fund.receipt-positive"));
        }
        balanceFen = Math.addExact(balanceFen, amount.fen());
        return new FundEntry(this, FundEntry.Kind.RECEIPT, amount, balance(), null, by, note, at);
    }

    /** Money goes out for a case; refused when the balance does not cover it. */
    public FundEntry disburse(Money amount, String caseId, String by, String note, java.time.Instant at) {
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", Text.of("aid.disbursement.positive"));
        }
        if (amount.fen() > balanceFen) {
            throw new InvalidInputException("amount", Text.of("aid.fund.balance-short", name, balance().toString(), amount.toString()));
        }
        balanceFen -= amount.fen();
        return new FundEntry(this, FundEntry.Kind.DISBURSEMENT, amount, balance(), caseId, by, note, at);
    }

    /**
     * Puts a wrong line right (冲正): a line of the same amount the other way, naming the original and why.
     * A receipt is reversed only while the fund still holds its money; a reversal is not itself reversed,
     * and no line is reversed twice ({@code reversedAlready}: the ledger holds a reversal of it).
     */
    public FundEntry reverse(FundEntry original, boolean reversedAlready, String by, String reason, java.time.Instant at) {
        if (!original.fundId().equals(id)) {
            throw new IllegalArgumentException("line " + original.id() + " is not of fund " + id);
        }
        if (original.kind() == FundEntry.Kind.REVERSAL) {
            throw new ConflictException(null, Text.of("aid.reversal.of-reversal"));
        }
        if (reversedAlready) {
            throw new ConflictException(null, Text.of("aid.reversal.twice"));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", Text.of("aid.reversal.reason-required"));
        }
        if (original.kind() == FundEntry.Kind.RECEIPT) {
            if (original.amount().fen() > balanceFen) {
                throw new ConflictException(null, Text.of("aid.reversal.receipt-spent", name, balance().toString(), original.amount().toString()));
            }
            balanceFen -= original.amount().fen();
        } else {
            balanceFen = Math.addExact(balanceFen, original.amount().fen());
        }
        return new FundEntry(this, FundEntry.Kind.REVERSAL, original.amount(), balance(), original.caseId(), by, reason, at, original.id());
    }

    public java.time.Instant createdAt() {
        return createdAt.toInstant();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public FundSource source() {
        return source;
    }

    public String donor() {
        return donor;
    }

    public Money balance() {
        return new Money(balanceFen);
    }

    public long version() {
        return version;
    }
}
