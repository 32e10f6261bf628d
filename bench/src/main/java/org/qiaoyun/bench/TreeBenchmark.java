package org.qiaoyun.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.tree.TenantTreeFile;
import org.qiaoyun.kernel.tenant.tree.TreeFile;

/**
 * Prints the seconds to plan and apply a tenant tree of about 3,000 federations (one province, 30
 * cities of 100 counties each, every county with a module switched on), and to plan and apply it again
 * when nothing changes. Aims: apply under 60 s, re-plan under 5 s.
 */
public final class TreeBenchmark {

    public static void main(String[] args) throws Exception {
        org.qiaoyun.kernel.access.Caller.bindSystem(); // the kernel's services check their caller; this tool acts as the platform
        int cities = Integer.parseInt(args[0]);
        int counties = Integer.parseInt(args[1]);
        Path plugins = Path.of(args[2]);
        java.util.logging.LogManager.getLogManager().reset();
        String yaml = tree(cities, counties);
        run("H2", Database.embeddedUrl(Files.createTempDirectory("qiaoyun-bench-tree")), plugins, yaml, 1 + cities + cities * counties);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database trees");
            }
            run("PostgreSQL", postgres.getJdbcUrl("postgres", "trees"), plugins, yaml, 1 + cities + cities * counties);
        }
    }

    private static void run(String database, String url, Path plugins, String yaml, int tenants) {
        try (Kernel kernel = Kernel.start(KernelSettings.forTests(url, plugins))) {
            long start = System.nanoTime();
            TreeFile file = TenantTreeFile.read(yaml);
            double read = seconds(start);
            start = System.nanoTime();
            int planned = kernel.trees().plan(file, null).size();
            double plan = seconds(start);
            start = System.nanoTime();
            int applied = kernel.trees().apply(file, null).size();
            double apply = seconds(start);
            start = System.nanoTime();
            int replanned = kernel.trees().plan(TenantTreeFile.read(yaml), null).size();
            double replan = seconds(start);
            start = System.nanoTime();
            int reapplied = kernel.trees().apply(TenantTreeFile.read(yaml), null).size();
            double reapply = seconds(start);
            System.out.printf(Locale.ROOT, "tenant tree of %d federations on %s: read %.2f s, plan %.2f s (%d changes), apply %.2f s (%d),"
                            + " re-plan %.2f s (%d changes), re-apply %.2f s (%d)%n",
                    tenants, database, read, plan, planned, apply, applied, replan, replanned, reapply, reapplied);
        }
    }

    static String tree(int cities, int counties) {
        StringBuilder yaml = new StringBuilder("""
                code: bench
                parent: cn
                level: province
                nameZh: 基准省侨联
                nameEn: Bench Province
                modulesAllowedForDescendants: [greeting]
                children:
                """);
        for (int c = 0; c < cities; c++) {
            yaml.append("  - code: bench-c").append(c).append("\n    level: city\n    nameZh: 基准市").append(c)
                    .append("\n    nameEn: City ").append(c).append("\n    children:\n");
            for (int k = 0; k < counties; k++) {
                yaml.append("      - {code: bench-c").append(c).append("-k").append(k).append(", level: county, nameZh: 基准县")
                        .append(c).append('-').append(k).append(", nameEn: County ").append(c).append('-').append(k)
                        .append(", modulesEnabled: [greeting]}\n");
            }
        }
        return yaml.toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private TreeBenchmark() {
    }
}
