package org.qiaoyun.plugins.volunteers.volunteer;

import java.time.LocalDate;
import java.time.ZoneId;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.Resealing;
import org.qiaoyun.plugins.volunteers.Permissions;

/**
 * Re-encrypts and re-hashes a tenant's volunteers' ID numbers under the new key of a rotation, with the platform's
 * re-sealing loop ({@link Resealing}) as the aid module does its beneficiaries': each row names the key that sealed
 * it, so a rotation stopped anywhere resumes where it stood; one batch is one transaction (nothing half-rotated);
 * two at once take turns; a row neither key opens refuses its batch, naming the row.
 */
public final class IdKeyRotation {

    private static final Resealing<Volunteer> VOLUNTEERS = new Resealing<>(Volunteer.class,
            "e.idCipher is not null and (e.idKey is null or e.idKey <> :key)", Volunteer::idKey);
    private static final Resealing.Audit AUDIT = new Resealing.Audit("volunteer.rotate-id-key", "volunteers",
            count -> Text.of("volunteers.audit.rotated", count));

    private final TenantScope scope;
    private final IdVault vault;

    public IdKeyRotation(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** Rotates at most {@code batches} batches of {@code batchSize} rows (the federation's admins), each batch audited. */
    public Resealing.Progress run(int batchSize, int batches) {
        Permissions.requireAdmin(scope);
        LocalDate today = LocalDate.now(scope.clock().withZone(ZoneId.of("Asia/Shanghai")));
        return VOLUNTEERS.run(scope, vault.keyId(), (em, volunteer) -> volunteer.reseal(vault, today), batchSize, batches, AUDIT);
    }

    /** The numbers not yet sealed under the vault's key. */
    public long remaining() {
        Permissions.requireAdmin(scope);
        return VOLUNTEERS.remaining(scope, vault.keyId());
    }
}
