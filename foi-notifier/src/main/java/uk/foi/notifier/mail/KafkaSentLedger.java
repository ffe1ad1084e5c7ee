package uk.foi.notifier.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.notifier.Topics;

/**
 * The sent-ledger on a compacted Kafka topic ({@code foi.notifier.mail-ledger}; key: the event id; value: when it was
 * sent), deleted after its retention (30 days by default: far longer than any redelivery). Each notifier reads the
 * whole topic at start, and keeps following it, so a mail one instance sent is known to another after a rebalance.
 * The first question waits until the topic has been read to the end it had at start.
 */
@Singleton
@Requires(property = "foi.notifier.mail.enabled", value = "true", defaultValue = "true")
public final class KafkaSentLedger implements SentLedger {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSentLedger.class);
    /** More than a year of any authority's deadline mail. */
    private static final int REMEMBERED = 500_000;

    private final String topic;
    private final Duration loadTimeout;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Set<String> sent = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    }));
    private final Thread follower;
    private volatile boolean running = true;

    /**
     * @param bootstrap   the Kafka bootstrap servers
     * @param topic       the ledger topic, created compacted if missing
     * @param retention   how long an entry is kept
     * @param loadTimeout how long the first question waits for the ledger to be read
     * @param partitions  partitions if the topic is created
     * @param replication its replication factor
     */
    public KafkaSentLedger(@Value("${kafka.bootstrap.servers}") String bootstrap,
            @Value("${foi.notifier.mail.ledger}") String topic,
            @Value("${foi.notifier.mail.ledger-retention}") Duration retention,
            @Value("${foi.notifier.mail.ledger-load-timeout}") Duration loadTimeout,
            @Value("${foi.notifier.partitions}") int partitions,
            @Value("${foi.notifier.replication}") short replication) {
        this.topic = topic;
        this.loadTimeout = loadTimeout;
        Topics.createMissing(bootstrap, List.of(new NewTopic(topic, partitions, replication).configs(Map.of(
                "cleanup.policy", "compact,delete", "retention.ms", Long.toString(retention.toMillis())))));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        this.follower = new Thread(this::follow, "mail-ledger");
        follower.setDaemon(true);
        follower.start();
    }

    /** Reads the topic from the beginning, then follows it; starts again after an error (a broker away). */
    private void follow() {
        try {
            while (running) {
                try {
                    readAndFollow();
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    LOG.warn("mail ledger {}: {}; reading it again in a second", topic, e.toString());
                    Thread.sleep(1_000);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close();
        }
    }

    private void readAndFollow() throws InterruptedException {
        List<TopicPartition> parts = List.of();
        while (running && parts.isEmpty()) { // a topic created a moment ago may not be in the metadata yet
            parts = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            if (parts.isEmpty()) {
                Thread.sleep(100);
            }
        }
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts);
        long started = System.nanoTime();
        while (running) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                if (r.key() != null) {
                    sent.add(r.key());
                }
            }
            if (loaded.getCount() > 0 && end.entrySet().stream()
                    .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                loaded.countDown();
                LOG.info("mail ledger {} read: {} sent mails known, in {} ms", topic, sent.size(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }
    }

    @Override
    public boolean contains(String eventId) {
        try {
            if (!loaded.await(loadTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the mail ledger " + topic + " was not read within " + loadTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the mail ledger", e);
        }
        return sent.contains(eventId);
    }

    @Override
    public void record(String eventId) {
        try {
            producer.send(new ProducerRecord<>(topic, eventId, Instant.now().toString())).get(30, TimeUnit.SECONDS);
            sent.add(eventId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording mail " + eventId, e);
        } catch (Exception e) {
            throw new IllegalStateException("mail " + eventId + " was sent but could not be recorded: " + e, e);
        }
    }

    /** Stops following and closes the clients. */
    @PreDestroy
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            follower.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
