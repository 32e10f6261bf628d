package org.qiaoyun.plugins.events;

import org.qiaoyun.api.DailyWork;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.newsletter.Subscribers;
import org.qiaoyun.plugins.events.registration.ClientSignUp;
import org.qiaoyun.plugins.events.registration.Registrations;

/**
 * What the platform does for the module each day in each federation that has it: keeps the consent text's promise,
 * forgetting the people of events that ended more than a year ago ({@link Registrations#forgetPast}; the platform's
 * daily erasure does it sooner where the federation keeps them less, {@code EventsKeeping}); marks bounced the
 * newsletter's readers whose mail the platform's mail channel found refused for good ({@link Subscribers#takeBounces});
 * and drops the marks of public sign-ups past the hour their client's limit counts them ({@link ClientSignUp}).
 */
public final class EventsDailyWork implements DailyWork {

    @Override
    public void run(TenantScope federation) {
        Registrations.forgetPast(federation);
        Subscribers.takeBounces(federation);
        try {
            federation.transaction(em -> ClientSignUp.forgetOld(em, federation.clock().instant()));
        } catch (org.qiaoyun.api.RefusalException readOnly) {
            // an archived federation's data stays as it was archived
        }
    }
}
