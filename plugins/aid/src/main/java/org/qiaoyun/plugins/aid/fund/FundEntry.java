package org.qiaoyun.plugins.aid.fund;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;

/**
 * One line of a fund's ledger: a receipt or a disbursement (for which case), the amount, the balance
 * after it, who and when. Lines are never changed nor deleted: a wrong one is put right by a reversal
 * (冲正), a line of the same amount the other way that names the line it reverses and says why.
 */
@Entity
@Table(name = "aid_fund_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class FundEntry {

    /** Which way the money went. */
    public enum Kind { RECEIPT, DISBURSEMENT, REVERSAL }

    @Id
    @Column(name = "id", length = 36, updatable = false)
    private String id;

    @Column(name = "fund_id", length = 36, nullable = false, updatable = false)
    private String fundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "amount_fen", nullable = false, updatable = false)
    private long amountFen;

    @Column(name = "balance_fen", nullable = false, updatable = false)
    private long balanceFen;

    @Column(name = "case_id", length = 36, updatable = false)
    private String caseId;

    @Column(name = "source", length = 30, nullable = false, updatable = false)
    private String source;

    @Column(name = "at", nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "by_user", length = 63, nullable = false, updatable = false)
    private String by;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    /** The line a reversal puts right; null for any other line. */
    @Column(name = "reverses_id", length = 36, updatable = false)
    private String reverses;

    protected FundEntry() {
    }

    FundEntry(Fund fund, Kind kind, Money amount, Money balance, String caseId, String by, String note, java.time.Instant at) {
        this(fund, kind, amount, balance, caseId, by, note, at, null);
    }

    FundEntry(Fund fund, Kind kind, Money amount, Money balance, String caseId, String by, String note, java.time.Instant at,
              String reverses) {
        this.id = UUID.randomUUID().toString();
        this.fundId = fund.id();
        this.kind = kind;
        this.amountFen = amount.fen();
        this.balanceFen = balance.fen();
        this.caseId = caseId;
        this.source = fund.source().name();
        this.at = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        this.by = by;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.reverses = reverses;
    }

    public String id() {
        return id;
    }

    public String fundId() {
        return fundId;
    }

    public Kind kind() {
        return kind;
    }

    public Money amount() {
        return new Money(amountFen);
    }

    public Money balance() {
        return new Money(balanceFen);
    }

    public String caseId() {
        return caseId;
    }

    public FundSource source() {
        return FundSource.valueOf(source);
    }

    public Instant at() {
        return at.toInstant();
    }

    public String by() {
        return by;
    }

    /** What was noted; for a reversal, why. */
    public String note() {
        return note;
    }

    /** The id of the line this reversal puts right; null when the line is no reversal. */
    public String reverses() {
        return reverses;
    }

    /** Whether this line is a payment out of the fund for a case. */
    public boolean isPayment() {
        return kind == Kind.DISBURSEMENT;
    }
}
