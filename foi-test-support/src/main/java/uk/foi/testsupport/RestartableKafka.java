package uk.foi.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import uk.foi.embedded.KraftBroker;

/**
 * A single-node KRaft broker of the test's own, in process, that can be stopped and started again on the same ports
 * with the same data: for tests of what clients do when the broker goes away mid-work and comes back (the shared
 * {@link TestKafka} broker must stay up for every other test class). Ports are free ones chosen at construction.
 */
public final class RestartableKafka implements AutoCloseable {

    private final KraftBroker broker;

    /**
     * Formats a data directory; the broker is not started yet.
     *
     * @param dir a new, empty directory
     * @throws IOException if the directory cannot be written
     */
    public RestartableKafka(Path dir) throws IOException {
        this.broker = new KraftBroker(dir, freePort(), freePort(), Map.of("num.partitions", "3",
                "offsets.topic.num.partitions", "1", "transaction.state.log.num.partitions", "1"));
    }

    /** @return {@code localhost:port}, the same across restarts */
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Starts the broker (again), on the same ports and data. */
    public void start() {
        broker.start();
    }

    /** Stops the broker as SIGTERM would: a controlled shutdown, its data kept. */
    public void stop() {
        broker.stop();
    }

    @Override
    public void close() {
        broker.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
