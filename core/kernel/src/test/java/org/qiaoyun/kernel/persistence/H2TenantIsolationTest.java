package org.qiaoyun.kernel.persistence;

class H2TenantIsolationTest extends TenantIsolationTest {

    @Override
    String jdbcUrl() {
        return TestDatabases.h2();
    }
}
