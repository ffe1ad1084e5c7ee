package uk.foi.local;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Prints a topic's events from the beginning, one line each (type, subject and the event's data), for the README tour:
 * {@code java -cp foi-local/target/foi-local.jar uk.foi.local.Tail foi.deadline-events [bootstrap] [seconds]}.
 */
public final class Tail {

    private Tail() {
    }

    /**
     * @param args the topic, the bootstrap servers (default localhost:19092), how long to listen (default 5 s)
     * @throws Exception never on purpose
     */
    public static void main(String[] args) throws Exception {
        String topic = args[0];
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 1 ? args[1] : "localhost:19092");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "foi-tail-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long end = System.nanoTime() + Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 5).toNanos();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(List.of(topic));
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    System.out.println(r.value());
                }
            }
        }
    }
}
