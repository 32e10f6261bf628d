package org.qiaoyun.kernel.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the database says of its tables, in lower case whatever the database (H2 answers in upper case): which tables
 * there are, their columns and kinds, primary keys, and the foreign keys that point at a federation or at the table
 * itself. Asked once per export or import.
 */
final class Schema {

    private final Connection connection;
    private final DatabaseMetaData meta;
    private final boolean upper;
    private Set<String> tables;

    Schema(Connection connection) throws SQLException {
        this.connection = connection;
        this.meta = connection.getMetaData();
        this.upper = meta.storesUpperCaseIdentifiers();
    }

    private String asStored(String name) {
        return upper ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** The platform's tables (of the current schema). */
    Set<String> tables() throws SQLException {
        if (tables != null) {
            return tables;
        }
        tables = new TreeSet<>();
        try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** A table's columns and their kinds, in the table's order; empty when there is no such table. */
    Map<String, ColumnKind> columns(String table) throws SQLException {
        Map<String, ColumnKind> columns = new LinkedHashMap<>();
        if (!tables().contains(table)) {
            return columns;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            var described = rows.getMetaData();
            for (int i = 1; i <= described.getColumnCount(); i++) {
                columns.put(described.getColumnLabel(i).toLowerCase(Locale.ROOT), ColumnKind.of(described, i));
            }
        }
        return columns;
    }

    /** The primary key's columns, in key order (to write rows in a stable order). */
    List<String> primaryKey(String table) throws SQLException {
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, connection.getSchema(), asStored(table))) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(key.values());
    }

    /** The table's columns that refer to another table's rows, by the table they refer to. */
    Map<String, String> references(String table) throws SQLException {
        Map<String, String> references = new LinkedHashMap<>();
        try (ResultSet rows = meta.getImportedKeys(null, connection.getSchema(), asStored(table))) {
            while (rows.next()) {
                references.put(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return references;
    }
}
