package org.qiaoyun.kernel.persistence;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.qiaoyun.kernel.work.RequestWork;

/**
 * Units of work on one persistence unit: a fresh EntityManager per call, one transaction around it,
 * committed when the work returns and rolled back when it throws. Nothing half-done survives a
 * failure.
 */
public final class Store {

    private final EntityManagerFactory factory;

    public Store(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public <T> T transaction(Function<EntityManager, T> work) {
        return transaction(factory.createEntityManager(), work);
    }

    /** Runs {@code work} in a transaction on an EntityManager the caller created (e.g. with a tenant property). */
    public static <T> T transaction(EntityManager em, Function<EntityManager, T> work) {
        EntityTransaction tx = em.getTransaction();
        RequestWork.counted();
        try {
            tx.begin();
            T result = work.apply(em);
            if (tx.getRollbackOnly()) {
                tx.rollback(); // the work asked to leave nothing behind (a dry run)
            } else {
                tx.commit();
            }
            return result;
        } catch (jakarta.persistence.RollbackException e) {
            if (e.getCause() instanceof org.qiaoyun.api.InvalidInputException refused) {
                throw refused; // a check at commit (text too long for its column) refused the change: say so as such
            }
            throw e;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    public EntityManagerFactory factory() {
        return factory;
    }
}
