package org.qiaoyun.kernel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The audit log's wall on H2, what the trigger {@code audit_entry_append_only} and the function
 * {@code audit_entry_retire} are on PostgreSQL (kernel changelog, {@code kernel-16} and {@code kernel-17}): H2 calls
 * this class for every row an {@code UPDATE} or {@code DELETE} touches in {@code audit_entry}, and it refuses,
 * except for rows past the retention period that {@link #retire} itself is removing on the same thread (H2 runs
 * embedded, in the platform's own process, on the caller's thread). {@code TRUNCATE} is refused by H2 itself because
 * an (always empty) table refers to the log.
 */
public final class H2AppendOnly implements org.h2.api.Trigger {

    /** The bound below which {@link #retire} is removing entries at this moment on this thread; none otherwise. */
    private static final ThreadLocal<OffsetDateTime> RETIRING = new ThreadLocal<>();

    private int atColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        try (PreparedStatement column = conn.prepareStatement("select ordinal_position from information_schema.columns"
                + " where table_schema = ? and table_name = ? and column_name = 'AT'")) {
            column.setString(1, schemaName);
            column.setString(2, tableName);
            try (ResultSet found = column.executeQuery()) {
                if (found.next()) {
                    atColumn = found.getInt(1) - 1;
                }
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        OffsetDateTime upTo = RETIRING.get();
        boolean removalByRetention = newRow == null && upTo != null && atColumn >= 0 && oldRow[atColumn] instanceof OffsetDateTime at
                && at.isBefore(upTo) && at.isBefore(OffsetDateTime.now(ZoneOffset.UTC).minusDays(AuditRetention.MINIMUM_DAYS));
        if (!removalByRetention) {
            throw new SQLException("audit_entry is append-only", "45000");
        }
    }

    /**
     * {@code audit_entry_retire(up_to, keep_days, expected, tenant, actor, archive, summary)}: removes the entries
     * older than {@code up_to}, which must lie at least {@code keep_days} (at least 180) in the past, provided they are
     * exactly the {@code expected} entries that were archived, and appends an entry saying so; how many it removed.
     */
    public static int retire(Connection conn, OffsetDateTime upTo, int keepDays, int expected, String tenant, String actor,
                             String archive, String summary) throws SQLException {
        if (keepDays < AuditRetention.MINIMUM_DAYS) {
            throw new SQLException("audit entries are kept at least " + AuditRetention.MINIMUM_DAYS + " days, not " + keepDays, "45000");
        }
        if (upTo.isAfter(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(keepDays)))) {
            throw new SQLException("audit entries younger than " + keepDays + " days are kept", "45000");
        }
        // counted before anything is removed: H2 does not undo the removal of a function that fails afterwards when
        // its caller commits each statement by itself
        try (PreparedStatement past = conn.prepareStatement("select count(*) from audit_entry where at < ?")) {
            past.setObject(1, upTo);
            try (ResultSet counted = past.executeQuery()) {
                counted.next();
                if (counted.getInt(1) != expected) {
                    throw new SQLException("audit retention: " + counted.getInt(1) + " entries are past the period but " + expected
                            + " were archived; nothing is removed", "45000");
                }
            }
        }
        int removed;
        RETIRING.set(upTo);
        try (PreparedStatement delete = conn.prepareStatement("delete from audit_entry where at < ?")) {
            delete.setObject(1, upTo);
            removed = delete.executeUpdate();
        } finally {
            RETIRING.remove();
        }
        if (removed != expected) {
            throw new SQLException("audit retention: " + removed + " entries are past the period but " + expected
                    + " were archived; nothing is removed", "45000");
        }
        try (PreparedStatement insert = conn.prepareStatement("insert into audit_entry (id, tenant_id, at, actor, action, object, summary)"
                + " values (?, ?, ?, ?, 'audit.retire', ?, ?)")) {
            insert.setString(1, java.util.UUID.randomUUID().toString());
            insert.setString(2, tenant);
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(4, actor);
            insert.setString(5, archive);
            insert.setString(6, summary);
            insert.executeUpdate();
        }
        return removed;
    }
}
