package org.qiaoyun.plugins.volunteers.volunteer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.volunteers.Permissions;

/**
 * Re-encrypts and re-hashes a tenant's volunteers' ID numbers under the new key of a rotation, a batch at
 * a time, as the aid module does its beneficiaries': each row names the key that sealed it, so a rotation
 * stopped anywhere resumes where it stood; one batch is one transaction (nothing half-rotated); a row
 * neither key opens refuses its batch, naming the row.
 */
public final class IdKeyRotation {

    /** What a run did and what is left in the tenant. */
    public record Progress(int rotated, long remaining) {
    }

    private static final String PENDING = "from Volunteer v where v.idCipher is not null and (v.idKey is null or v.idKey <> :key)";

    private final TenantScope scope;
    private final IdVault vault;

    public IdKeyRotation(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** Rotates at most {@code batches} batches of {@code batchSize} rows (the federation's admins), each batch audited. */
    public Progress run(int batchSize, int batches) {
        Permissions.requireAdmin(scope);
        LocalDate today = LocalDate.now(scope.clock().withZone(ZoneId.of("Asia/Shanghai")));
        int rotated = 0;
        for (int i = 0; i < batches; i++) {
            int done = scope.transaction(em -> {
                List<Volunteer> batch = em.createQuery("select v " + PENDING + " order by v.id", Volunteer.class)
                        .setParameter("key", vault.keyId()).setMaxResults(batchSize).getResultList();
                for (Volunteer volunteer : batch) {
                    volunteer.reseal(vault, today);
                }
                if (!batch.isEmpty()) {
                    scope.audit("volunteer.rotate-id-key", "volunteers", Text.of("volunteers.audit.rotated", batch.size()));
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

    /** The numbers not yet sealed under the vault's key. */
    public long remaining() {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> em.createQuery("select count(v) " + PENDING, Long.class)
                .setParameter("key", vault.keyId()).getSingleResult());
    }
}
