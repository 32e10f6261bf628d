package org.qiaoyun.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One platform instance as an operator runs it: the WAR on Payara Micro in a process of its own (run.sh's
 * command line), configured through the environment, its output in a log file. Killed with SIGKILL when a
 * test wants to see what a crash loses.
 */
final class PlatformNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private PlatformNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts an instance on a free port. It inherits the test's environment (module keys, admin password,
     * modules directory) and takes its own data directory and whatever {@code environment} sets.
     */
    static PlatformNode launch(String name, Path work, Map<String, String> environment) {
        try {
            Path home = Files.createDirectories(work.resolve("node-" + name));
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx768m", "-jar", System.getProperty("payara.microJar"),
                    "--deploy", System.getProperty("qiaoyun.war"), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--rootdir", home.resolve("payara").toString(),
                    "--prebootcommandfile", Path.of("src/main/payara/pre-boot.asadmin").toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("platform.log").toFile());
            builder.environment().put("QIAOYUN_DATA_DIR", home.resolve("data").toString());
            builder.environment().putAll(environment);
            return new PlatformNode(name, port, home.resolve("platform.log"), builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Waits until the instance says it is ready (its database answers, its modules are loaded). */
    void awaitReady(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " stopped while starting; see " + log);
            }
            if (ready()) {
                return;
            }
            if (deploymentFailed()) { // Payara Micro keeps running with nothing deployed
                throw new IllegalStateException("instance " + name + " could not deploy the platform; see " + log);
            }
            if (logSays("NCLS-CORE-00014")) { // Payara's own boot failed (now and then a race in its batch runtime)
                throw new BootFailed("Payara Micro of instance " + name + " failed to boot; see " + log);
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("instance " + name + " not ready after " + patience + "; see " + log);
    }

    boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready")).timeout(Duration.ofSeconds(5)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Payara's own start failed before the platform was deployed: not the platform's fault, worth one more start. */
    static final class BootFailed extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        BootFailed(String message) {
            super(message);
        }
    }

    private boolean logSays(String text) {
        try {
            return Files.exists(log) && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean deploymentFailed() {
        try {
            return Files.exists(log) && Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("Exception while loading the app");
        } catch (IOException e) {
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hooks, no flushing, as a crash or the kernel's OOM killer would end it. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An orderly stop at the end of the tests. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
