package org.qiaoyun.plugins.events;

import org.qiaoyun.api.DailyWork;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.registration.Registrations;

/**
 * What the platform does for the module each day in each federation that has it: keeps the consent text's promise,
 * forgetting the people of events that ended more than a year ago ({@link Registrations#forgetPast}).
 */
public final class EventsDailyWork implements DailyWork {

    @Override
    public void run(TenantScope federation) {
        Registrations.forgetPast(federation);
    }
}
