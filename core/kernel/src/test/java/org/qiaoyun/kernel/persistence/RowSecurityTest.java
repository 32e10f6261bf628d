package org.qiaoyun.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.TenantScope;

/**
 * The second wall, on a real PostgreSQL, as the platform runs there: as an ordinary role that owns the
 * tables (superusers bypass row-level security, so the test makes one). Even a query that skips
 * EclipseLink's tenant filter sees one tenant, a transaction without a tenant sees nothing, and a row
 * cannot be written into another tenant.
 */
class RowSecurityTest {

    private HikariDataSource pool;
    private EntityManagerFactory unit;

    @BeforeEach
    void anOrdinaryRoleOwnsTheTables() throws Exception {
        String url = TestDatabases.postgres();
        String role = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource superuser = Database.pool(url, null, null, 1);
             Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login password 'app-secret' nosuperuser nobypassrls");
            s.execute("grant create, usage on schema public to " + role);
        }
        pool = Database.pool(url.replaceAll("[?&]user=postgres", ""), role, "app-secret", 4);
        Migrations.run(pool, "db/kerneltest/changelog.xml", getClass().getClassLoader());
        RowSecurity.enable(pool, List.of("memo"));
        RowSecurity.enable(pool, List.of("memo")); // again: it is idempotent
        unit = PersistenceUnits.build("row-security", getClass().getClassLoader(), PersistenceUnits.rootOf(Memo.class),
                List.of(Memo.class), pool);
        bound("a", em -> {
            em.persist(new Memo("a's memo"));
            return null;
        });
        bound("b", em -> {
            em.persist(new Memo("b's memo"));
            return null;
        });
    }

    @AfterEach
    void close() {
        unit.close();
        pool.close();
    }

    /** A transaction of tenant {@code tenant} as a module scope runs it: filtered by EclipseLink, bound in PostgreSQL. */
    private <T> T bound(String tenant, Function<EntityManager, T> work) {
        return Store.transaction(unit.createEntityManager(Map.of(TenantScope.TENANT_PROPERTY, tenant)), em -> {
            RowSecurity.bind(em, tenant);
            return work.apply(em);
        });
    }

    /** Native SQL, which skips EclipseLink's tenant filter (allowed here on purpose: the test is whether PostgreSQL holds). */
    private static jakarta.persistence.Query sql(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }

    private <T> T unbound(String tenant, Function<EntityManager, T> work) {
        return Store.transaction(unit.createEntityManager(Map.of(TenantScope.TENANT_PROPERTY, tenant)), work);
    }

    @Test
    void aQueryThatSkipsTheFilterStillSeesOneTenant() {
        Number seen = bound("a", em -> (Number) sql(em, "select count(*) from memo").getSingleResult());
        assertThat(seen.intValue()).as("native SQL, no EclipseLink filter: the database keeps to tenant a").isEqualTo(1);
        List<Memo> memos = bound("a", em -> em.createQuery("select m from Memo m", Memo.class).getResultList());
        assertThat(memos).extracting(Memo::text).containsExactly("a's memo");
    }

    @Test
    void aTransactionWithoutATenantSeesNothing() throws Exception {
        List<Memo> memos = unbound("a", em -> em.createQuery("select m from Memo m", Memo.class).getResultList());
        assertThat(memos).as("EclipseLink asks for tenant a; PostgreSQL shows nothing to a transaction that named none").isEmpty();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select count(*), current_setting('" + RowSecurity.SETTING + "', true) from memo")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
            assertThat(rows.getString(2)).as("the migration gave its setting back before the connection went back").isNullOrEmpty();
        }
    }

    @Test
    void aRowCannotBeWrittenIntoAnotherTenant() {
        assertThatThrownBy(() -> bound("a", em -> sql(em, "insert into memo (tenant_id, id, text) values ('b', 'x', 'smuggled')").executeUpdate())).as("the policy's check refuses it").isInstanceOf(RuntimeException.class);
        Number b = bound("b", em -> (Number) sql(em, "select count(*) from memo").getSingleResult());
        assertThat(b.intValue()).isEqualTo(1);
    }

    @Test
    void migrationsSeeEveryTenant() throws Exception {
        try (Connection c = pool.getConnection()) {
            RowSecurity.allTenants(c, true);
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select count(*) from memo")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            } finally {
                RowSecurity.allTenants(c, false);
            }
        }
    }
}
