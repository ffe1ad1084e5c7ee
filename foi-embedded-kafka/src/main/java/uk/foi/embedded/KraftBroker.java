package uk.foi.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft broker (broker and controller in one) running in this JVM, with its log in {@code dir/data},
 * its configuration in {@code dir/server.properties} and its cluster id in {@code dir/cluster.id}. The directory is
 * formatted once; starting again (after {@link #stop()}, or in a new process) carries on with the same data and
 * ports. Plain listeners on localhost, replication factor one: for local runs and tests, never for production.
 */
public final class KraftBroker implements AutoCloseable {

    private final Properties config;
    private final int port;
    private KafkaRaftServer server;

    /**
     * Writes the configuration and formats the data directory if it is new; the broker is not started yet.
     *
     * @param dir            the broker's directory, new or used before by a broker of this class
     * @param port           the client port
     * @param controllerPort the controller's port
     * @param settings       broker settings besides the listeners and log directory ({@code num.partitions} ...)
     * @throws IOException if the directory cannot be written, or holds data this broker cannot use (the message
     *                     says what the storage tool said)
     */
    public KraftBroker(Path dir, int port, int controllerPort, Map<String, String> settings) throws IOException {
        this.port = port;
        Path logs = dir.resolve("data");
        Files.createDirectories(logs);
        config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logs.toString());
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("min.insync.replicas", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "true");
        config.putAll(settings);
        Path file = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "written by KraftBroker");
        }
        Path clusterIdFile = dir.resolve("cluster.id");
        if (!Files.exists(clusterIdFile)) {
            Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
        }
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int formatted = StorageTool.execute(new String[] {"format", "-t", Files.readString(clusterIdFile).trim(),
            "-c", file.toString(), "--ignore-formatted"}, new PrintStream(said, true, StandardCharsets.UTF_8));
        if (formatted != 0) {
            throw new IOException(said.toString(StandardCharsets.UTF_8).strip());
        }
    }

    /** @return {@code localhost:port}, the same across restarts */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /**
     * Starts the broker (again), on the same ports and data; does nothing if it is running.
     *
     * @throws RuntimeException if it does not start (a port taken, damaged data)
     */
    public synchronized void start() {
        if (server == null) {
            KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            starting.startup();
            server = starting;
        }
    }

    /** Stops the broker as SIGTERM would: a controlled shutdown, its data kept. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
