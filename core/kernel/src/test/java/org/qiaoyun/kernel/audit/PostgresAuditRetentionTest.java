package org.qiaoyun.kernel.audit;

import org.qiaoyun.kernel.persistence.TestDatabases;

class PostgresAuditRetentionTest extends AuditRetentionTest {

    @Override
    String jdbcUrl() {
        return TestDatabases.postgres();
    }
}
