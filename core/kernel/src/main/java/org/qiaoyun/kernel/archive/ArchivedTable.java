package org.qiaoyun.kernel.archive;

import org.qiaoyun.api.archive.ArchivedRecords;

/**
 * One table of a federation's archive: whose it is (the kernel or a module's id), the condition that chooses a
 * federation's rows (SQL with one parameter, the federation's code), and how its rows turn on the way out and in.
 */
record ArchivedTable(String owner, String name, String whose, ArchivedRecords.Rows outgoing, ArchivedRecords.Rows incoming) {

    static final String BY_TENANT_ID = "tenant_id = ?";

    static ArchivedTable plain(String owner, String name, String whose) {
        return new ArchivedTable(owner, name, whose, (table, row) -> row, (table, row) -> row);
    }
}
