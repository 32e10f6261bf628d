package org.qiaoyun.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

/**
 * The second wall between tenants, in PostgreSQL itself: row-level security, forced even on the tables'
 * owner, on every table a module keeps. A row is visible and writable only when its {@code tenant_id}
 * is the tenant set for the transaction ({@link #bind}), so a query that forgot EclipseLink's tenant
 * filter still sees one tenant, and one run without a tenant sees nothing. Migrations see every tenant
 * ({@link #ALL}), as data migrations must. Superusers (such as the embedded test server's) bypass it.
 */
public final class RowSecurity {

    /** The PostgreSQL setting that carries the transaction's tenant. */
    public static final String SETTING = "qiaoyun.tenant";
    /** The setting's value for work over all tenants: migrations only. */
    public static final String ALL = "*";
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String TENANT_MATCHES = "(tenant_id = current_setting('" + SETTING + "', true)"
            + " or current_setting('" + SETTING + "', true) = '" + ALL + "')";

    private RowSecurity() {
    }

    /** Puts the tables under the policy (idempotent); on PostgreSQL only, H2 has no row-level security. */
    public static void enable(DataSource dataSource, Collection<String> tables) {
        if (!Database.isPostgres(dataSource)) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                String name = table.toLowerCase(java.util.Locale.ROOT);
                if (!TABLE.matcher(name).matches()) {
                    throw new IllegalArgumentException("not a table name: " + table);
                }
                statement.execute("alter table " + name + " enable row level security");
                statement.execute("alter table " + name + " force row level security");
                try {
                    statement.execute("create policy qiaoyun_tenant on " + name + " using " + TENANT_MATCHES + " with check "
                            + TENANT_MATCHES);
                } catch (SQLException e) {
                    if (!"42710".equals(e.getSQLState())) { // duplicate_object: in place from an earlier start, or another instance
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot put " + tables + " under row-level security: " + e.getMessage(), e);
        }
    }

    /** Sets the transaction's tenant on its connection (until commit or rollback). Call first in the transaction. */
    public static void bind(EntityManager em, String tenantCode) {
        // EclipseLink refuses native SQL in units with multitenant entities (it would bypass the tenant filter);
        // this one statement is what the wall needs, so it alone is let through
        em.createNativeQuery("select set_config('" + SETTING + "', ?1, true)")
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, tenantCode).getSingleResult();
    }

    /** Lets a connection see every tenant (migrations), or nothing again ({@code null}). */
    static void allTenants(Connection connection, boolean all) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('" + SETTING + "', ?, false)")) {
            statement.setString(1, all ? ALL : "");
            statement.execute();
        }
    }
}
