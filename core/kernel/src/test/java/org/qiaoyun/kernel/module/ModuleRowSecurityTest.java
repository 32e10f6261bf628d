package org.qiaoyun.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

import org.eclipse.persistence.config.QueryHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * The kernel on PostgreSQL as an ordinary database role (as in production): a module's tables come
 * under row-level security when it starts, and every transaction of a tenant scope names its tenant, so
 * even SQL that skips EclipseLink's filter sees that tenant's rows alone.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.qiaoyun.kernel.AsPlatform.class)
class ModuleRowSecurityTest {

    private Kernel kernel;
    private String url;

    @BeforeEach
    void kernelAsAnOrdinaryRole() throws Exception {
        url = TestDatabases.postgres();
        String role = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource superuser = Database.pool(url, null, null, 1);
             Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + role + " login password 'app-secret' nosuperuser nobypassrls");
            s.execute("grant create, usage on schema public to " + role);
        }
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(new KernelSettings(url.replaceAll("[?&]user=postgres", ""), role, "app-secret", 4, plugins, false, null,
                "platform-admin-secret", 1_000, KernelSettings.TEST_SECRETS_KEY));
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-a", "gd", "city", "甲市侨联", "A", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-b", "gd", "city", "乙市侨联", "B", null));
        kernel.switchboard().switchModule("gd-a", "greeting", true);
        kernel.switchboard().switchModule("gd-b", "greeting", true);
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    private TenantScope scope(String tenant) {
        return kernel.contextOf("greeting").tenant(tenant);
    }

    private static long greetingsSeenBySql(TenantScope scope) {
        return scope.transaction(em -> ((Number) em.createNativeQuery("select count(*) from greeting")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult()).longValue());
    }

    @Test
    void textTooLongForItsColumnIsRefusedBeforePostgresSeesIt() throws Exception {
        Class<?> greeting = kernel.modules().find("greeting").orElseThrow().persistence().getMetamodel().getEntities()
                .stream().filter(e -> e.getName().equals("Greeting")).findFirst().orElseThrow().getJavaType();
        Object tooLong = greeting.getConstructor(String.class, java.time.Instant.class).newInstance("x".repeat(201), java.time.Instant.parse("2026-11-25T08:00:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scope("gd-a").transaction(em -> {
            em.persist(tooLong);
            return null;
        })).isInstanceOfSatisfying(org.qiaoyun.api.InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThat(greetingsSeenBySql(scope("gd-a"))).isZero();
    }

    @Test
    void aModulesTablesAreUnderTheWallAndEachScopeSeesItsOwnRowsOnly() throws Exception {
        assertThat(kernel.modules().find("greeting").orElseThrow().state()).isEqualTo(ModuleState.STARTED);
        for (String tenant : new String[] {"gd-a", "gd-a", "gd-b"}) {
            scope(tenant).transaction(em -> em.createNativeQuery("insert into greeting (tenant_id, id, text, created_at)"
                            + " values (?1, ?2, 'hello', now())").setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, tenant).setParameter(2, UUID.randomUUID().toString()).executeUpdate());
        }
        assertThat(greetingsSeenBySql(scope("gd-a"))).as("SQL without the tenant filter, tenant a").isEqualTo(2);
        assertThat(greetingsSeenBySql(scope("gd-b"))).isEqualTo(1);
        try (HikariDataSource superuser = Database.pool(url, null, null, 1); Connection c = superuser.getConnection();
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select relrowsecurity, relforcerowsecurity from pg_class where relname = 'greeting'")) {
            rows.next();
            assertThat(rows.getBoolean(1)).isTrue();
            assertThat(rows.getBoolean(2)).as("forced on the owner too").isTrue();
        }
    }
}
