package org.qiaoyun.plugins.legal;

import java.util.function.Supplier;

import org.qiaoyun.api.DailyWork;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.consultation.Escalation;
import org.qiaoyun.plugins.legal.consultation.IdKeyRotation;

/**
 * What the platform does for the module each day in each federation that has it: overdue matters go up to their
 * centre's head, and the month's figures are counted again, so that open and overdue matters are right in a month in
 * which nothing else changed; and while a key rotation runs ({@code QIAOYUN_LEGAL_ID_KEY_PREVIOUS} set beside the new
 * key), the numbers still sealed under the previous key are sealed again, so that a rotation finishes by itself.
 */
final class LegalDailyWork implements DailyWork {

    static final int BATCH = 500;
    static final int BATCHES = 10_000;

    private final Supplier<IdVault> vault;

    LegalDailyWork(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public void run(TenantScope federation) {
        IdVault current = vault.get();
        if (current != null && current.rotating()) {
            new IdKeyRotation(federation, current).run(BATCH, BATCHES);
        }
        new Escalation(federation).run();
        LegalIndicators.refresh(federation);
    }
}
