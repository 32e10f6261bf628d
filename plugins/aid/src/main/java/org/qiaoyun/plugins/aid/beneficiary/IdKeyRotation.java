package org.qiaoyun.plugins.aid.beneficiary;

import java.time.LocalDate;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.Resealing;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;

/**
 * Re-encrypts and re-hashes a tenant's ID numbers under the new key of a rotation, with the platform's re-sealing
 * loop ({@link Resealing}): each row names the key that sealed it ({@code id_key}), so the progress is kept in the
 * rows themselves and a rotation stopped anywhere resumes where it stood; one batch is one transaction (nothing is
 * half-rotated); two rotations at once take turns. Until every row is done the vault reads under either key and
 * looks up under both hashes. A row neither key opens refuses the batch it is in, naming the row: the wrong key is
 * caught before anything is written with it. A person whose details were erased has no number left to seal.
 */
public final class IdKeyRotation {

    private static final Resealing<Beneficiary> PEOPLE = new Resealing<>(Beneficiary.class,
            "e.idCipher is not null and (e.idKey is null or e.idKey <> :key)", Beneficiary::idKey);
    private static final Resealing.Audit AUDIT = new Resealing.Audit("beneficiary.rotate-id-key", "beneficiaries",
            count -> Text.of("aid.audit.rotated", count));

    private final TenantScope scope;
    private final IdVault vault;

    public IdKeyRotation(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** Rotates at most {@code batches} batches of {@code batchSize} rows (the federation's admins), each batch audited. */
    public Resealing.Progress run(int batchSize, int batches) {
        Permissions.requireAdmin(scope);
        LocalDate today = AidIndicators.today(scope);
        return PEOPLE.run(scope, vault.keyId(), (em, person) -> person.reseal(vault, today), batchSize, batches, AUDIT);
    }

    /** The rows not yet sealed under the vault's key. */
    public long remaining() {
        Permissions.requireAdmin(scope);
        return PEOPLE.remaining(scope, vault.keyId());
    }
}
