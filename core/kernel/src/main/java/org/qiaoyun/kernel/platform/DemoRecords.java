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
        fillHomesAndContactPoints(federations);
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

    /**
     * Homes of Overseas Chinese in the demo counties (one assessed from above, one that claims fewer haves), a
     * contact point of the city's cadre with a visit, the city's networks at home and abroad, and a county's
     * nomination waiting at the city, so that the registry's screens and figures on the dashboards are not empty.
     */
    private void fillHomesAndContactPoints(List<Tenant> federations) {
        java.util.Set<String> present = federations.stream().map(Tenant::code).collect(java.util.stream.Collectors.toSet());
        CallerIdentity platformAdmin = kernel.accounts().identity(org.qiaoyun.kernel.identity.Accounts.PLATFORM_ADMIN).orElse(null);
        if (platformAdmin == null) {
            return;
        }
        try {
            if (present.contains("gd-jiangmen-taishan")) {
                Caller.as(platformAdmin, () -> {
                    var homes = kernel.homes();
                    var taicheng = homes.register("gd-jiangmen-taishan", "台城侨胞之家", "台城街道党群服务中心",
                            org.qiaoyun.kernel.registry.Home.Hosting.PARTY_MASS_CENTRE);
                    var claimed = homes.assessItself("gd-jiangmen-taishan", taicheng.id(), taicheng.version(), java.util.Map.of(
                            org.qiaoyun.kernel.registry.Have.ORGANISATION, "街道侨联委员会，章程上墙",
                            org.qiaoyun.kernel.registry.Have.TEAM, "侨界志愿服务队 26 人",
                            org.qiaoyun.kernel.registry.Have.VENUE, "党群服务中心二楼活动室",
                            org.qiaoyun.kernel.registry.Have.ACTIVITIES, "每月侨法宣传和归侨座谈"));
                    homes.assess("gd-jiangmen-taishan", claimed.id(), claimed.version(), 4, "经费尚无固定来源，其余达标");
                    var dajiang = homes.register("gd-jiangmen-taishan", "大江侨胞之家", "大江镇侨联会址",
                            org.qiaoyun.kernel.registry.Home.Hosting.STANDALONE);
                    homes.assessItself("gd-jiangmen-taishan", dajiang.id(), dajiang.version(), java.util.Map.of(
                            org.qiaoyun.kernel.registry.Have.ORGANISATION, "镇侨联",
                            org.qiaoyun.kernel.registry.Have.VENUE, "侨联会址一楼"));
                    return null;
                });
            }
            if (present.contains("fj-quanzhou-jinjiang")) {
                Caller.as(platformAdmin, () -> kernel.homes().register("fj-quanzhou-jinjiang", "青阳侨胞之家", "青阳街道",
                        org.qiaoyun.kernel.registry.Home.Hosting.STANDALONE));
            }
            CallerIdentity cadre = kernel.accounts().identity("jiangmen-admin").orElse(null);
            if (cadre != null && present.contains("gd-jiangmen-taishan")) {
                var point = Caller.as(platformAdmin, () -> kernel.contactPoints().assign("gd-jiangmen", cadre.username(), "gd-jiangmen-taishan", null));
                java.time.LocalDate day = kernel.contactPoints().today().minusDays(12);
                Caller.as(cadre, () -> kernel.contactPoints().recordVisit("gd-jiangmen", point.id(), new org.qiaoyun.kernel.registry.VisitInput(
                        day, "台山市侨联主席、秘书长", "村级侨联活动经费不足", "协调市侨联专项资金支持三个村", day.plusMonths(2))));
            }
            if (present.contains("gd-jiangmen")) {
                Caller.as(platformAdmin, () -> {
                    var networks = kernel.associations();
                    networks.record("gd-jiangmen", new org.qiaoyun.kernel.registry.AssociationInput(
                            org.qiaoyun.kernel.registry.Association.Scope.DOMESTIC, org.qiaoyun.kernel.registry.Association.Kind.CHAMBER,
                            "江门市侨商会（演示）", null, "陈国华", 260, "0750-3200000", null, null, 2006, null));
                    networks.record("gd-jiangmen", new org.qiaoyun.kernel.registry.AssociationInput(
                            org.qiaoyun.kernel.registry.Association.Scope.OVERSEAS, org.qiaoyun.kernel.registry.Association.Kind.HOMETOWN,
                            "旧金山五邑同乡会（演示）", null, "黄志强", 1200, null, "美国", "旧金山", 1998, null));
                    return null;
                });
            }
            CallerIdentity county = kernel.accounts().identity("taishan-admin").orElse(null);
            if (county != null && present.contains("gd-jiangmen-taishan")) {
                Caller.as(county, () -> kernel.nominations().nominate("gd-jiangmen-taishan", new org.qiaoyun.kernel.registry.NominationInput(
                        org.qiaoyun.kernel.registry.Nomination.Award.WORKER, kernel.profiles().today().getYear(), "伍秀英（演示）",
                        "扎根侨乡二十年，走访侨户三千余户，推动建成七个村级侨联。", "gd")));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo homes, contact points, networks and nominations failed", e);
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
