package uk.foi.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.foi.testsupport.TestKafka;

/**
 * The Kafka path end to end: a {@code @KafkaClient} publishes to the real broker and a {@code @KafkaListener} in the
 * same application receives it, key and value intact.
 */
@MicronautTest(environments = "kafka-round-trip")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaRoundTripIT implements TestPropertyProvider {

    static final String TOPIC = "foi.test.round-trip";

    @Inject
    ProbeClient client;

    @Inject
    ProbeListener listener;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestKafka.micronautProperties());
        props.put("kafka.streams.default.state.dir", "target/round-trip-state");
        props.put("kafka.streams.default.application.id", "round-trip-notifier");
        props.put("foi.notifier.mail.enabled", "false");
        return props;
    }

    @Test
    void publishedRecordsAreConsumed() throws InterruptedException {
        client.send("request-1", "{\"type\":\"uk.foi.test\"}");

        String received = listener.records.poll(30, TimeUnit.SECONDS);

        assertThat(received).isEqualTo("request-1={\"type\":\"uk.foi.test\"}");
        System.err.println("Kafka path under test: " + TestKafka.kind());
    }

    /** Publishes probe records. */
    @KafkaClient(id = "probe-client", acks = KafkaClient.Acknowledge.ALL)
    @Requires(env = "kafka-round-trip")
    interface ProbeClient {
        @Topic(TOPIC)
        void send(@KafkaKey String key, String value);
    }

    /** Collects what arrives. */
    @Singleton
    @Requires(env = "kafka-round-trip")
    @KafkaListener(groupId = "probe-listener", offsetReset = OffsetReset.EARLIEST)
    static class ProbeListener {
        final BlockingQueue<String> records = new LinkedBlockingQueue<>();

        @Topic(TOPIC)
        void receive(@KafkaKey String key, String value) {
            records.add(key + "=" + value);
        }
    }
}
