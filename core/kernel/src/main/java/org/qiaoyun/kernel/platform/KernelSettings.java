package org.qiaoyun.kernel.platform;

import java.nio.file.Path;

/**
 * How the platform is configured: the database, the plugins directory, and what to provision on an
 * empty database. The web layer fills it from MicroProfile Config (environment variables included).
 *
 * @param jdbcUrl        JDBC URL; an H2 file URL under the data directory by default, PostgreSQL in production
 * @param maxConnections pool size
 * @param pluginsDir     where module jars are read from
 * @param demo           whether an empty platform is provisioned with the demo federations
 * @param demoTree       the class-path resource of the demo tree
 * @param adminPassword  the platform admin's password on first start; null to generate one
 * @param passwordIterations PBKDF2 iterations for new password hashes
 * @param secretsKey     Base64 of the 32 bytes that seal the platform's own secrets at rest (second factors);
 *                       kept in the configuration, never in the database
 */
public record KernelSettings(String jdbcUrl, String user, String password, int maxConnections, Path pluginsDir,
                             boolean demo, String demoTree, String adminPassword, int passwordIterations, String secretsKey) {

    /** A secrets key for tests and tools only (32 bytes of 7). */
    public static final String TEST_SECRETS_KEY = "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";

    public static final String DEFAULT_DEMO_TREE = "tenants-config/demo/tenants.yaml";

    /** Settings for tests and tools: the given database and modules, no demo, cheap password hashes. */
    public static KernelSettings forTests(String jdbcUrl, Path pluginsDir) {
        return new KernelSettings(jdbcUrl, null, null, 4, pluginsDir, false, null, "platform-admin-secret", 1_000, TEST_SECRETS_KEY);
    }

    public KernelSettings withDemo(String tree) {
        return new KernelSettings(jdbcUrl, user, password, maxConnections, pluginsDir, true, tree, adminPassword,
                passwordIterations, secretsKey);
    }
}
