package org.qiaoyun.kernel.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * Inserts one table's rows of an archive, in batches, inside the import's transaction: each row turned by its owner
 * (sealed again under this platform's keys), written into the federation of this platform. A column that refers to a
 * row of its own table (a station under a station, an entry reversing an entry) is written empty first and set once
 * the whole table is in, so that the rows' order does not matter. A column that names a federation is checked against
 * the federations of this platform; those missing are gathered for one refusal.
 */
final class TableLoad {

    private static final int BATCH = 500;

    private final Connection connection;
    private final ArchivedTable table;
    private final String code;
    private final Map<String, ColumnKind> columns;
    private final List<String> key;
    private final List<String> ownReferences = new ArrayList<>();
    private final List<String> federationReferences = new ArrayList<>();
    private final Set<String> federations;
    private final Set<String> missing;
    private final Map<List<String>, PreparedStatement> inserts = new HashMap<>();
    private final List<Object[]> later = new ArrayList<>();
    private int pending;

    TableLoad(Connection connection, Schema schema, ArchivedTable table, String code, Set<String> federations, Set<String> missing)
            throws SQLException {
        this.connection = connection;
        this.table = table;
        this.code = code;
        this.columns = schema.columns(table.name());
        this.key = schema.primaryKey(table.name());
        this.federations = federations;
        this.missing = missing;
        schema.references(table.name()).forEach((column, target) -> {
            if (target.equals(table.name())) {
                ownReferences.add(column);
            } else if (target.equals("tenant")) {
                federationReferences.add(column);
            }
        });
    }

    void load(ArchiveReader reader, ArchiveManifest.Table archived) throws SQLException {
        try {
            reader.rows(archived, row -> {
                try {
                    insert(table.incoming().turn(table.name(), row));
                } catch (SQLException e) {
                    throw new Failed(e);
                }
            });
            flush();
            for (Object[] update : later) {
                setLater(update);
            }
        } catch (Failed failed) {
            throw clashOrNot(failed.getCause());
        } catch (SQLException e) {
            throw clashOrNot(e);
        } finally {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
        }
    }

    private void insert(Map<String, Object> row) throws SQLException {
        for (String column : row.keySet()) {
            if (!columns.containsKey(column)) { // written by a platform whose table has more: a newer one
                throw new InvalidInputException("archive", Text.of("kernel.archive.newer-changes", table.owner()));
            }
        }
        if (row.containsKey("tenant_id")) {
            row.put("tenant_id", code);
        }
        for (String column : federationReferences) {
            if (row.get(column) instanceof String federation && !federations.contains(federation)) {
                missing.add(federation);
                return; // the refusal names every one missing; nothing is committed
            }
        }
        for (String column : ownReferences) {
            if (row.get(column) != null && key.size() == 1) {
                later.add(new Object[] {column, row.get(column), row.get(key.get(0))});
                row.put(column, null);
            }
        }
        List<String> names = List.copyOf(row.keySet());
        PreparedStatement insert = inserts.get(names);
        if (insert == null) {
            insert = connection.prepareStatement("insert into " + table.name() + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")");
            inserts.put(names, insert);
        }
        int i = 1;
        for (String name : names) {
            columns.get(name).bind(insert, i++, row.get(name));
        }
        insert.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        for (PreparedStatement insert : inserts.values()) {
            insert.executeBatch();
        }
        pending = 0;
    }

    private void setLater(Object[] update) throws SQLException {
        String column = (String) update[0];
        try (PreparedStatement set = connection.prepareStatement(
                "update " + table.name() + " set " + column + " = ? where " + key.get(0) + " = ?")) {
            columns.get(column).bind(set, 1, update[1]);
            columns.get(key.get(0)).bind(set, 2, update[2]);
            set.executeUpdate();
        }
    }

    /** A row this platform already holds (a key or a unique value taken): refused naming the table, never the value. */
    private RuntimeException clashOrNot(SQLException e) {
        SQLException first = e.getNextException() != null && e.getSQLState() == null ? e.getNextException() : e;
        if (first.getSQLState() != null && first.getSQLState().startsWith("23")) {
            Object owner = KernelRecords.OWNER.equals(table.owner()) ? Text.of("kernel.archive.kernel-records") : table.owner();
            return new ConflictException("archive", Text.of("kernel.archive.clash", owner));
        }
        return new IllegalStateException("cannot write the archive's rows of " + table.name() + ": " + e.getMessage(), e);
    }

    /** Carries a database failure out of the row reader. */
    private static final class Failed extends RuntimeException {
        Failed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
