package org.qiaoyun.kernel.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.qiaoyun.api.DailyWork;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.rights.Retention;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.lease.Leases;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.module.ModuleGate;
import org.qiaoyun.kernel.module.ModuleHost;
import org.qiaoyun.kernel.module.ModuleSwitchboard;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.rights.RetentionPeriods;

/**
 * Runs the modules' {@link DailyWork}: each instance looks every hour; the one holding the run-once lease runs, for
 * every module that offers daily work or keeping periods and every federation where the module is open, the work that
 * has not run yet on this day of Beijing time, and the erasure of the module's records whose keeping period ended
 * ({@link Retention}). What ran is kept in {@code daily_work_run}, so a restart, another instance taking over the
 * lease, or a failed federation's retry an hour later never runs a day's work twice where it succeeded.
 *
 * <p>One federation's failure is logged and does not stop the others; it is tried again at the next look.
 */
public final class DailyRounds implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DailyRounds.class.getName());
    public static final String JOB = "modules.daily-work";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Leases leases;
    private final Store store;
    private final ModuleHost modules;
    private final ModuleGate gate;
    private final Function<InstalledModule, Function<String, TenantScope>> scopes;
    private final RetentionPeriods retention;
    private final Clock clock;
    private final String instance;
    private final List<KernelDailyWork> kernelWork;
    private final ScheduledExecutorService thread;

    /**
     * @param scopes for a module, how to obtain its scope in a federation (the kernel's module context)
     */
    public DailyRounds(Leases leases, Store store, ModuleHost modules, ModuleGate gate,
                       Function<InstalledModule, Function<String, TenantScope>> scopes, RetentionPeriods retention, Clock clock,
                       String instance) {
        this(leases, store, modules, gate, scopes, retention, clock, instance, List.of());
    }

    /**
     * @param scopes     for a module, how to obtain its scope in a federation (the kernel's module context)
     * @param kernelWork the kernel's own daily work, run after the modules'
     */
    public DailyRounds(Leases leases, Store store, ModuleHost modules, ModuleGate gate,
                       Function<InstalledModule, Function<String, TenantScope>> scopes, RetentionPeriods retention, Clock clock,
                       String instance, List<KernelDailyWork> kernelWork) {
        this.leases = leases;
        this.store = store;
        this.modules = modules;
        this.gate = gate;
        this.scopes = scopes;
        this.retention = retention;
        this.clock = clock;
        this.instance = instance;
        this.kernelWork = List.copyOf(kernelWork);
        this.thread = org.qiaoyun.kernel.lease.Daemons.named("qiaoyun-daily-work");
    }

    /** Looks first {@code after} the start (not to slow it), then every {@code every}. */
    public DailyRounds start(Duration after, Duration every) {
        thread.scheduleWithFixedDelay(this::round, after.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** What one look did: the federations' work that ran, and that failed. */
    public record Round(int ran, int failed) {
        static final Round NOT_MINE = new Round(0, 0);
    }

    /** One look: runs today's work not yet done, if this instance holds the lease. */
    public Round round() {
        try {
            if (!leases.take(JOB, instance, Duration.ofHours(2))) {
                return Round.NOT_MINE;
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), CHINA);
            Map<String, Set<String>> enabled = store.transaction(em -> ModuleSwitchboard.enabledInSubtree(em, "/"));
            int ran = 0;
            int failed = 0;
            for (InstalledModule module : modules.installed()) {
                java.util.Optional<DailyWork> work = module.isStarted() ? daily(module) : java.util.Optional.empty();
                if (work.isEmpty()) {
                    continue;
                }
                Set<String> done = doneOn(module.id(), today);
                List<String> due = enabled.entrySet().stream()
                        .filter(e -> e.getValue().contains(module.id()) && !done.contains(e.getKey()))
                        .map(Map.Entry::getKey)
                        .filter(code -> gate.check(code, module.id()).isOpen()) // not closed from above, nor suspended
                        .sorted().toList();
                for (String federation : due) {
                    if (runIn(module, work.get(), federation, today)) {
                        ran++;
                    } else {
                        failed++;
                    }
                }
            }
            for (KernelDailyWork work : kernelWork) {
                Set<String> done = doneOn(work.id(), today);
                for (String federation : work.federations().get()) {
                    if (done.contains(federation)) {
                        continue;
                    }
                    try {
                        Caller.asSystem(() -> {
                            work.work().accept(federation);
                            return null;
                        });
                        markDone(work.id(), federation, today);
                        ran++;
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "daily work " + work.id() + " in " + federation + " failed; tried again at the next look", e);
                        failed++;
                    }
                }
            }
            return new Round(ran, failed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the modules' daily work failed; the next look tries again", e);
            return Round.NOT_MINE;
        }
    }

    /**
     * A module's work of the day: its own, then the erasure of its records past the federation's keeping periods
     * ({@link Retention}, {@link RetentionPeriods#eraseEnded}), so that both run once a day under the one lease.
     */
    private java.util.Optional<DailyWork> daily(InstalledModule module) {
        java.util.Optional<DailyWork> own = module.offered(DailyWork.class);
        java.util.Optional<Retention> keeping = module.offered(Retention.class);
        if (keeping.isEmpty()) {
            return own;
        }
        DailyWork erasing = federation -> retention.eraseEnded(module.id(), keeping.get(), federation);
        return java.util.Optional.of(own.<DailyWork>map(work -> federation -> {
            work.run(federation);
            erasing.run(federation);
        }).orElse(erasing));
    }

    private boolean runIn(InstalledModule module, DailyWork work, String federation, LocalDate today) {
        try {
            Caller.asSystem(() -> {
                work.run(scopes.apply(module).apply(federation));
                return null;
            });
            markDone(module.id(), federation, today);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily work of " + module.id() + " in " + federation + " failed; tried again at the next look", e);
            return false;
        }
    }

    private Set<String> doneOn(String moduleId, LocalDate today) {
        return store.transaction(em -> Set.copyOf(em.createNativeQuery(
                        "select tenant_code from daily_work_run where module_id = ? and ran_on >= ?")
                .setParameter(1, moduleId).setParameter(2, today).getResultList().stream().map(Object::toString).toList()));
    }

    private void markDone(String moduleId, String federation, LocalDate today) {
        store.transaction(em -> {
            int updated = em.createNativeQuery("update daily_work_run set ran_on = ? where module_id = ? and tenant_code = ?")
                    .setParameter(1, today).setParameter(2, moduleId).setParameter(3, federation).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into daily_work_run (module_id, tenant_code, ran_on) values (?, ?, ?)")
                        .setParameter(1, moduleId).setParameter(2, federation).setParameter(3, today).executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            leases.release(JOB, instance);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the daily work's lease could not be given back; it runs out by itself", e);
        }
    }
}
