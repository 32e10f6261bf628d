package org.qiaoyun.kernel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * A kernel (on H2 unless told) with Guangdong, Jiangmen and Taishan, the greeting fixture switched on in Jiangmen and Taishan: the
 * world of the tests of the modules' daily work and of keeping periods.
 */
public final class GreetingTree {

    public static final String TAISHAN = "gd-jiangmen-taishan";
    public static final String JIANGMEN = "gd-jiangmen";

    private GreetingTree() {
    }

    /** Starts the kernel on H2 and {@code clock} and provisions the tree (as the platform: bind it first). */
    public static Kernel start(Clock clock) {
        return start(TestDatabases.h2(), clock);
    }

    /** The same on the database at {@code url} (a real PostgreSQL: {@link TestDatabases#postgres()}). */
    public static Kernel start(String url, Clock clock) {
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        Kernel kernel = Kernel.start(KernelSettings.forTests(url, plugins), clock);
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest(JIANGMEN, "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, JIANGMEN, "county", "台山市侨联", "Taishan", "440781"));
        kernel.switchboard().switchModule(TAISHAN, "greeting", true);
        kernel.switchboard().switchModule(JIANGMEN, "greeting", true);
        return kernel;
    }

    /** Leaves a greeting in the federation, written {@code at} (the fixture's entity, reached through the module's unit). */
    public static void greet(Kernel kernel, String federation, String text, Instant at) {
        kernel.contextOf("greeting").tenant(federation).transaction(em -> {
            try {
                Class<?> type = em.getMetamodel().getEntities().stream().filter(e -> e.getName().equals("Greeting")).findFirst()
                        .orElseThrow().getJavaType();
                em.persist(type.getConstructor(String.class, Instant.class).newInstance(text, at));
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
