package uk.foi.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The servers started for this test JVM, closed in reverse order when the JUnit test plan finishes (see
 * {@link StopSharedServersWhenTestsEnd}). Not in {@code @AfterAll}, which runs before application contexts close and
 * leaves Kafka clients reconnecting; not in a shutdown hook, which breaks surefire's forks.
 */
final class SharedServers {

    private static final Deque<AutoCloseable> RUNNING = new ArrayDeque<>();

    private SharedServers() {
    }

    static synchronized void register(AutoCloseable server) {
        RUNNING.push(server);
    }

    static synchronized void closeAll() {
        while (!RUNNING.isEmpty()) {
            try {
                RUNNING.pop().close();
            } catch (Exception e) {
                System.err.println("foi-test-support: failed to stop a test server: " + e);
            }
        }
    }

    static void log(String message) {
        System.err.println("foi-test-support: " + message);
    }
}
