package org.qiaoyun.plugins.aid.fund;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.plugins.aid.Permissions;

/** The tenant's funds, their receipts and their ledgers. */
public final class Funds {

    private final TenantScope scope;

    public Funds(TenantScope scope) {
        this.scope = scope;
    }

    public Fund open(String name, FundSource source, String donor) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Fund fund = new Fund(name, source, donor, scope.clock().instant());
            em.persist(fund);
            scope.audit("fund.open", fund.id(), Text.of("aid.audit.fund-open", fund.name(), Text.of("aid.source." + source.name())));
            return fund;
        });
    }

    public FundEntry receive(String fundId, Money amount, String note) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Fund fund = locked(em, fundId, "fundId");
            FundEntry entry = fund.receive(amount, Permissions.caller(scope), note, scope.clock().instant());
            em.persist(entry);
            scope.audit("fund.receipt", fund.id(), Text.of("aid.audit.fund-receipt", amount, fund.name()));
            return entry;
        });
    }

    /** The funds with their balances: for those who work the cases and the viewers (a ledger names cases). */
    public List<Fund> all() {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> em.createQuery("select f from Fund f order by f.name", Fund.class).getResultList());
    }

    public Fund get(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            Fund fund = em.find(Fund.class, id);
            if (fund == null) {
                throw new UnknownObjectException(Text.of("aid.fund.unknown", id));
            }
            return fund;
        });
    }

    public List<FundEntry> ledger(String fundId, int first, int max) {
        get(fundId);
        return scope.transaction(em -> em.createQuery("select e from FundEntry e where e.fundId = :fund order by e.at desc, e.id",
                        FundEntry.class).setParameter("fund", fundId).setFirstResult(first).setMaxResults(max).getResultList());
    }

    /** One line of a fund's ledger; 404 for a line the fund does not have. */
    public FundEntry entry(String fundId, String entryId) {
        get(fundId);
        return scope.transaction(em -> entry(em, fundId, entryId));
    }

    static FundEntry entry(EntityManager em, String fundId, String entryId) {
        FundEntry entry = entryId == null ? null : em.find(FundEntry.class, entryId);
        if (entry == null || !entry.fundId().equals(fundId)) {
            throw new UnknownObjectException(Text.of("aid.fund.entry-unknown", entryId));
        }
        return entry;
    }

    /** Of these lines, those reversed, each with the line that reversed it (one query for a page of the ledger). */
    public java.util.Map<String, String> reversals(List<FundEntry> lines) {
        Permissions.requireReaderOfPeople(scope);
        List<String> ids = lines.stream().map(FundEntry::id).toList();
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return scope.transaction(em -> em.createQuery("select e.reverses, e.id from FundEntry e where e.reverses in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(row -> (String) row[0], row -> (String) row[1])));
    }

    /**
     * Reverses a line of the fund's ledger under the fund's lock, so that two reversals of one line are
     * decided one after the other (the second refused). The caller adds what follows for a payment's case.
     */
    public static FundEntry reverse(EntityManager em, String fundId, String entryId, String by, String reason, java.time.Instant at) {
        Fund fund = locked(em, fundId, "fundId");
        FundEntry original = entry(em, fundId, entryId);
        boolean reversedAlready = !em.createQuery("select e.id from FundEntry e where e.reverses = :original", String.class)
                .setParameter("original", entryId).setMaxResults(1).getResultList().isEmpty();
        FundEntry reversal = fund.reverse(original, reversedAlready, by, reason, at);
        em.persist(reversal);
        return reversal;
    }

    /**
     * The fund, its row locked until the transaction ends: disbursements from one fund are decided one
     * after the other, so the balance can never be spent twice.
     */
    public static Fund locked(EntityManager em, String fundId, String field) {
        Fund fund = fundId == null ? null : em.find(Fund.class, fundId, LockModeType.PESSIMISTIC_WRITE);
        if (fund == null) {
            throw new InvalidInputException(field, Text.of("aid.fund.unknown", fundId));
        }
        return fund;
    }
}
