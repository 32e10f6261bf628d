package org.qiaoyun.kernel.audit;

import org.qiaoyun.kernel.persistence.TestDatabases;

class H2AuditRetentionTest extends AuditRetentionTest {

    @Override
    String jdbcUrl() {
        return TestDatabases.h2();
    }
}
