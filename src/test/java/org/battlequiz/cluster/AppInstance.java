package org.battlequiz.cluster;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One instance of the packaged app (java -jar target/quarkus-app/quarkus-run.jar) on a port of its own. */
final class AppInstance implements AutoCloseable {
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    final String name;
    final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private int starts;

    AppInstance(String name, int port, Map<String, String> environment, Path work) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.log = work.resolve(name + ".log");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the instance; its output goes to NAME.log, then NAME-2.log and so on after each restart. */
    void start() throws IOException {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx384m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(starts == 1 ? log.toFile() : log.resolveSibling(name + "-" + starts + ".log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        process = builder.start();
    }

    /** Waits until /q/health/ready answers 200; a slow, shared machine may take a while. */
    void awaitReady() throws InterruptedException {
        Instant until = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + READY_WITHIN + "; see " + log);
    }

    private boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base() + "/q/health/ready").toURL()
                    .openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the instance as an orchestrator would (SIGTERM), and waits until it is gone. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    void restart() throws IOException, InterruptedException {
        stop();
        start();
        awaitReady();
    }

    /** Everything the instance printed since its first start, all restarts included. */
    String output() throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(log, StandardCharsets.UTF_8));
        for (int i = 2; i <= starts; i++) {
            text.append(Files.readString(log.resolveSibling(name + "-" + i + ".log"), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
