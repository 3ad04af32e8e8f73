package org.battlequiz.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Two instances of the packaged app on one fresh PostgreSQL database of their own, behind Debian's HAProxy, all on
 * free ports of this machine. Logs and the generated HAProxy configuration are kept in target/two-instances.
 */
final class TwoInstances implements AutoCloseable {
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    static final Path TEMPLATE = Path.of("src/test/scale/haproxy.cfg.template");
    static final String ADMIN = "cluster_admin";
    static final String PASSWORD = "correct horse battery";
    /** limits low enough to be reached in a few requests */
    static final int API_CAPACITY = 6;
    static final int LOGIN_FREE_FAILURES = 3;

    private static final String SERVER = System.getProperty("battlequiz.cluster.postgres",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("battlequiz.cluster.postgres-user", "postgres");

    final String database = "bq_two_instances_" + UUID.randomUUID().toString().substring(0, 8);
    final Path work = Path.of("target/two-instances");
    final AppInstance a;
    final AppInstance b;
    final int frontPort;
    final int statsPort;
    private Process haproxy;

    TwoInstances() throws IOException {
        Files.createDirectories(work);
        Map<String, String> environment = environment();
        a = new AppInstance("a", freePort(), environment, work);
        b = new AppInstance("b", freePort(), environment, work);
        frontPort = freePort();
        statsPort = freePort();
    }

    /** Creates the database, starts both instances at once, then HAProxy in front of them. */
    void start() throws IOException, InterruptedException, SQLException {
        sql("create database " + database);
        a.start();
        b.start();
        a.awaitReady();
        b.awaitReady();
        Path config = work.resolve("haproxy.cfg");
        Files.writeString(config, Files.readString(TEMPLATE, StandardCharsets.UTF_8)
                .replace("@FRONT_PORT@", String.valueOf(frontPort)).replace("@A_PORT@", String.valueOf(a.port))
                .replace("@B_PORT@", String.valueOf(b.port)).replace("@STATS_PORT@", String.valueOf(statsPort)));
        haproxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile()).start();
        awaitBalancer();
    }

    String balancer() {
        return "http://127.0.0.1:" + frontPort;
    }

    String database() {
        return SERVER + database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(database(), USER, "");
    }

    /** The per-server counters of HAProxy's statistics page, as CSV. */
    String statistics() {
        return io.restassured.RestAssured.given().urlEncodingEnabled(false).baseUri("http://127.0.0.1:" + statsPort)
                .get("/stats;csv")
                .then().statusCode(200).extract().asString();
    }

    private void awaitBalancer() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(until)) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("haproxy exited; see " + work.resolve("haproxy.log"));
            }
            try {
                if (io.restassured.RestAssured.given().baseUri(balancer()).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("haproxy did not pass requests within a minute");
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(30, TimeUnit.SECONDS);
        }
        a.close();
        b.close();
        sql("drop database if exists " + database + " with (force)");
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database());
        env.put("QUARKUS_DATASOURCE_USERNAME", USER);
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        env.put("BATTLEQUIZ_ADMIN_USERNAME", ADMIN);
        env.put("BATTLEQUIZ_ADMIN_PASSWORD", PASSWORD);
        env.put("BATTLEQUIZ_OVERDUE_SWEEP_EVERY", "2s");
        // the sweep says at DEBUG whether it ran or left the period to the other instance
        env.put("QUARKUS_LOG_CATEGORY__ORG_BATTLEQUIZ_QUIZ__LEVEL", "DEBUG");
        env.put("BATTLEQUIZ_RATE_LIMIT_CAPACITY", String.valueOf(API_CAPACITY));
        env.put("BATTLEQUIZ_RATE_LIMIT_REFILL_PER_MINUTE", "1");
        env.put("BATTLEQUIZ_THROTTLING_LOGIN_ACCOUNT_FREE", String.valueOf(LOGIN_FREE_FAILURES));
        env.put("BATTLEQUIZ_THROTTLING_LOGIN_ACCOUNT_BASE", "PT60S");
        env.put("BATTLEQUIZ_THROTTLING_REGISTRATION_ADDRESS_FREE", "1000");
        env.put("BATTLEQUIZ_THROTTLING_LOGIN_ADDRESS_FREE", "1000");
        env.put("BATTLEQUIZ_QUESTIONS_DIR", "questions");
        return env;
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
