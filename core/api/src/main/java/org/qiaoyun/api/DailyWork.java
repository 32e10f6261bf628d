package org.qiaoyun.api;

/**
 * What a module does once a day in every federation where it is enabled, without anybody asking: escalating
 * matters that fell overdue, forgetting people's details whose keeping period ended, counting the figures of a
 * day on which nothing changed. A module offers it through {@link Module#services()}.
 *
 * <p>The platform runs it on one of its instances only (under the run-once lease), for each federation at most
 * once per day of Beijing time, and again the next hour when it failed. The scope it hands over acts as the
 * platform itself: {@link TenantScope#currentUser()} is {@code system}, and the work is audited as such; the work is
 * trusted to do only what its day asks, so a module keeps it apart from the entry points people call. It should be
 * safe to run twice on one day (a restart between the work and its bookkeeping runs it again).
 */
public interface DailyWork {

    /** Does the day's work in one federation, on the scope's clock. */
    void run(TenantScope federation);
}
