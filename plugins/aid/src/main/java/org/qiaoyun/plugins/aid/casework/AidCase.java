package org.qiaoyun.plugins.aid.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * A request for aid for one beneficiary, from application to follow-up.
 *
 * <p>A caseworker drafts the case and submits it; a home visit verifies it (date, visitor,
 * findings); someone other than the submitter approves it (or rejects it, saying why). Each approver's
 * role has a limit: above it, a second approver, again another person, must approve as well. The
 * approved amount is then paid out in one or more disbursements, each from a fund, never more in total
 * than approved; the case is followed up and closed. A draft nobody will submit is withdrawn; an approved
 * case nothing was paid on (the person moved away or died) is closed by a decider, who says why. A case
 * may give goods (aid in kind) beside or instead of cash: handed over once, with the step deliver. Every step is an event of the timeline; a step
 * the status does not allow is refused with the steps it does allow.
 */
@Entity
@Table(name = "aid_case")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class AidCase {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "beneficiary_id", length = 36, nullable = false, updatable = false)
    private String beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "aid_type", length = 30, nullable = false)
    private AidType type;

    @Column(name = "summary", length = 2000)
    private String summary;

    @Column(name = "requested_fen", nullable = false)
    private long requestedFen;

    @Column(name = "approved_fen")
    private Long approvedFen;

    @Column(name = "pending_fen")
    private Long pendingFen;

    @Column(name = "disbursed_fen", nullable = false)
    private long disbursedFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private CaseStatus status;

    @Column(name = "created_by", length = 63, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "submitted_by", length = 63)
    private String submittedBy;

    @Column(name = "verified_by", length = 63)
    private String verifiedBy;

    @Column(name = "first_approver", length = 63)
    private String firstApprover;

    @Column(name = "approved_by", length = 63)
    private String approvedBy;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(name = "visitor", length = 100)
    private String visitor;

    @Column(name = "findings", length = 4000)
    private String findings;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Aid in kind, given beside (or instead of) the cash; null for cash alone. */
    @Embedded
    private Goods goods;

    /** Whose the case is and by when; null until it is given to someone. */
    @Embedded
    private Assignment assignment;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AidCase() {
    }

    /** Drafts a case at {@code at} (the scope's clock); the first event of its timeline comes with it. */
    public static Drafted draft(String beneficiaryId, AidType type, Money requested, String summary, String by, java.time.Instant at) {
        return draft(beneficiaryId, type, requested, null, summary, by, at);
    }

    /**
     * Drafts a case that may give goods ({@code goods}, null for none): cash may then be zero, and only
     * then. The goods come from no fund; they are handed over with the step {@code deliver}.
     */
    public static Drafted draft(String beneficiaryId, AidType type, Money requested, Goods goods, String summary, String by,
                                java.time.Instant at) {
        if (type == null) {
            throw new InvalidInputException("type", Text.of("aid.case.type-required"));
        }
        if (goods == null ? !requested.isPositive() : requested.fen() < 0) {
            throw new InvalidInputException("requestedAmount", Text.of(goods == null ? "aid.case.requested-positive"
                    : "aid.case.requested-not-negative"));
        }
        AidCase c = new AidCase();
        c.id = UUID.randomUUID().toString();
        c.beneficiaryId = beneficiaryId;
        c.type = type;
        c.requestedFen = requested.fen();
        c.goods = goods;
        c.summary = summary == null || summary.isBlank() ? null : summary.strip();
        c.status = CaseStatus.DRAFT;
        c.createdBy = by;
        c.createdAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        c.updatedAt = c.createdAt;
        return new Drafted(c, new CaseEvent(c.id, by, "draft", null, CaseStatus.DRAFT, c.summary).at(at));
    }

    /** A new case and its first event. */
    public record Drafted(AidCase aidCase, CaseEvent event) {
    }

    public CaseEvent submit(String by, String comment) {
        require(CaseStep.SUBMIT);
        submittedBy = by;
        return move(by, CaseStep.SUBMIT.wire(), CaseStatus.SUBMITTED, comment);
    }

    /** Withdraws a draft nobody will submit: the case ends without a decision. */
    public CaseEvent withdraw(String by, String comment) {
        require(CaseStep.WITHDRAW);
        return move(by, CaseStep.WITHDRAW.wire(), CaseStatus.WITHDRAWN, comment);
    }

    /** Records the home visit that verifies the case. */
    public CaseEvent verify(String by, LocalDate date, String visitedBy, String visitFindings, LocalDate today) {
        require(CaseStep.VERIFY);
        if (date == null || date.isAfter(today)) {
            throw new InvalidInputException("visitDate", Text.of("aid.case.visit-date"));
        }
        if (visitedBy == null || visitedBy.isBlank()) {
            throw new InvalidInputException("visitor", Text.of("aid.case.visitor-required"));
        }
        if (visitFindings == null || visitFindings.isBlank()) {
            throw new InvalidInputException("findings", Text.of("aid.case.findings-required"));
        }
        visitDate = date;
        visitor = visitedBy.strip();
        findings = visitFindings.strip();
        verifiedBy = by;
        return move(by, CaseStep.VERIFY.wire(), CaseStatus.VERIFIED, Text.of("aid.event.visit", date, visitor).stored());
    }

    /**
     * Approves the amount. {@code limit} is what the approver's role may approve alone (null: the role
     * may not approve at all). Above it the case waits, still verified, for a second approver, another
     * person whose own limit covers the amount. Nobody who prepared the case (drafted, submitted or
     * verified it) approves it.
     */
    public CaseEvent approve(String by, Money amount, Money limit, String comment) {
        require(CaseStep.APPROVE);
        if (limit == null) {
            throw new ConflictException(null, Text.of("aid.case.role-may-not-approve"));
        }
        refuseOwn(CaseStep.APPROVE, by);
        if (firstApprover != null) {
            if (decided(new Money(pendingFen)).compareTo(limit) > 0) {
                throw new ConflictException(null, Text.of("aid.case.second-approver-limit", decided(new Money(pendingFen)).toString(),
                        limit.toString()));
            }
            approvedFen = pendingFen;
            pendingFen = null;
            approvedBy = by;
            return move(by, CaseStep.APPROVE.wire(), CaseStatus.APPROVED, comment);
        }
        if ((goods == null ? !amount.isPositive() : amount.fen() < 0) || amount.fen() > requestedFen) {
            throw new InvalidInputException("amount", Text.of(goods == null ? "aid.case.approved-amount" : "aid.case.approved-amount-in-kind",
                    new Money(requestedFen).toString()));
        }
        if (decided(amount).compareTo(limit) > 0) {
            firstApprover = by;
            pendingFen = amount.fen();
            return new CaseEvent(id, by, "first-approval", status, status,
                    Text.of("aid.event.first-approval", decided(amount), limit, comment == null ? "" : comment.strip()).stored());
        }
        approvedFen = amount.fen();
        approvedBy = by;
        return move(by, CaseStep.APPROVE.wire(), CaseStatus.APPROVED, comment);
    }

    /**
     * Whether {@code person} may take the step on this case as far as their part in it goes (the status and their
     * role aside): the case screen offers a decision only to those who may take it.
     */
    public boolean takableBy(CaseStep step, String person) {
        return ownPart(step, person) == null;
    }

    /**
     * Why {@code person} may not take the step, being who they are to the case; null when nothing stands in the way.
     * Nobody approves a case they prepared (drafted, submitted or verified it), nor gives it both approvals; nobody
     * rejects a case they submitted.
     */
    private Text ownPart(CaseStep step, String person) {
        return switch (step) {
            case APPROVE -> person.equals(submittedBy) ? Text.of("aid.case.approver-is-submitter")
                    : person.equals(createdBy) || person.equals(verifiedBy) ? Text.of("aid.case.approver-drafted-or-verified")
                    : person.equals(firstApprover) ? Text.of("aid.case.second-approver-same")
                    : null;
            case REJECT -> person.equals(submittedBy) ? Text.of("aid.case.rejecter-is-submitter") : null;
            default -> null;
        };
    }

    private void refuseOwn(CaseStep step, String person) {
        Text refusal = ownPart(step, person);
        if (refusal != null) {
            throw new ConflictException(null, refusal);
        }
    }

    /**
     * Whether the case waits for an approval that {@code by}, whose strongest role may approve {@code limit} alone, may
     * give now: a verified case waits for anyone who decides on aid and did not prepare it; one approved above the first
     * approver's limit waits for another person whose own limit covers it. The same rules {@link #approve} enforces.
     */
    public boolean awaitsApprovalFrom(String by, Money limit) {
        if (status != CaseStatus.VERIFIED || limit == null || by == null || ownPart(CaseStep.APPROVE, by) != null) {
            return false; // the same part in the case that refuses the approval itself (prepared it, or gave the first)
        }
        return firstApprover == null || decided(new Money(pendingFen)).compareTo(limit) <= 0;
    }

    /** What the approval the case waits for decides on: the cash with the goods' value (the amount first approved, once it was). */
    public Money toDecide() {
        return decided(pendingFen != null ? new Money(pendingFen) : new Money(requestedFen));
    }

    /** What an approver decides on: the cash, and the estimated value of the goods beside it. */
    private Money decided(Money cash) {
        return goods == null ? cash : cash.plus(goods.estimatedValue());
    }

    public CaseEvent reject(String by, String reason) {
        require(CaseStep.REJECT);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("comment", Text.of("aid.case.reject-reason"));
        }
        refuseOwn(CaseStep.REJECT, by);
        return move(by, CaseStep.REJECT.wire(), CaseStatus.REJECTED, reason);
    }

    /** Records a payment of the approved amount; the fund has already been debited. */
    public CaseEvent disbursed(String by, Money amount, String fundName) {
        require(CaseStep.DISBURSE);
        checkDisbursement(amount);
        disbursedFen += amount.fen();
        return move(by, CaseStep.DISBURSE.wire(), CaseStatus.DISBURSED, Text.of("aid.event.disbursed", amount, fundName).stored());
    }

    /**
     * A payment of this case was reversed (冲正): what was paid falls by it. A case still at the payment
     * step with nothing left paid is approved again (to be paid right, or closed unpaid); later on (followed
     * up, closed) the status stays, and the timeline tells the correction.
     */
    public CaseEvent paymentReversed(String by, Money amount, String fundName, String reason) {
        if (amount.fen() > disbursedFen) {
            throw new IllegalStateException("case " + id + " paid " + disbursedFen + " fen, less than the reversal of " + amount.fen());
        }
        disbursedFen -= amount.fen();
        CaseStatus to = status == CaseStatus.DISBURSED && disbursedFen == 0 && (goods == null || !goods.delivered())
                ? CaseStatus.APPROVED : status;
        return move(by, REVERSE_PAYMENT, to, Text.of("aid.event.payment-reversed", amount, fundName, reason).stored());
    }

    /** The timeline's name of an assignment: not a step of the workflow, the status stays. */
    public static final String ASSIGN = "assign";

    /** Gives the open case to a caseworker, due by a day or not: the status stays, the timeline tells it. */
    public CaseEvent assign(String by, Assignment to) {
        if (!status.isOpen()) {
            throw new ConflictException(null, Text.of("aid.case.assign-ended"));
        }
        assignment = to;
        return move(by, ASSIGN, status, to.note().stored());
    }

    /** Whose the case is and by when; null when it was given to no one. */
    public Assignment assignment() {
        return assignment;
    }

    /** Whether the case is still open after its due date. */
    public boolean overdue(LocalDate today) {
        return status.isOpen() && assignment != null && assignment.lateOn(today);
    }

    /** The timeline's name of a payment's reversal: a correction, not a step anyone chooses on the case. */
    public static final String REVERSE_PAYMENT = "reverse-payment";

    /** Records the goods handed over (the approved case's aid in kind), once. */
    public CaseEvent deliver(String by, java.time.Instant at, String comment) {
        require(CaseStep.DELIVER);
        if (goods == null) {
            throw new ConflictException(null, Text.of("aid.goods.none"));
        }
        if (goods.delivered()) {
            throw new ConflictException(null, Text.of("aid.goods.delivered-already", goods.deliveredAt().toString()));
        }
        goods.deliveredBy(by, at);
        return move(by, CaseStep.DELIVER.wire(), CaseStatus.DISBURSED, Text.of("aid.event.delivered", goods.description(),
                goods.estimatedValue(), comment == null ? "" : comment.strip()).stored());
    }

    /** Refuses a payment that the status or the approved amount does not allow. */
    public void checkDisbursement(Money amount) {
        require(CaseStep.DISBURSE);
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", Text.of("aid.disbursement.positive"));
        }
        if (disbursedFen + amount.fen() > approvedFen) {
            throw new InvalidInputException("amount", Text.of("aid.disbursement.above-remaining", new Money(approvedFen - disbursedFen).toString(), new Money(approvedFen).toString()));
        }
    }

    public CaseEvent followUp(String by, String note) {
        require(CaseStep.FOLLOW_UP);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("comment", Text.of("aid.case.follow-up-note"));
        }
        return move(by, CaseStep.FOLLOW_UP.wire(), CaseStatus.FOLLOW_UP, note);
    }

    public CaseEvent close(String by, String comment) {
        require(CaseStep.CLOSE);
        return move(by, CaseStep.CLOSE.wire(), CaseStatus.CLOSED, comment);
    }

    /**
     * Closes an approved case nothing was paid on (the person moved away or died), saying why; the approved
     * amount stays on record, and nothing more will be paid on it.
     */
    public CaseEvent closeUnpaid(String by, String reason) {
        require(CaseStep.CLOSE_UNPAID);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("comment", Text.of("aid.case.close-unpaid-reason"));
        }
        return move(by, CaseStep.CLOSE_UNPAID.wire(), CaseStatus.CLOSED, reason);
    }

    /**
     * The service stamps a step with the scope's clock, as it stamps the step's {@link CaseEvent}: a step knows what
     * it does, not when (the case never reads a clock of its own, so that tests and the timeline agree on the time).
     */
    void changed(java.time.Instant when) {
        updatedAt = OffsetDateTime.ofInstant(when, ZoneOffset.UTC);
    }

    /** The steps the case offers next (for anyone who may take them; see {@link CaseStep}). */
    public List<String> nextActions() {
        return CaseStep.offeredBy(this, java.util.EnumSet.allOf(CaseStep.Who.class)).stream().map(CaseStep::wire).toList();
    }

    private void require(CaseStep step) {
        if (!step.allowedFrom(status)) {
            throw new ConflictException("status", Text.of("aid.case.step-not-now", Text.of("aid.status." + status.name()),
                    Text.of("aid.step." + step.wire()), nextActions().isEmpty() ? "-" : String.join(", ", nextActions())));
        }
    }

    /**
     * A line on the timeline that does not move the case (a schedule set or stopped, a referral and its outcome, a
     * paper added or removed), its note kept by code so that each reader reads it in their language. The case itself
     * is untouched: a caseworker's open screen does not turn stale.
     */
    public CaseEvent noted(String by, String action, Text note, java.time.Instant at) {
        return new CaseEvent(id, by, action, status, status, note.stored()).at(at);
    }

    private CaseEvent move(String by, String action, CaseStatus to, String comment) {
        CaseStatus from = status;
        status = to;
        return new CaseEvent(id, by, action, from, to, comment);
    }

    public String id() {
        return id;
    }

    public String beneficiaryId() {
        return beneficiaryId;
    }

    public AidType type() {
        return type;
    }

    public String summary() {
        return summary;
    }

    public Money requested() {
        return new Money(requestedFen);
    }

    public Money approved() {
        return approvedFen == null ? null : new Money(approvedFen);
    }

    public Money awaitingSecondApproval() {
        return pendingFen == null ? null : new Money(pendingFen);
    }

    public Money disbursed() {
        return new Money(disbursedFen);
    }

    /** The aid in kind of the case; null when it gives cash alone. */
    public Goods goods() {
        return goods;
    }

    public boolean inKind() {
        return goods != null;
    }

    public CaseStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String firstApprover() {
        return firstApprover;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public String visitor() {
        return visitor;
    }

    public String findings() {
        return findings;
    }

    public java.time.Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }
}
