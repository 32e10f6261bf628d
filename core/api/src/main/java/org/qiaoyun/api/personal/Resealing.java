package org.qiaoyun.api.personal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;

/**
 * The loop every module's ID key rotation runs: the rows of a federation still sealed under another key are sealed
 * again under the vault's key, a batch at a time. Each row names the key that sealed it, so the progress is in the
 * rows themselves and a rotation stopped anywhere resumes where it stood; one batch is one transaction (a row's
 * cipher, hash and key name change together, or none of them); each batch is audited with its count. The rows of a
 * batch are locked as they are read (in a second query: H2 takes no {@code FOR UPDATE} beside a {@code LIMIT}), so
 * two rotations of one federation at once (an admin beside the daily work) take turns, and the second leaves alone
 * the rows the first sealed meanwhile.
 *
 * @param <T> the module's entity holding a sealed number
 */
public final class Resealing<T> {

    /** What a run did and what is left in the federation. */
    public record Progress(int rotated, long remaining) {
    }

    private final Class<T> entity;
    private final String pending;
    private final Function<T, String> keyOf;

    /**
     * @param entity  the entity, whose identifier is the string {@code id}
     * @param pending a JPQL condition on {@code e} naming the rows not yet sealed under {@code :key}
     * @param keyOf   the name of the key that sealed a row
     */
    public Resealing(Class<T> entity, String pending, Function<T, String> keyOf) {
        this.entity = entity;
        this.pending = pending;
        this.keyOf = keyOf;
    }

    /** How a batch is audited: the action, its object, and the summary made of the batch's count. */
    public record Audit(String action, String object, IntFunction<Text> summary) {
    }

    /**
     * Seals at most {@code batches} batches of {@code batchSize} rows under {@code key} with {@code reseal} (which
     * seals a row again, and whatever hangs on its hash, or refuses), each batch audited. The caller checks who may.
     */
    public Progress run(TenantScope scope, String key, BiConsumer<EntityManager, T> reseal, int batchSize, int batches, Audit audit) {
        String name = entity.getSimpleName();
        int rotated = 0;
        for (int i = 0; i < batches; i++) {
            int done = scope.transaction(em -> {
                List<String> ids = em.createQuery("select e.id from " + name + " e where " + pending + " order by e.id", String.class)
                        .setParameter("key", key).setMaxResults(batchSize).getResultList();
                if (ids.isEmpty()) {
                    return 0;
                }
                List<T> batch = em.createQuery("select e from " + name + " e where e.id in :ids order by e.id", entity)
                        .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                        .filter(row -> !key.equals(keyOf.apply(row))).toList();
                batch.forEach(row -> reseal.accept(em, row));
                if (!batch.isEmpty()) {
                    scope.audit(audit.action(), audit.object(), audit.summary().apply(batch.size()));
                }
                return batch.size();
            });
            rotated += done;
            if (done == 0) {
                break;
            }
        }
        return new Progress(rotated, remaining(scope, key));
    }

    /** The rows not yet sealed under {@code key}. The caller checks who may. */
    public long remaining(TenantScope scope, String key) {
        return scope.transaction(em -> em.createQuery("select count(e) from " + entity.getSimpleName() + " e where " + pending, Long.class)
                .setParameter("key", key).getSingleResult());
    }
}
