package uk.foi.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import uk.foi.testsupport.TestAuthorities;
import uk.foi.testsupport.TestDatabase;
import uk.foi.testsupport.TestKafka;
import uk.foi.testsupport.TestPostgres;

/**
 * The real foi-api, run from its jar (built earlier in the reactor) as its own process, on a fresh database of the
 * test PostgreSQL and the test Kafka broker, on a free port: what foi-web talks to in the browser tests.
 */
final class RunningApi implements AutoCloseable {

    final String url;
    final String secret;
    private final Process process;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningApi(String url, String secret, Process process) {
        this.url = url;
        this.secret = secret;
        this.process = process;
    }

    /** @param log where its output goes @return the API, up and with the Met configured */
    static RunningApi start(Path log) throws Exception {
        return start(log, Map.of());
    }

    /**
     * @param log         where its output goes
     * @param environment more of its settings, such as an identity provider's
     * @return the API, up and with the Met configured
     */
    static RunningApi start(Path log, Map<String, String> environment) throws Exception {
        String jar = System.getProperty("foi.api.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("foi-api's jar is not at " + jar + ": build foi-api first (./mvnw -B "
                    + "verify builds it before foi-web)");
        }
        TestDatabase db = TestPostgres.freshDatabase();
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        int port = freePort();
        Files.createDirectories(log.getParent());
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().putAll(Map.of("FOI_JDBC_URL", db.jdbcUrl(), "FOI_JDBC_USER", db.username(),
                "FOI_JDBC_PASSWORD", db.password(), "FOI_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(),
                "FOI_JWT_SECRET", secret, "FOI_API_PORT", String.valueOf(port)));
        b.environment().putAll(environment);
        RunningApi api = new RunningApi("http://localhost:" + port, secret, b.start());
        api.awaitHealth(Duration.ofSeconds(120), log);
        int status = api.call("PUT", "/authorities/met-police", "admin", TestAuthorities.MET_SETTINGS);
        if (status / 100 != 2) {
            throw new IllegalStateException("the Met's settings were refused: " + status);
        }
        return api;
    }

    private void awaitHealth(Duration within, Path log) throws Exception {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("foi-api stopped at start; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("foi-api did not come up in " + within + "; see " + log);
    }

    /** @return the HTTP status */
    int call(String method, String path, String role, String body) throws Exception {
        return send(method, path, role, body).statusCode();
    }

    /** @return the answer */
    HttpResponse<String> send(String method, String path, String role, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).method(method,
                        HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SignInController.sign(secret, "adm.patel", "met-police", role,
                        Duration.ofHours(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
