package org.qiaoyun.kernel.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.qiaoyun.api.DemoData;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.identity.Account;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.module.TenantModule;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * Fills the demo federations with the modules' demo records ({@link DemoData}): every federation of the
 * demo tree that has demo accounts, every module enabled there that offers demo data. Each record is made
 * as one of the federation's demo accounts, through the module's services and their rules.
 */
final class DemoRecords {

    private static final Logger LOG = Logger.getLogger(DemoRecords.class.getName());

    private final Kernel kernel;

    DemoRecords(Kernel kernel) {
        this.kernel = kernel;
    }

    void fill() {
        List<Tenant> federations = Caller.asSystem(() -> kernel.tenants().subtree("/", null, 0, 10_000));
        fillAreas(federations);
        for (Tenant federation : federations) {
            List<Account> accounts = Caller.asSystem(() -> kernel.accounts().of(federation.code(), 0, 200));
            if (accounts.isEmpty()) {
                continue;
            }
            for (TenantModule enabled : Caller.asSystem(() -> kernel.switchboard().modulesOf(federation.code()))) {
                Optional<InstalledModule> module = kernel.modules().find(enabled.id());
                Optional<DemoData> demo = enabled.active() ? module.flatMap(m -> m.offered(DemoData.class)) : Optional.empty();
                if (demo.isEmpty()) {
                    continue;
                }
                try {
                    demo.get().fill(new Federation(federation.code(), module.get(), accounts));
                    LOG.info(() -> "demo records of " + enabled.id() + " in " + federation.code());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "demo records of " + enabled.id() + " in " + federation.code() + " failed", e);
                }
            }
        }
    }

    /**
     * The demo counties' townships and villages with their counts (the kernel's own demo records), recorded by
     * an admin above them through the registry's service, so that the coverage report opens with figures.
     */
    private void fillAreas(List<Tenant> federations) {
        java.util.Set<String> present = federations.stream().map(Tenant::code).collect(java.util.stream.Collectors.toSet());
        CallerIdentity platformAdmin = kernel.accounts().identity(org.qiaoyun.kernel.identity.Accounts.PLATFORM_ADMIN).orElse(null);
        if (platformAdmin == null) {
            return;
        }
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(java.util.Objects.requireNonNull(
                DemoRecords.class.getResourceAsStream("/org/qiaoyun/kernel/registry/demo-areas.tsv")), java.nio.charset.StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                    .filter(cells -> present.contains(cells[0]))
                    .forEach(cells -> Caller.as(platformAdmin, () -> kernel.areas().record(cells[0], new org.qiaoyun.kernel.registry.AreaInput(
                            cells[1], cells[2], Integer.parseInt(cells[3]), 2025, "2025年侨情调查（演示）",
                            org.qiaoyun.kernel.registry.AreaInput.form(cells[4]), cells[2] + switch (cells[4]) {
                                case "federation" -> "侨联";
                                case "branch" -> "侨联分会";
                                case "group" -> "侨联小组";
                                case "workstation" -> "侨联工作站";
                                default -> "";
                            }))));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "demo areas failed", e);
        }
    }

    private final class Federation implements DemoData.Federation {

        private final String code;
        private final InstalledModule module;
        private final List<Account> accounts;

        Federation(String code, InstalledModule module, List<Account> accounts) {
            this.code = code;
            this.module = module;
            this.accounts = accounts;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public boolean as(String role, Function<TenantScope, ?> work) {
            return asDaysAgo(role, 0, work);
        }

        @Override
        public boolean asDaysAgo(String role, int daysAgo, Function<TenantScope, ?> work) {
            Role wanted = Role.parse(role);
            Optional<CallerIdentity> person = accounts.stream().filter(a -> a.roles().contains(wanted)).findFirst()
                    .flatMap(a -> kernel.accounts().identity(a.username()));
            Clock then = Clock.offset(kernel.clock(), Duration.ofDays(-daysAgo));
            person.ifPresent(caller -> Caller.as(caller, () -> work.apply(kernel.contextOf(module, then).tenant(code))));
            return person.isPresent();
        }
    }
}
