package org.qiaoyun.plugins.aid.beneficiary;

import java.time.LocalDate;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;

/**
 * Re-encrypts and re-hashes a tenant's ID numbers under the new key of a rotation, a batch at a time.
 * Each row names the key that sealed it ({@code id_key}), so the progress is kept in the rows themselves:
 * a rotation stopped anywhere resumes where it stood, and one batch is one transaction (its rows' cipher,
 * hash and key change together, or none of them: nothing is half-rotated). Until every row is done the
 * vault reads under either key and looks up under both hashes. A row neither key opens refuses the batch
 * it is in, naming the row: the wrong key is caught before anything is written with it.
 */
public final class IdKeyRotation {

    /** What a run did and what is left in the tenant. */
    public record Progress(int rotated, long remaining) {
    }

    private final TenantScope scope;
    private final IdVault vault;

    public IdKeyRotation(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /**
     * Rotates at most {@code batches} batches of {@code batchSize} rows (the federation's admins), each
     * batch audited with its count.
     */
    public Progress run(int batchSize, int batches) {
        Permissions.requireAdmin(scope);
        LocalDate today = AidIndicators.today(scope);
        int rotated = 0;
        for (int i = 0; i < batches; i++) {
            int done = scope.transaction(em -> {
                List<Beneficiary> batch = em.createQuery("select b from Beneficiary b where b.idKey is null or b.idKey <> :key"
                        + " order by b.id", Beneficiary.class).setParameter("key", vault.keyId()).setMaxResults(batchSize).getResultList();
                for (Beneficiary person : batch) {
                    person.reseal(vault, today);
                }
                if (!batch.isEmpty()) {
                    scope.audit("beneficiary.rotate-id-key", "beneficiaries", Text.of("aid.audit.rotated", batch.size()));
                }
                return batch.size();
            });
            rotated += done;
            if (done < batchSize) {
                break;
            }
        }
        return new Progress(rotated, remaining());
    }

    /** The rows not yet sealed under the vault's key. */
    public long remaining() {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> em.createQuery("select count(b) from Beneficiary b where b.idKey is null or b.idKey <> :key",
                Long.class).setParameter("key", vault.keyId()).getSingleResult());
    }
}
