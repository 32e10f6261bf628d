package org.qiaoyun.kernel.tenant.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qiaoyun.kernel.module.Availability;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;

/** An empty platform in demo mode provisions the whole tree file at its first start, and only then. */
class TenantTreeProvisionerTest {

    static String[] databases() {
        return new String[] {"h2", "postgres"};
    }

    private static String url(String database) {
        return database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void firstStartProvisionsTheTreeWithItsModules(String database) {
        String url = url(database);
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        KernelSettings demo = KernelSettings.forTests(url, plugins).withDemo("trees/small.yaml");
        try (Kernel kernel = Kernel.start(demo)) {
            assertThat(kernel.tenants().count(null)).isEqualTo(6);
            assertThat(kernel.tenants().require("gd-jiangmen-taishan-duanfen").path())
                    .isEqualTo("/cn/gd/gd-jiangmen/gd-jiangmen-taishan/gd-jiangmen-taishan-duanfen/");
            assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.OPEN);
            assertThat(kernel.tenants().require("gd").descendantModules()).containsExactly("greeting");
        }
        try (Kernel restarted = Kernel.start(demo)) {
            assertThat(restarted.tenants().count(null)).as("a restart keeps the data and adds nothing").isEqualTo(6);
        }
    }
}
