package org.qiaoyun.plugins.legal;

import org.qiaoyun.api.DailyWork;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.consultation.Escalation;

/**
 * What the platform does for the module each day in each federation that has it: overdue matters go up to their
 * centre's head, and the month's figures are counted again, so that open and overdue matters are right in a month in
 * which nothing else changed.
 */
final class LegalDailyWork implements DailyWork {

    @Override
    public void run(TenantScope federation) {
        new Escalation(federation).run();
        LegalIndicators.refresh(federation);
    }
}
