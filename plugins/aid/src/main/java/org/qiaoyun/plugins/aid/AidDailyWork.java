package org.qiaoyun.plugins.aid;

import java.util.function.Supplier;

import org.qiaoyun.api.DailyWork;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.IdKeyRotation;

/**
 * What the platform does for the module each day in each federation that has it: while a key rotation is under way
 * ({@code QIAOYUN_AID_ID_KEY_PREVIOUS} set beside the new key), the people's document numbers still sealed under the
 * previous key are sealed again under the new one, a batch per transaction, so that the rotation finishes on its own
 * after the rolling restart. A number neither key opens stops the federation's run with nothing half-done; the
 * platform logs it and tries again at its next look, and an admin sees what is left through the REST rotation call.
 */
final class AidDailyWork implements DailyWork {

    /** Rows per transaction, and at most this many transactions per federation and run. */
    static final int BATCH = 500;
    static final int BATCHES = 10_000;

    private final Supplier<IdVault> vault;

    AidDailyWork(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public void run(TenantScope federation) {
        IdVault current = vault.get();
        if (current != null && current.rotating()) {
            new IdKeyRotation(federation, current).run(BATCH, BATCHES);
        }
    }
}
