package org.qiaoyun.plugins.volunteers;

import java.util.function.Supplier;

import org.qiaoyun.api.DailyWork;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.volunteers.volunteer.IdKeyRotation;

/**
 * What the platform does for the module each day in each federation that has it: the volunteers with a place on a
 * shift tomorrow are reminded of it (once per sign-up); and while a key rotation is under way
 * ({@code QIAOYUN_VOLUNTEERS_ID_KEY_PREVIOUS} set beside the new key), the federation's ID numbers still sealed under
 * the previous key are sealed again under the new one, a batch per transaction, so the rotation finishes on its own
 * after the rolling restart. A number neither key opens stops the federation's run with nothing half-done; the
 * platform tries again at its next look (and logs it), and an admin sees what is left through the REST rotation call.
 */
final class VolunteersDailyWork implements DailyWork {

    /** Rows per transaction, and at most this many transactions per federation and run. */
    static final int BATCH = 500;
    static final int BATCHES = 10_000;

    private final Supplier<IdVault> vault;

    VolunteersDailyWork(Supplier<IdVault> vault) {
        this.vault = vault;
    }

    @Override
    public void run(TenantScope federation) {
        new org.qiaoyun.plugins.volunteers.shift.Rosters(federation).remindTomorrow();
        IdVault current = vault.get();
        if (current != null && current.rotating()) {
            new IdKeyRotation(federation, current).run(BATCH, BATCHES);
        }
    }
}
