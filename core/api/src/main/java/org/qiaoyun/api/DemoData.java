package org.qiaoyun.api;

import java.util.function.Function;

/**
 * A module's believable records for the demo federations, so that a newcomer's first look at a trial
 * platform (the README's run command) shows working screens rather than empty ones. A module offers it
 * through {@link Module#services()}; the platform calls it once, at the first start of a demo platform,
 * for every demo federation where the module is enabled. It is never called in production.
 *
 * <p>The records are made through the module's own services, as the federation's demo accounts would
 * make them (a caseworker drafts, an admin approves), so they obey every rule the screens obey.
 */
public interface DemoData {

    /** Fills one demo federation. A failure is logged and leaves the platform starting. */
    void fill(Federation federation);

    /** A demo federation and its demo accounts. */
    interface Federation {

        /** The federation's code. */
        String code();

        /**
         * Runs {@code work} as the federation's demo account holding {@code role} ({@code caseworker},
         * {@code admin}, ...), with a scope of the module in the federation; false when no demo account
         * holds the role there (the work does not run).
         */
        boolean as(String role, Function<TenantScope, ?> work);

        /**
         * As {@link #as(String, Function)}, with the scope's clock {@code daysAgo} days back: what was
         * done in the past (a shift signed up for and served three weeks ago) is made as it was then,
         * under the rules of that day.
         */
        boolean asDaysAgo(String role, int daysAgo, Function<TenantScope, ?> work);
    }
}
