package uk.foi.api.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.events.EventCodec;

/**
 * Publishes the outbox to Kafka: the relay half of the transactional outbox. Each pass locks some free lanes that
 * have unsent rows ({@code SELECT ... FOR UPDATE SKIP LOCKED}), sends their unsent rows in id order with an idempotent producer
 * ({@code acks=all}, key = request id, so a request's events stay in order on one partition), waits for the broker's
 * acknowledgements and marks the acknowledged prefix sent, all in one transaction. Another instance skips the locked
 * lanes, so no row is published by two relays at once. With Kafka down, sends fail, nothing is marked, and the rows
 * wait; requests keep being served meanwhile. A crash between the broker's acknowledgement and the commit re-sends
 * those rows: delivery is at least once, and consumers drop repeats by the CloudEvent id.
 */
@io.micronaut.context.annotation.Context // eager: its gauges exist from start-up
@Requires(property = "foi.outbox.enabled", value = "true", defaultValue = "true")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int LANES_PER_PASS = 8;

    private final TransactionOperations<Connection> tx;
    private final Producer<String, byte[]> producer;
    private final int batchSize;
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private volatile boolean failing;

    /**
     * @param tx        transactions on the service's database
     * @param producer  the producer rows are sent with
     * @param batchSize the most rows one pass sends
     */
    public OutboxRelay(TransactionOperations<Connection> tx, Producer<String, byte[]> producer, int batchSize) {
        this.tx = tx;
        this.producer = producer;
        this.batchSize = batchSize;
    }

    /**
     * The service's relay, with its own idempotent producer.
     *
     * @param tx        transactions
     * @param bootstrap the Kafka bootstrap servers
     * @param batchSize the most rows a pass sends
     * @param registry  where the outbox lag is reported
     */
    @jakarta.inject.Inject
    public OutboxRelay(TransactionOperations<Connection> tx, @Value("${kafka.bootstrap.servers}") String bootstrap,
            @Value("${foi.outbox.batch-size:500}") int batchSize, MeterRegistry registry) {
        this(tx, new KafkaProducer<>(producerConfig(bootstrap), new StringSerializer(), new ByteArraySerializer()),
                batchSize);
        Gauge.builder("foi.outbox.unsent", unsent, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("foi.outbox.oldest.unsent.seconds", oldestSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox row (the outbox lag)").baseUnit("seconds")
                .register(registry);
    }

    /**
     * @param bootstrap the bootstrap servers
     * @return settings for an idempotent, acks=all producer that gives up on an absent broker within seconds
     */
    public static Properties producerConfig(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "foi-api-outbox");
        return p;
    }

    /** Publishes until the outbox is empty or Kafka stops acknowledging. */
    @Scheduled(fixedDelay = "${foi.outbox.interval:200ms}", initialDelay = "1s")
    public void drain() {
        try {
            while (publishOnce() == batchSize) {
                // a full batch: there may be more
            }
            measure();
        } catch (RuntimeException e) {
            LOG.error("outbox relay pass failed; will retry", e);
        }
    }

    /**
     * One pass: lock free lanes, publish their oldest unsent rows in order, mark the acknowledged ones.
     *
     * @return how many rows were published
     */
    public int publishOnce() {
        return tx.executeWrite(status -> {
            Connection c = status.getConnection();
            List<Row> rows = lockAndRead(c);
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<Long> sent = new ArrayList<>(rows.size());
            try {
                for (Row row : rows) {
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                    record.headers().add(new RecordHeader("content-type",
                            EventCodec.CONTENT_TYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    Future<RecordMetadata> ack = producer.send(record);
                    if (ack.isDone()) {
                        ack.get(); // failed already (no broker within max.block.ms): stop this pass here
                    }
                    acks.add(ack);
                }
                for (int i = 0; i < acks.size(); i++) {
                    acks.get(i).get();
                    sent.add(rows.get(i).id());
                }
                if (failing) {
                    LOG.info("Kafka acknowledges again; outbox publishing resumed");
                    failing = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | RuntimeException e) {
                if (!failing) {
                    LOG.warn("Kafka did not acknowledge outbox row {}: {}; rows stay queued",
                            rows.get(Math.min(sent.size(), rows.size() - 1)).id(), e.getMessage());
                    failing = true;
                }
            }
            markSent(c, sent);
            return sent.size();
        });
    }

    private record Row(long id, String topic, String key, byte[] payload) {
    }

    private List<Row> lockAndRead(Connection c) {
        try (PreparedStatement lanes = c.prepareStatement(
                "SELECT lane FROM outbox_lane l WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.lane = l.lane"
                        + " AND o.sent_at IS NULL) ORDER BY random() LIMIT " + LANES_PER_PASS
                        + " FOR UPDATE SKIP LOCKED");
                ResultSet lrs = lanes.executeQuery()) {
            List<Short> held = new ArrayList<>();
            while (lrs.next()) {
                held.add(lrs.getShort(1));
            }
            if (held.isEmpty()) {
                return List.of();
            }
            Array laneArray = c.createArrayOf("smallint", held.toArray());
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, topic, message_key, payload FROM outbox
                    WHERE sent_at IS NULL AND lane = ANY (?) ORDER BY id LIMIT ?""")) {
                ps.setArray(1, laneArray);
                ps.setInt(2, batchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Row> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
                    }
                    return rows;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox: " + e.getMessage(), e);
        }
    }

    private static void markSent(Connection c, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET sent_at = now() WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark outbox rows sent: " + e.getMessage(), e);
        }
    }

    private void measure() {
        tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement("""
                    SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)
                    FROM outbox WHERE sent_at IS NULL""");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                unsent.set(rs.getLong(1));
                oldestSeconds.set(rs.getLong(2));
            } catch (SQLException e) {
                LOG.warn("cannot measure the outbox: {}", e.getMessage());
            }
            return null;
        });
    }

    /** Stops publishing: sends what is in flight, for at most ten seconds. */
    @PreDestroy
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
