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
            Fund fund = new Fund(name, source, donor);
            fund.openedAt(scope.clock().instant());
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
