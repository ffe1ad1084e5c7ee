package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import uk.foi.api.outbox.OutboxRelay;
import uk.foi.events.EventCodec;
import uk.foi.testsupport.TestKafka;

/**
 * The transactional outbox against the real broker: with Kafka unreachable the API keeps answering and the outbox
 * fills; when Kafka is back every event arrives exactly once, in order per request, as CloudEvents; two relays
 * working the same outbox at once never publish a row twice. The scheduled relay is off here, so the test drives the
 * relays itself. "Unreachable" is a relay whose producer points at a closed port: to the relay that is what a stopped
 * broker looks like (connections refused, sends time out), and it leaves the shared in-process broker up for the
 * other test classes in this JVM.
 */
@MicronautTest(transactional = false)
class OutboxIT extends ApiTestSupport {

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("foi.outbox.enabled", "false");
        return p;
    }

    @Test
    void kafkaDownRequestsStillWorkAndEverythingArrivesOnceInOrderWhenItReturns() throws Exception {
        OutboxRelay down = relay("localhost:1", 50);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = intake("2023-11-0" + (i + 1), "1. Question " + i + ".");
            api.post(CASEWORKER, "/requests/" + id + "/acknowledgement", "{\"on\": \"2023-11-10\"}");
            api.post(CASEWORKER, "/requests/" + id + "/assignment", "{\"on\": \"2023-11-10\", \"assignee\": \"cw\", \"team\": \"t\"}");
            ids.add(id);
            assertThat(down.publishOnce()).isZero();
        }
        down.close();
        assertThat(unsent()).isEqualTo(15);

        OutboxRelay up = relay(TestKafka.bootstrapServers(), 500);
        while (up.publishOnce() > 0) {
            // drain
        }
        up.close();
        assertThat(unsent()).isZero();

        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        List<ConsumerRecord<String, String>> records = consume(15);
        for (ConsumerRecord<String, String> r : records) {
            Map<?, ?> event = json.readValue(r.value(), Map.class);
            assertThat(event.get("subject")).isEqualTo(r.key());
            assertThat(event.get("specversion")).isEqualTo("1.0");
            assertThat(new String(r.headers().lastHeader("content-type").value()))
                    .isEqualTo(EventCodec.CONTENT_TYPE);
            assertThat(r.value()).doesNotContain("A. Requester").doesNotContain("a.requester@example.org");
            sequences.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(((Number) event.get("foisequence")).longValue());
        }
        assertThat(sequences.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        sequences.values().forEach(seq -> assertThat(seq).containsExactly(1L, 2L, 3L));
    }

    @Test
    void twoRelaysAtOnceNeverPublishARowTwice() throws Exception {
        String topicBefore = topic();
        int already = consume(-1).size();
        long waiting = unsent();
        for (int i = 0; i < 40; i++) {
            intake("2023-11-01", "1. Question " + i + ".");
        }
        OutboxRelay a = relay(TestKafka.bootstrapServers(), 7);
        OutboxRelay b = relay(TestKafka.bootstrapServers(), 7);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> drainA = () -> drain(a);
        Callable<Integer> drainB = () -> drain(b);
        Future<Integer> fa = pool.submit(drainA);
        Future<Integer> fb = pool.submit(drainB);
        int published = fa.get() + fb.get();
        pool.shutdown();
        a.close();
        b.close();

        assertThat(published).isEqualTo(waiting + 40);
        assertThat(unsent()).isZero();
        List<ConsumerRecord<String, String>> records = consume(already + (int) waiting + 40);
        assertThat(records).hasSize(already + (int) waiting + 40);
        assertThat(records.stream().map(r -> r.key() + "/" + r.offset()).distinct()).hasSize(already + (int) waiting + 40);
        assertThat(records.stream().map(ConsumerRecord::value).distinct()).hasSize(already + (int) waiting + 40);
        assertThat(topicBefore).isEqualTo(topic());
    }

    private static int drain(OutboxRelay relay) {
        int total = 0;
        int n;
        while ((n = relay.publishOnce()) > 0) {
            total += n;
        }
        return total;
    }

    private OutboxRelay relay(String bootstrap, int batch) {
        Properties config = OutboxRelay.producerConfig(bootstrap);
        config.put("max.block.ms", "1000");
        config.put("client.id", "outbox-it-" + UUID.randomUUID());
        return new OutboxRelay(tx, new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
                batch);
    }

    private long unsent() {
        return tx.executeRead(s -> {
            try (var rs = s.getConnection().createStatement()
                    .executeQuery("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Reads the class's topic from the start until {@code expected} records (or, for -1, until quiet). */
    private List<ConsumerRecord<String, String>> consume(int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic()));
            long deadline = System.nanoTime() + Duration.ofSeconds(expected < 0 ? 5 : 30).toNanos();
            while (System.nanoTime() < deadline && (expected < 0 || out.size() < expected)) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            // anything beyond the expected count would be a duplicate: read a little longer to catch it
            if (expected >= 0) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }
}
