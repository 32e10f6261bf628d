package org.qiaoyun.api.archive;

import java.util.List;
import java.util.Map;

import org.qiaoyun.api.TenantScope;

/**
 * A module's part in a federation's archive, offered through {@code Module.services()}: the module names every table
 * that holds a federation's records, and turns a row as stored into a row as it travels and back. The kernel reads and
 * writes the rows (each table's {@code tenant_id} column tells whose they are), checks the archive and keeps the import
 * in one transaction; the module only knows what it sealed.
 *
 * <p>A row is a map of lower-case column names to values: {@code String}, {@code Integer}, {@code Long},
 * {@code BigDecimal}, {@code Boolean}, {@code LocalDate}, {@code OffsetDateTime}, {@code byte[]} or {@code null}, and,
 * for what travels sealed under the archive's passphrase, a {@link Confidential}.
 */
public interface ArchivedRecords {

    /**
     * Every table of the module holding a federation's records, parents before children (rows are inserted in this
     * order). A table of the module that is not named here is refused by the platform's archive check, so that no
     * record is left behind when a federation moves.
     */
    List<String> tables();

    /**
     * Tables of the module that do not move with a federation, on purpose: what lapses by itself within hours and
     * means nothing on another platform (a count of recent sign-ups by a pseudonym made under this platform's key).
     */
    default List<String> leftOut() {
        return List.of();
    }

    /**
     * Rows as stored to rows as they travel, for one export of {@code federation}: what the module sealed under its
     * own key is opened into a {@link Confidential}, and what can be derived from it again (a keyed hash, the name of
     * the key) is left out. The default leaves rows as they are.
     */
    default Rows outgoing(TenantScope federation) {
        return (table, row) -> row;
    }

    /**
     * Rows as they travel to rows as stored here, for one import into {@code federation}: a {@link Confidential} is
     * sealed again under this platform's key, with its hash and key name. The default leaves rows as they are.
     */
    default Rows incoming(TenantScope federation) {
        return (table, row) -> row;
    }

    /** Turns one row of a table; may change the map it is given and return it. */
    @FunctionalInterface
    interface Rows {
        Map<String, Object> turn(String table, Map<String, Object> row);
    }
}
