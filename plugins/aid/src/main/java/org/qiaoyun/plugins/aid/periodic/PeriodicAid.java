package org.qiaoyun.plugins.aid.periodic;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.plugins.aid.fund.Fund;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.plugins.aid.fund.Funds;

/**
 * Periodic aid as staff work it: a decider sets a case's schedule, caseworkers pay each month when it is due
 * (the work list shows the months due), a decider stops it with a reason. A month is paid in one transaction with
 * its ledger line, the case's payment and timeline, the audit and the month's figures; the schedule's row is
 * locked while a payment is decided, so a month paid twice at once is paid once (the unique key stands behind).
 */
public final class PeriodicAid {

    /** Refusals of a payment that leave the month due, kept on the schedule for the work list to say why. */
    private static final Set<String> LEAVE_DUE = Set.of("aid.fund.balance-short", "aid.disbursement.above-remaining",
            "aid.case.step-not-now");

    private final TenantScope scope;

    public PeriodicAid(TenantScope scope) {
        this.scope = scope;
    }

    /** Sets the schedule of an approved case (deciders; one schedule per case; audited). */
    public Schedule set(String caseId, String fundId, Money monthly, YearMonth first, int months) {
        requireDecider();
        return scope.transaction(em -> {
            AidCase aidCase = aidCase(em, caseId);
            if (scheduleOf(em, caseId, LockModeType.NONE).isPresent()) {
                throw new ConflictException(null, Text.of("aid.schedule.exists"));
            }
            Fund fund = Funds.locked(em, fundId, "fundId");
            Schedule schedule = Schedule.set(aidCase, fund.id(), monthly, first, months, Permissions.caller(scope), scope.clock().instant());
            em.persist(schedule);
            Text what = Text.of("aid.audit.schedule-set", monthly, months, first.toString(), fund.name());
            em.persist(aidCase.noted(Permissions.caller(scope), "schedule", what, scope.clock().instant()));
            scope.audit("case.schedule", caseId, what);
            return schedule;
        });
    }

    /** The case's schedule, if it has one (readers of people). */
    public Optional<Schedule> of(String caseId) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            aidCase(em, caseId);
            return scheduleOf(em, caseId, LockModeType.NONE);
        });
    }

    /** The months of a schedule paid so far, the first first. */
    public List<SchedulePayment> payments(String scheduleId) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> em.createQuery("select p from SchedulePayment p where p.scheduleId = :s order by p.period",
                SchedulePayment.class).setParameter("s", scheduleId).getResultList());
    }

    /**
     * Pays month {@code period} of the case's schedule from its fund (caseworkers and admins). A month not yet come,
     * outside the schedule, paid already, or of a stopped schedule is refused; a payment the fund or the case cannot
     * make is refused too and leaves the month due, the schedule keeping why.
     */
    public SchedulePayment pay(String caseId, YearMonth period) {
        Permissions.requireCaseworker(scope);
        try {
            return scope.transaction(em -> payInside(em, caseId, period));
        } catch (RuntimeException refused) {
            if (refused instanceof Refusal said && said.text() != null && LEAVE_DUE.contains(said.text().code())) {
                scope.transaction(em -> {
                    scheduleOf(em, caseId, LockModeType.PESSIMISTIC_WRITE).ifPresent(s -> s.refused(period, said.text()));
                    return null;
                });
            }
            throw refused;
        }
    }

    private SchedulePayment payInside(EntityManager em, String caseId, YearMonth period) {
        Schedule schedule = scheduleOf(em, caseId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new UnknownObjectException(Text.of("aid.schedule.none")));
        boolean paid = em.createQuery("select count(p) from SchedulePayment p where p.scheduleId = :s and p.period = :m", Long.class)
                .setParameter("s", schedule.id()).setParameter("m", period == null ? null : period.atDay(1)).getSingleResult() > 0;
        schedule.requirePayable(period, YearMonth.from(AidIndicators.today(scope)), paid);
        // the ledger's note is the month paid: read alike in either language
        FundEntry entry = Casework.pay(scope, em, aidCase(em, caseId), schedule.fundId(), schedule.monthly(), period.toString());
        String by = Permissions.caller(scope);
        SchedulePayment payment = new SchedulePayment(schedule.id(), period, entry.id(), by, scope.clock().instant());
        em.persist(payment);
        schedule.paid();
        em.flush(); // the unique month is checked here, inside the step
        scope.audit("case.schedule-pay", caseId, Text.of("aid.audit.schedule-paid", period.toString(), schedule.monthly()));
        AidIndicators.refresh(scope);
        return payment;
    }

    /** Stops the months still to come, with the reason (deciders; the version read; audited). */
    public Schedule stop(String caseId, Long version, String reason) {
        requireDecider();
        return scope.transaction(em -> {
            Schedule schedule = scheduleOf(em, caseId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> new UnknownObjectException(Text.of("aid.schedule.none")));
            StaleVersionException.unlessCurrent(version, schedule.version());
            schedule.stop(reason, Permissions.caller(scope), scope.clock().instant());
            em.persist(aidCase(em, caseId).noted(Permissions.caller(scope), "schedule-stop",
                    Text.of("aid.event.schedule-stopped", schedule.stopReason()), scope.clock().instant()));
            scope.audit("case.schedule-stop", caseId);
            return schedule;
        });
    }

    /** A month due: whose case, which month, how much, and why it was refused if a payment was tried. */
    public record Due(Schedule schedule, String beneficiaryId, YearMonth period) {

        /** Why this month's last payment was refused, if it was. */
        public Optional<Text> refusal() {
            return period.equals(schedule.refusedMonth()) ? schedule.refusal() : Optional.empty();
        }
    }

    /** The months due by this month (earlier months not paid among them), the oldest first: the work list's payments due. */
    public List<Due> due() {
        Permissions.requireReaderOfPeople(scope);
        YearMonth now = YearMonth.from(AidIndicators.today(scope));
        return scope.transaction(em -> {
            List<Schedule> active = em.createQuery("select s from Schedule s where s.status = :active and s.firstMonth <= :now",
                    Schedule.class).setParameter("active", Schedule.Status.ACTIVE).setParameter("now", now.atDay(1)).getResultList();
            if (active.isEmpty()) {
                return List.of();
            }
            List<String> ids = active.stream().map(Schedule::id).toList();
            Map<String, Set<YearMonth>> paid = em.createQuery("select p from SchedulePayment p where p.scheduleId in :ids",
                    SchedulePayment.class).setParameter("ids", ids).getResultStream()
                    .collect(Collectors.groupingBy(SchedulePayment::scheduleId, Collectors.mapping(SchedulePayment::period, Collectors.toSet())));
            Map<String, String> people = em.createQuery("select c.id, c.beneficiaryId from AidCase c where c.id in :cases", Object[].class)
                    .setParameter("cases", active.stream().map(Schedule::caseId).toList()).getResultStream()
                    .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
            return active.stream().flatMap(s -> s.due(now, paid.getOrDefault(s.id(), Set.of())).stream()
                    .map(period -> new Due(s, people.get(s.caseId()), period)))
                    .sorted(java.util.Comparator.comparing(Due::period).thenComparing(d -> d.schedule().caseId())).toList();
        });
    }

    private void requireDecider() {
        if (!new Casework(scope).callerDecides()) {
            throw new PermissionDeniedException(Text.of("aid.case.no-decider-role"));
        }
    }

    private static AidCase aidCase(EntityManager em, String caseId) {
        AidCase aidCase = caseId == null ? null : em.find(AidCase.class, caseId);
        if (aidCase == null) {
            throw new UnknownObjectException(Text.of("aid.case.unknown", caseId));
        }
        return aidCase;
    }

    private static Optional<Schedule> scheduleOf(EntityManager em, String caseId, LockModeType lock) {
        return em.createQuery("select s from Schedule s where s.caseId = :c", Schedule.class).setParameter("c", caseId)
                .setLockMode(lock).getResultStream().findFirst();
    }
}
