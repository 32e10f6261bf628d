package org.qiaoyun.kernel.persistence;

class PostgresTenantIsolationTest extends TenantIsolationTest {

    @Override
    String jdbcUrl() {
        return TestDatabases.postgres();
    }
}
