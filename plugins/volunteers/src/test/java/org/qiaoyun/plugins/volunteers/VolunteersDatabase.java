package org.qiaoyun.plugins.volunteers;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * A real PostgreSQL for the module's tests, shared by all of them: the module's changelog applied and
 * its persistence unit built as the kernel builds it. Tests keep apart by using their own tenants.
 */
public final class VolunteersDatabase {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;
    private static EntityManagerFactory unit;

    private VolunteersDatabase() {
    }

    public static synchronized EntityManagerFactory unit() {
        if (unit == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            pool = Database.pool(postgres.getJdbcUrl("postgres", "postgres"), null, null, 16);
            Migrations.run(pool, "db/volunteers/changelog.xml", VolunteersModule.class.getClassLoader());
            unit = PersistenceUnits.build("volunteers", VolunteersModule.class.getClassLoader(),
                    PersistenceUnits.rootOf(VolunteersModule.class), new VolunteersModule().persistence().entities(), pool);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                unit.close();
                pool.close();
                try {
                    postgres.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return unit;
    }

    public static HikariDataSource pool() {
        unit();
        return pool;
    }

    /** A tenant scope as the kernel gives it, for a caller with roles; audit entries and indicator values kept to be looked at. */
    public record Scope(String tenant, String user, List<String> audited, Map<String, BigDecimal> recorded, String... roles)
            implements TenantScope {

        public Scope(String tenant, String user, String... roles) {
            this(tenant, user, java.util.Collections.synchronizedList(new ArrayList<>()), new ConcurrentHashMap<>(), roles);
        }

        /** The same tenant, another caller. */
        public Scope as(String otherUser, String... otherRoles) {
            return new Scope(tenant, otherUser, otherRoles);
        }

        @Override
        public String tenantCode() {
            return tenant;
        }

        @Override
        public Optional<String> currentUser() {
            return Optional.of(user);
        }

        @Override
        public boolean callerHas(String role) {
            return List.of(roles).contains(role);
        }

        @Override
        public <T> T transaction(Function<EntityManager, T> work) {
            return Store.transaction(unit().createEntityManager(Map.of(TENANT_PROPERTY, tenant)), work);
        }

        @Override
        public void audit(String action, String object, String summary) {
            audited.add(action + " " + object + " " + summary);
        }

        @Override
        public void record(String indicatorCode, YearMonth period, BigDecimal value) {
            recorded.put(indicatorCode, value);
        }
    }

    /** Approved volunteers {@code <tenant>-v0..}, named 志愿者0.., registered by the organiser; their ids. */
    public static List<String> volunteers(Scope scope, int count) {
        return scope.transaction(em -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Volunteer v = Volunteer.register(scope.tenant() + "-v" + i, "志愿者" + i, null, null, "粤语", null, null, true);
                em.persist(v);
                ids.add(v.id());
            }
            return ids;
        });
    }
}
