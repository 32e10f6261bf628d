package org.qiaoyun.api.personal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.qiaoyun.api.TenantScope;

/**
 * The ID numbers a module sealed under its key ({@link IdVault}), offered through {@code Module.services()} so that
 * the platform checks at its start that the key it was given opens them: a wrong key (a typo, another installation's,
 * the new key of a rotation given without the old one beside it) stops the start with a message naming the setting,
 * instead of leaving rows nobody can read.
 */
public interface SealedNumbers {

    /** The environment variable that holds the module's key, e.g. {@code QIAOYUN_AID_ID_KEY}, for the refusal to name. */
    String keyVariable();

    /**
     * Whether the module's key opens the newest numbers sealed in the scope's federation, at most {@code sample} of
     * them: empty when none is sealed there, or when the module has no key (it keeps no numbers then).
     */
    Optional<Boolean> opens(TenantScope federation, int sample);

    /**
     * The numbers of one kind of row, under the key {@code vault} gives (null: none), read by a query that answers the
     * sealed numbers newest first ({@code select b.idCipher from Beneficiary b where b.idCipher is not null order by
     * b.createdAt desc}).
     */
    static SealedNumbers of(String keyVariable, Supplier<IdVault> vault, String newestFirst) {
        return new SealedNumbers() {
            @Override
            public String keyVariable() {
                return keyVariable;
            }

            @Override
            public Optional<Boolean> opens(TenantScope federation, int sample) {
                IdVault keys = vault.get();
                if (keys == null) {
                    return Optional.empty();
                }
                return verdict(keys, federation.transaction(em -> em.createQuery(newestFirst, String.class).setMaxResults(sample).getResultList()));
            }
        };
    }

    /** The verdict on {@code sealed} (numbers as stored) under {@code vault}: empty when there is none or no vault. */
    static Optional<Boolean> verdict(IdVault vault, List<String> sealed) {
        if (vault == null || sealed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sealed.stream().allMatch(vault::opens));
    }
}
