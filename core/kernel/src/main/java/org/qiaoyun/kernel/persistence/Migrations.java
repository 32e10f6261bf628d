package org.qiaoyun.kernel.persistence;

import java.sql.Connection;

import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs a Liquibase changelog, the kernel's or a module's, read through the class loader that holds
 * it. The kernel and every module share one changelog table; changeset ids carry the owner's id as a
 * prefix, and changelog paths are unique per owner ({@code db/<id>/changelog.xml}).
 */
public final class Migrations {

    private Migrations() {
    }

    public static void run(DataSource dataSource, String changelog, ClassLoader loader) {
        try (Connection connection = dataSource.getConnection()) {
            // data migrations read and write across tenants: this connection sees them all, until it goes back
            boolean postgres = org.qiaoyun.kernel.persistence.Database.isPostgres(dataSource);
            if (postgres) {
                RowSecurity.allTenants(connection, true);
            }
            try {
                migrate(unclosable(connection), changelog, loader);
            } finally {
                if (postgres) {
                    RowSecurity.allTenants(connection, false);
                }
            }
        } catch (MigrationFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationFailedException(changelog, e);
        }
    }

    /**
     * The connection as Liquibase gets it: Liquibase closes what it is given, and this one must still take
     * its setting back before it returns to the pool.
     */
    private static Connection unclosable(Connection connection) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void migrate(Connection connection, String changelog, ClassLoader loader) {
        try {
            Scope.child(Scope.Attr.classLoader.name(), loader, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(loader), database)) {
                    liquibase.update("");
                }
            });
        } catch (Exception e) { // Scope.child declares Exception; SQL and Liquibase failures alike end here
            throw new MigrationFailedException(changelog, e);
        }
    }

    /** A changelog could not be applied; the owner (kernel or module) cannot start. */
    public static class MigrationFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MigrationFailedException(String changelog, Exception cause) {
            super("migration " + changelog + " failed: " + rootMessage(cause), cause);
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage();
        }
    }
}
