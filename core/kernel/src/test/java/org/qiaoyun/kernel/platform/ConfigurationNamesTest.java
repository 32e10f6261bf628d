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

    /**
     * Settings modules ask the kernel for ({@code context.setting("id-key")} in module {@code aid} is
     * {@code QIAOYUN_AID_ID_KEY}), found in the modules' sources.
     */
    static Set<String> moduleSettings() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern pluginId = Pattern.compile("<plugin.id>([a-z0-9-]+)</plugin.id>");
        Pattern setting = Pattern.compile("\\.setting\\(\"([a-z0-9-]+)\"\\)");
        try (Stream<Path> poms = Files.walk(Path.of("..", "..", "plugins"), 2)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
                Matcher id = pluginId.matcher(Files.readString(pom));
                Path sources = pom.resolveSibling("src/main/java");
                if (!id.find() || !Files.isDirectory(sources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = setting.matcher(Files.readString(file));
                        while (m.find()) {
                            names.add(environmentName("qiaoyun." + id.group(1) + "." + m.group(1)));
                        }
                    }
                }
            }
        }
        return names;
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
        Set<String> read = new TreeSet<>(namesTheApplicationReads());
        read.addAll(moduleSettings());
        read.addAll(LAUNCHER_VARIABLES);
        assertThat(read).containsAll(used);
    }

    /** What the launchers read, not the application: the JVM's options and Payara Micro's request threads. */
    static final Set<String> LAUNCHER_VARIABLES = Set.of("QIAOYUN_JAVA_OPTS", "QIAOYUN_HTTP_THREADS");

    @Test
    void launcherVariablesAreReadByBothLaunchers() throws IOException {
        String runScript = Files.readString(Path.of("..", "..", "run.sh"));
        String image = Files.readString(Path.of("..", "..", "docker", "Dockerfile"));
        String entrypoint = image.lines().filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElse("");
        for (String name : LAUNCHER_VARIABLES) {
            assertThat(runScript).as("run.sh reads " + name).contains("${" + name);
            assertThat(entrypoint).as("the image's ENTRYPOINT reads " + name).contains(name);
        }
    }

    @Test
    void theMappingIsMicroProfiles() throws IOException {
        assertThat(environmentName("qiaoyun.db.pool.max")).isEqualTo("QIAOYUN_DB_POOL_MAX");
        assertThat(namesTheApplicationReads()).contains("QIAOYUN_DB_URL", "QIAOYUN_PLUGINS_DIR", "QIAOYUN_ADMIN_PASSWORD");
        assertThat(moduleSettings()).contains("QIAOYUN_AID_ID_KEY");
    }
}
