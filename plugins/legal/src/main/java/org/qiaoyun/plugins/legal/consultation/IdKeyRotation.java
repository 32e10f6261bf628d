package org.qiaoyun.plugins.legal.consultation;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.Resealing;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.Permissions;

/**
 * Re-encrypts the ID numbers of the people asking under the new key of a rotation, and re-hashes in the same
 * transaction the party that stands for each of them in the conflict check, with the platform's re-sealing loop
 * ({@link Resealing}: batches, resumable, audited, two at once take turns). A number neither key opens refuses its
 * batch, naming the matter, before anything is written.
 */
public final class IdKeyRotation {

    private static final Resealing<Consultation> MATTERS = new Resealing<>(Consultation.class,
            "e.idCipher is not null and (e.idKey is null or e.idKey <> :key)", Consultation::idKey);
    private static final Resealing.Audit AUDIT = new Resealing.Audit("consultation.rotate-id-key", "consultations",
            count -> Text.of("legal.audit.rotated", count));

    private final TenantScope scope;
    private final IdVault vault;

    public IdKeyRotation(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /** Rotates at most {@code batches} batches of {@code batchSize} matters (the federation's admins). */
    public Resealing.Progress run(int batchSize, int batches) {
        Permissions.requireAdmin(scope);
        java.time.LocalDate today = ChinaTime.today(scope);
        return MATTERS.run(scope, vault.keyId(), (em, matter) -> {
            String hash = matter.reseal(vault, today);
            em.createQuery("select p from Party p where p.consultationId = :id and p.asking = true", Party.class)
                    .setParameter("id", matter.id()).getResultList().forEach(party -> party.rehash(hash));
        }, batchSize, batches, AUDIT);
    }

    /** The numbers not yet sealed under the vault's key. */
    public long remaining() {
        Permissions.requireAdmin(scope);
        return MATTERS.remaining(scope, vault.keyId());
    }
}
