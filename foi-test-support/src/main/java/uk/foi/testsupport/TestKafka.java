package uk.foi.testsupport;

import java.util.Map;
import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for integration tests, started once per JVM on first use:
 * <ol>
 *   <li>the cluster at {@code FOI_TEST_KAFKA_BOOTSTRAP}, if set;</li>
 *   <li>else a Testcontainers {@code apache/kafka} container, if a Docker daemon is reachable;</li>
 *   <li>else an in-process single-node KRaft broker from Apache Kafka's own test kit ({@code KafkaClusterTestKit}),
 *       at exactly the {@code kafka-clients} version micronaut-kafka uses, so nothing but Maven is needed.</li>
 * </ol>
 */
public final class TestKafka {

    private static String bootstrap;
    private static String kind;

    private TestKafka() {
    }

    /**
     * The bootstrap servers of the test broker.
     *
     * @return {@code host:port[,host:port]}
     * @throws IllegalStateException if no broker could be started
     */
    public static synchronized String bootstrapServers() {
        if (bootstrap == null) {
            start();
            SharedServers.log("Kafka = " + kind + " at " + bootstrap);
        }
        return bootstrap;
    }

    /**
     * Which kind of broker this JVM uses: {@code explicit}, {@code testcontainers} or {@code embedded}.
     *
     * @return the kind, starting the broker if needed
     */
    public static synchronized String kind() {
        bootstrapServers();
        return kind;
    }

    /**
     * Micronaut's properties for the broker.
     *
     * @return {@code kafka.bootstrap.servers} and friends
     */
    public static Map<String, String> micronautProperties() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers(), "kafka.enabled", "true");
    }

    private static void start() {
        String explicit = System.getenv("FOI_TEST_KAFKA_BOOTSTRAP");
        if (explicit != null && !explicit.isBlank()) {
            kind = "explicit";
            bootstrap = explicit;
            return;
        }
        if (Docker.available()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:3.9.1");
            container.start();
            SharedServers.register(container::stop);
            kind = "testcontainers";
            bootstrap = container.getBootstrapServers();
            return;
        }
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("min.insync.replicas", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            SharedServers.register(cluster);
            kind = "embedded";
            bootstrap = cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-process Kafka broker: " + e.getMessage(), e);
        }
    }
}
