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
