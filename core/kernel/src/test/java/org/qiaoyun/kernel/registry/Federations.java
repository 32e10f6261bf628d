package org.qiaoyun.kernel.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * The registry's stories happen in Guangdong on 2026-11-25: the province, 江门 city and its counties 台山 and 开平,
 * on H2 or a real PostgreSQL, with the accounts a story names. Closed after each story.
 */
final class Federations implements AutoCloseable {

    static final String PASSWORD = "侨乡广东-2026-registry";

    final Kernel kernel;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T08:00:00Z"));

    private Federations(String database) {
        kernel = Kernel.start(KernelSettings.forTests(database.equals("postgres") ? TestDatabases.postgres() : TestDatabases.h2(),
                Path.of("target/no-plugins")), clock);
        provision("gd", "cn", "province", "广东省侨联", "Guangdong", "440000");
        provision("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", "440700");
        provision("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781");
        provision("gd-jiangmen-kaiping", "gd-jiangmen", "county", "开平市侨联", "Kaiping", "440783");
    }

    /** Guangdong's federations on {@code database}: {@code h2} or {@code postgres}. */
    static Federations of(String database) {
        return new Federations(database);
    }

    Federations provision(String code, String parent, String level, String nameZh, String nameEn, String divisionCode) {
        Caller.asSystem(() -> kernel.provisioning().provision(new ProvisioningRequest(code, parent, level, nameZh, nameEn, divisionCode)));
        return this;
    }

    Federations account(String tenant, String username, Role role) {
        Caller.asSystem(() -> kernel.accounts().create(tenant, username, PASSWORD, Set.of(role)));
        return this;
    }

    <T> T as(String username, Supplier<T> work) {
        return Caller.as(kernel.accounts().identity(username).orElseThrow(), work);
    }

    @Override
    public void close() {
        kernel.close();
    }
}
