package org.qiaoyun.plugins.aid.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;

/**
 * A caseworker's work with cases: drafting, the steps of the workflow, payments from funds, the work
 * list. Each step runs in one transaction with its timeline event and audit entry; a step on a case
 * that someone changed meanwhile is refused (its version is checked).
 */
public final class Casework {

    private final TenantScope scope;

    public Casework(TenantScope scope) {
        this.scope = scope;
    }

    public AidCase draft(String beneficiaryId, AidType type, Money requested, String summary) {
        return draft(beneficiaryId, type, requested, null, summary);
    }

    /** Drafts a case that may give goods beside or instead of cash ({@code goods}: null for cash alone). */
    public AidCase draft(String beneficiaryId, AidType type, Money requested, Goods goods, String summary) {
        Permissions.requireCaseworker(scope);
        return scope.transaction(em -> {
            if (beneficiaryId == null || !Beneficiaries.exists(em, beneficiaryId)) {
                throw new InvalidInputException("beneficiaryId", Text.of("aid.beneficiary.unknown", beneficiaryId));
            }
            AidCase.Drafted drafted = AidCase.draft(beneficiaryId, type, requested, goods, summary, Permissions.caller(scope),
                    scope.clock().instant());
            em.persist(drafted.aidCase());
            em.persist(drafted.event());
            scope.audit("case.draft", drafted.aidCase().id(), goods == null
                    ? Text.of("aid.audit.case-draft", Text.of("aid.type." + type.name()), requested)
                    : Text.of("aid.audit.case-draft-in-kind", Text.of("aid.type." + type.name()), requested, goods.estimatedValue()));
            return drafted.aidCase();
        });
    }

    public AidCase submit(String caseId, Long version, String comment) {
        Permissions.requireCaseworker(scope);
        return step(caseId, version, (c, by) -> c.submit(by, comment));
    }

    /** Withdraws a draft (caseworkers and admins: whoever drafted it is one). */
    public AidCase withdraw(String caseId, Long version, String comment) {
        Permissions.requireCaseworker(scope);
        return step(caseId, version, (c, by) -> c.withdraw(by, comment));
    }

    public AidCase verify(String caseId, Long version, LocalDate visitDate, String visitor, String findings) {
        Permissions.requireCaseworker(scope);
        return decision(caseId, version, (c, by) -> c.verify(by, visitDate, visitor, findings, AidIndicators.today(scope)));
    }

    /** Approves with the limit of the caller's strongest approving role; above it a second approver is needed. */
    public AidCase approve(String caseId, Long version, Money amount, String comment) {
        Money limit = scope.transaction(this::callerLimit);
        if (limit == null) {
            throw new PermissionDeniedException(Text.of("aid.case.no-approver-role"));
        }
        return decision(caseId, version, (c, by) -> c.approve(by, amount, limit, comment));
    }

    public AidCase reject(String caseId, Long version, String reason) {
        if (scope.transaction(this::callerLimit) == null) {
            throw new PermissionDeniedException(Text.of("aid.case.no-decider-role"));
        }
        return decision(caseId, version, (c, by) -> c.reject(by, reason));
    }

    /** Pays part or all of the approved amount from a fund, which is debited in the same transaction. */
    public FundEntry disburse(String caseId, Long version, String fundId, Money amount, String note) {
        Permissions.requireCaseworker(scope);
        return scope.transaction(em -> pay(scope, em, load(em, caseId, version), fundId, amount, note));
    }

    /**
     * Pays {@code amount} of a case from a fund inside the caller's transaction (a step, a month of periodic aid):
     * the fund's row locked while the payment is decided, its ledger line, the case's payment with its timeline
     * event, the audit.
     */
    public static FundEntry pay(TenantScope scope, EntityManager em, AidCase aidCase, String fundId, Money amount, String note) {
        aidCase.checkDisbursement(amount);
        Fund fund = Funds.locked(em, fundId, "fundId");
        String by = Permissions.caller(scope);
        FundEntry entry = fund.disburse(amount, aidCase.id(), by, note, scope.clock().instant());
        em.persist(entry);
        em.persist(aidCase.disbursed(by, amount, fund.name()).at(scope.clock().instant()));
        aidCase.changed(scope.clock().instant());
        scope.audit("case.disburse", aidCase.id(), Text.of("aid.audit.case-disburse", amount, fund.name()));
        return entry;
    }

    /** Records the goods of a case in kind handed over (caseworkers and admins). */
    public AidCase deliver(String caseId, Long version, String comment) {
        Permissions.requireCaseworker(scope);
        return step(caseId, version, (c, by) -> c.deliver(by, scope.clock().instant(), comment));
    }

    /** Whom a case may be given to: the federation's caseworkers and admins (caseworkers and admins ask). */
    public List<String> assignees() {
        Permissions.requireCaseworker(scope);
        return scope.members("caseworker", "admin");
    }

    /**
     * Gives the case to a caseworker (or admin) of the federation, due by {@code due} or not (caseworkers and admins);
     * they find it under "mine" and are told. Audited, on the timeline.
     */
    public AidCase assign(String caseId, Long version, String assignee, LocalDate due) {
        Permissions.requireCaseworker(scope);
        String to = assignee == null ? null : assignee.strip();
        if (to != null && !to.isEmpty() && !scope.hasMember(to, "caseworker") && !scope.hasMember(to, "admin")) {
            throw new InvalidInputException("assignee", Text.of("aid.case.assignee-not-caseworker", to));
        }
        return step(caseId, version, (c, by) -> {
            CaseEvent assigned = c.assign(by, Assignment.of(to, due, AidIndicators.today(scope)));
            if (!to.equals(by)) { // in the assignment's transaction: a stale or refused one tells nobody
                scope.notifications().tell(to, "aid.case-assigned", caseId, due == null ? "—" : due.toString(), scope.tenantName());
            }
            return assigned;
        });
    }

    public AidCase followUp(String caseId, Long version, String note) {
        Permissions.requireCaseworker(scope);
        return step(caseId, version, (c, by) -> c.followUp(by, note));
    }

    public AidCase close(String caseId, Long version, String comment) {
        Permissions.requireCaseworker(scope);
        return step(caseId, version, (c, by) -> c.close(by, comment));
    }

    /** Closes an approved case nothing was paid on, with the reason: for those who may decide on aid. */
    public AidCase closeUnpaid(String caseId, Long version, String reason) {
        if (scope.transaction(this::callerLimit) == null) {
            throw new PermissionDeniedException(Text.of("aid.case.no-decider-role"));
        }
        return step(caseId, version, (c, by) -> c.closeUnpaid(by, reason));
    }

    public AidCase get(String caseId) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> load(em, caseId, null));
    }

    public List<CaseEvent> timeline(String caseId) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            load(em, caseId, null);
            return em.createQuery("select e from CaseEvent e where e.caseId = :case order by e.at, e.id", CaseEvent.class)
                    .setParameter("case", caseId).getResultList();
        });
    }

    /**
     * Which cases to list: any part may be null; {@code mine} keeps the caller's own cases (given to them, or drafted by
     * them and given to no one), {@code text} matches the beneficiary's name, {@code tag} the beneficiary's
     * vulnerabilities, {@code overdue} the open cases past their due date.
     */
    public record Search(boolean mine, CaseStatus status, AidType type, String beneficiaryId, String text,
                         org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag tag, boolean overdue) {

        public Search(boolean mine, CaseStatus status, AidType type, String beneficiaryId) {
            this(mine, status, type, beneficiaryId, null, null, false);
        }

        public Search(boolean mine, CaseStatus status, AidType type, String beneficiaryId, String text,
                      org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag tag) {
            this(mine, status, type, beneficiaryId, text, tag, false);
        }
    }

    /** The order of the work list: newest first, the id settling ties so that pages never overlap. */
    private static final String NEWEST_FIRST = "c.createdAt desc, c.id";

    /** The work list from row {@code first} on (a screen's grid, an export). */
    public List<AidCase> list(Search search, int first, int max) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> filter(search).rows(em, AidCase.class, NEWEST_FIRST, first, max));
    }

    /** One page of the work list with the number of all cases that match, read together. */
    public org.qiaoyun.api.Page<AidCase> page(Search search, int page, int size) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> filter(search).page(em, AidCase.class, NEWEST_FIRST, page, size));
    }

    public long count(Search search) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> filter(search).count(em));
    }

    /** The search as the platform's {@link org.qiaoyun.api.Filter}: parts left out ask for nothing. */
    private org.qiaoyun.api.Filter filter(Search search) {
        String name = search.text() == null || search.text().isBlank() ? null
                : "%" + search.text().strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return new org.qiaoyun.api.Filter("AidCase c")
                // mine: given to me, or drafted by me and given to no one
                .where("(c.assignment.assignee = :me or (c.assignment.assignee is null and c.createdBy = :me))", "me",
                        search.mine() ? Permissions.caller(scope) : null)
                .where("c.assignment.dueDate < :today", "today", search.overdue() ? AidIndicators.today(scope) : null)
                .where("c.status not in :ended", "ended", search.overdue() ? CaseStatus.ENDED : null)
                .where("c.status = :status", "status", search.status())
                .where("c.type = :type", "type", search.type())
                .where("c.beneficiaryId = :person", "person", search.beneficiaryId())
                .where("c.beneficiaryId in (select b.id from Beneficiary b where lower(b.name) like :name)", "name", name)
                .where("c.beneficiaryId in (select b.id from Beneficiary b where b.tags like :tag)", "tag",
                        search.tag() == null ? null : "%" + search.tag().name() + "%");
    }

    /** Sums over the tenant's cases, for the dashboard: requested, approved and paid, in all open cases. */
    public record Sums(Money requested, Money approved, Money disbursed) {
    }

    public Sums openSums() {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            Object[] row = em.createQuery("select sum(c.requestedFen), sum(c.approvedFen), sum(c.disbursedFen) from AidCase c"
                    + " where c.status not in :ended", Object[].class)
                    .setParameter("ended", CaseStatus.ENDED).getSingleResult();
            return new Sums(fen(row[0]), fen(row[1]), fen(row[2]));
        });
    }

    private static Money fen(Object sum) {
        return new Money(sum == null ? 0 : ((Number) sum).longValue());
    }

    /**
     * The steps the case offers that the caller may take: the buttons of the case screen. A decision the caller's part
     * in the case rules out (approving a case they prepared) is not offered, so no button leads only to a refusal.
     */
    public List<CaseStep> offered(AidCase aidCase) {
        java.util.Set<CaseStep.Who> caller = java.util.EnumSet.noneOf(CaseStep.Who.class);
        if (scope.callerHas("caseworker") || scope.callerHas("admin")) {
            caller.add(CaseStep.Who.CASEWORKERS);
        }
        if (scope.transaction(this::callerLimit) != null) {
            caller.add(CaseStep.Who.DECIDERS);
        }
        String me = Permissions.caller(scope);
        return CaseStep.offeredBy(aidCase, caller).stream().filter(step -> aidCase.takableBy(step, me)).toList();
    }

    /** Whether the caller decides on aid (a role of theirs has an approval limit): approving, rejecting, closing unpaid, periodic aid. */
    public boolean callerDecides() {
        return scope.transaction(this::callerLimit) != null;
    }

    /** What the caller may approve alone: the limit of their strongest role that has one; null when none has (they do not decide). */
    public Money approvalLimit() {
        return scope.transaction(this::callerLimit);
    }

    /** Sets what a role may approve alone in this tenant (admins only). */
    public ApprovalLimit setLimit(String role, Money limit) {
        Permissions.requireAdmin(scope);
        if (!List.of("admin", "caseworker", "legal_adviser", "organiser", "volunteer", "viewer").contains(role)) {
            throw new InvalidInputException("role", Text.of("aid.limit.role-unknown", role));
        }
        return scope.transaction(em -> {
            ApprovalLimit stored = em.find(ApprovalLimit.class, role);
            if (stored == null) {
                stored = new ApprovalLimit(role, limit);
                em.persist(stored);
            } else {
                stored.set(limit);
            }
            scope.audit("approval-limit", role, limit.toString());
            return stored;
        });
    }

    /** The limits in force: the tenant's own, else the defaults. */
    public java.util.Map<String, Money> limits() {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(this::limits);
    }

    private java.util.Map<String, Money> limits(EntityManager em) {
        java.util.Map<String, Money> limits = new java.util.TreeMap<>(ApprovalLimit.DEFAULTS);
        em.createQuery("select l from ApprovalLimit l", ApprovalLimit.class).getResultList()
                .forEach(l -> limits.put(l.role(), l.limit()));
        return limits;
    }

    private Money callerLimit(EntityManager em) {
        return limits(em).entrySet().stream().filter(e -> scope.callerHas(e.getKey())).map(java.util.Map.Entry::getValue)
                .max(Money::compareTo).orElse(null);
    }

    private AidCase step(String caseId, Long version, BiFunction<AidCase, String, CaseEvent> action) {
        return step(caseId, version, action, false);
    }

    /** A step that brings a decision nearer or makes it: those it concerns are told, in its transaction ({@link CaseNotices}). */
    private AidCase decision(String caseId, Long version, BiFunction<AidCase, String, CaseEvent> action) {
        return step(caseId, version, action, true);
    }

    private AidCase step(String caseId, Long version, BiFunction<AidCase, String, CaseEvent> action, boolean tells) {
        return scope.transaction(em -> {
            AidCase aidCase = load(em, caseId, version);
            CaseEvent event = action.apply(aidCase, Permissions.caller(scope)).at(scope.clock().instant());
            aidCase.changed(scope.clock().instant());
            em.persist(event);
            if (tells) {
                new CaseNotices(scope).told(aidCase, event, limits(em));
            }
            scope.audit("case." + event.action(), caseId, Text.of("aid.audit.case-step", Text.of("aid.status." + event.from().name()),
                    Text.of("aid.status." + event.to().name())));
            return aidCase;
        });
    }

    private static AidCase load(EntityManager em, String caseId, Long version) {
        AidCase aidCase = em.find(AidCase.class, caseId);
        if (aidCase == null) {
            throw new UnknownObjectException(Text.of("aid.case.unknown", caseId));
        }
        StaleVersionException.unlessCurrent(version, aidCase.version());
        return aidCase;
    }
}
