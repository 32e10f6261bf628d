package org.qiaoyun.kernel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The container files (docker/: Dockerfile, compose, Kubernetes manifests) set only variables the
 * application reads: each {@code QIAOYUN_*} name must be the environment form of a MicroProfile
 * Config key of {@link PlatformLifecycle}, so that a typo there cannot silently do nothing.
 */
class ConfigurationNamesTest {

    /** MicroProfile Config's environment mapping: dots and dashes become underscores, upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static Set<String> namesTheApplicationReads() {
        return Arrays.stream(PlatformLifecycle.class.getDeclaredFields())
                .map(f -> f.getAnnotation(ConfigProperty.class)).filter(java.util.Objects::nonNull)
                .map(c -> environmentName(c.name())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void containerFilesUseOnlyVariablesTheApplicationReads() throws IOException {
        Path docker = Path.of("..", "..", "docker");
        Set<String> used = new TreeSet<>();
        Pattern variable = Pattern.compile("QIAOYUN_[A-Z0-9_]+");
        try (Stream<Path> files = Files.walk(docker)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).toList()) {
                Matcher m = variable.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group());
                }
            }
        }
        assertThat(used).as("QIAOYUN_* variables in docker/").isNotEmpty();
        assertThat(namesTheApplicationReads()).containsAll(used);
    }

    @Test
    void theMappingIsMicroProfiles() {
        assertThat(environmentName("qiaoyun.db.pool.max")).isEqualTo("QIAOYUN_DB_POOL_MAX");
        assertThat(namesTheApplicationReads()).contains("QIAOYUN_DB_URL", "QIAOYUN_PLUGINS_DIR", "QIAOYUN_ADMIN_PASSWORD");
    }
}
