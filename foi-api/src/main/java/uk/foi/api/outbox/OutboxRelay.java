package uk.foi.api.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.api.application.Transactions;
import uk.foi.events.EventCodec;

/**
 * Publishes the outbox to Kafka: the relay half of the transactional outbox.
 * <p>
 * <b>One pass.</b> The relay first makes sure its transactional producer is ready (nothing is locked while a broker
 * that is away is waited for). It then opens a database transaction, takes up to eight free lanes that have unsent
 * rows with PostgreSQL <em>advisory</em> transaction locks ({@code pg_try_advisory_xact_lock}), reads their unsent
 * rows in id order, and sends them all in <b>one Kafka transaction</b> (key = request id, so a request's events stay
 * in order on one partition). Only when the Kafka transaction has committed are the rows marked sent, and the
 * database transaction ends, releasing the lanes.
 * <p>
 * <b>Why this shape</b> (the wave-1 relay was found re-sending and reordering after a broker restart, and stalling
 * every API write while Kafka was down):
 * <ul>
 *   <li><b>Order, all or nothing.</b> If any send or the commit fails, the Kafka transaction is aborted (the producer
 *       is closed and the next pass's producer, with the same transactional id, fences and aborts whatever of it
 *       reached the broker), nothing is marked, and the next pass sends the same rows again from the first. A
 *       consumer reading {@code read_committed} (as the notifier and {@code Tail} do) therefore never sees a later
 *       row of a lane without every earlier one, and never a row of an aborted pass. With the idempotent producer
 *       alone, a batch that timed out could be followed by later batches that succeeded: the later events went out,
 *       were not marked, and were sent again after the earlier ones.</li>
 *   <li><b>No row locks while waiting on the network.</b> Advisory locks conflict with nothing but another relay's
 *       attempt at the same lane; the wave-1 {@code SELECT ... FOR UPDATE} on {@code outbox_lane} conflicted with
 *       the foreign-key check of every outbox insert, so each API write queued behind a relay waiting for Kafka.</li>
 *   <li><b>Two relays</b> (two API instances) never hold the same lane, so no row is published by two at once.</li>
 * </ul>
 * Delivery is at least once: if a commit's outcome is unknown (the broker committed, the answer was lost), the rows
 * are sent again, in order, and consumers drop the repeats by {@code foisequence} or the CloudEvent id. A relay that
 * dies mid-transaction leaves it open until {@code transaction.timeout.ms} (15 s), when the broker aborts it.
 */
@io.micronaut.context.annotation.Context // eager: its gauges exist from start-up
@Requires(property = "foi.outbox.enabled", value = "true", defaultValue = "true")
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int LANES_PER_PASS = 8;
    /** The first key of the relay's advisory locks ("FOI" in ASCII); the second is the lane. */
    private static final int LANE_LOCK_CLASS = 0x464f49;

    private final Transactions tx;
    private final Outbox outbox;
    private final Properties producerConfig;
    private final int batchSize;
    private final AtomicLong unsent = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private Producer<String, byte[]> producer;
    private volatile boolean failing;
    private Duration retention = Duration.ofDays(7);

    /**
     * @param tx             transactions on the service's database
     * @param outbox         the outbox
     * @param producerConfig the producer's settings ({@link #producerConfig}); a transactional id unique to this
     *                       relay is added
     * @param batchSize      the most rows one pass sends
     */
    public OutboxRelay(Transactions tx, Outbox outbox, Properties producerConfig, int batchSize) {
        this.tx = tx;
        this.outbox = outbox;
        this.producerConfig = new Properties();
        this.producerConfig.putAll(producerConfig);
        String prefix = producerConfig.getProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "foi-api-outbox");
        this.producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, prefix + "-" + UUID.randomUUID());
        this.batchSize = batchSize;
    }

    /**
     * The service's relay.
     *
     * @param tx        transactions
     * @param outbox    the outbox
     * @param bootstrap the Kafka bootstrap servers
     * @param batchSize the most rows a pass sends
     * @param registry  where the outbox lag is reported
     */
    @jakarta.inject.Inject
    public OutboxRelay(Transactions tx, Outbox outbox, @Value("${kafka.bootstrap.servers}") String bootstrap,
            @Value("${foi.outbox.batch-size:500}") int batchSize,
            @Value("${foi.outbox.retention:7d}") Duration retention, MeterRegistry registry) {
        this(tx, outbox, producerConfig(bootstrap), batchSize);
        this.retention = retention;
        Gauge.builder("foi.outbox.unsent", unsent, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("foi.outbox.oldest.unsent.seconds", oldestSeconds, AtomicLong::get)
                .description("Age of the oldest unsent outbox row (the outbox lag)").baseUnit("seconds")
                .register(registry);
    }

    /**
     * @param bootstrap the bootstrap servers
     * @return settings for a transactional (so idempotent, acks=all) producer that gives up on an absent broker
     *         within seconds; the relay adds its own transactional id
     */
    public static Properties producerConfig(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 15_000);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "foi-api-outbox");
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "foi-api-outbox");
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
     * One pass: make the producer ready, lock free lanes, publish their unsent rows in one Kafka transaction, mark
     * them sent if it committed.
     *
     * @return how many rows were published (0 if Kafka did not take them)
     */
    public synchronized int publishOnce() {
        Producer<String, byte[]> p = ready();
        if (p == null) {
            return 0;
        }
        return tx.write(() -> {
            List<Short> lanes = outbox.lockFreeLanes(LANE_LOCK_CLASS, LANES_PER_PASS);
            List<Outbox.Row> rows = lanes.isEmpty() ? List.of() : outbox.unsent(lanes, batchSize);
            if (rows.isEmpty()) {
                return 0;
            }
            if (!publish(p, rows)) {
                return 0;
            }
            outbox.markSent(rows.stream().map(Outbox.Row::id).toList());
            return rows.size();
        });
    }

    /** @return the producer with its transactions initialised, or null if Kafka cannot be reached now */
    private Producer<String, byte[]> ready() {
        if (producer != null) {
            return producer;
        }
        KafkaProducer<String, byte[]> created = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new ByteArraySerializer());
        try {
            created.initTransactions(); // also fences and aborts this relay's transaction left open by a failed pass
            producer = created;
            return created;
        } catch (KafkaException e) {
            created.close(Duration.ZERO);
            failed("cannot start a Kafka transaction", e);
            return null;
        }
    }

    /** Sends the rows in one transaction; true if it committed. On any failure the producer is dropped. */
    private boolean publish(Producer<String, byte[]> p, List<Outbox.Row> rows) {
        try {
            p.beginTransaction();
            for (Outbox.Row row : rows) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.messageKey(),
                        row.payload());
                record.headers().add(new RecordHeader("content-type",
                        EventCodec.CONTENT_TYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                p.send(record);
            }
            p.commitTransaction();
        } catch (KafkaException e) {
            failed("Kafka did not take outbox rows " + rows.get(0).id() + " to " + rows.get(rows.size() - 1).id(),
                    e);
            p.close(Duration.ZERO);
            producer = null;
            return false;
        }
        if (failing) {
            LOG.info("Kafka acknowledges again; outbox publishing resumed");
            failing = false;
        }
        return true;
    }

    private void failed(String what, Exception e) {
        if (!failing) {
            LOG.warn("{}: {}; rows stay queued and are sent again, in order, when Kafka is back", what,
                    e.toString());
            failing = true;
        }
    }

    /** Deletes sent rows older than the retention ({@code FOI_OUTBOX_RETENTION}, 7 days), in bounded batches. */
    @Scheduled(fixedDelay = "${foi.outbox.purge-interval:10m}", initialDelay = "1m")
    public void purge() {
        try {
            int purged = purgeSentBefore(retention);
            if (purged > 0) {
                LOG.info("purged {} outbox rows sent more than {} ago", purged, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("outbox purge failed; will retry: {}", e.toString());
        }
    }

    /**
     * Deletes the rows Kafka took longer ago than a retention: they are in the topic, and the request's own events
     * (table {@code request_event}) remain the record. Unsent rows are never touched.
     *
     * @param keep how long sent rows are kept
     * @return how many rows were deleted
     */
    public int purgeSentBefore(Duration keep) {
        int total = 0;
        int deleted;
        do {
            deleted = tx.write(() -> outbox.purgeSentBefore(keep.toSeconds()));
            total += deleted;
        } while (deleted == 5000);
        return total;
    }

    private void measure() {
        try {
            Outbox.Backlog backlog = tx.read(outbox::backlog);
            unsent.set(backlog.unsent());
            oldestSeconds.set(backlog.oldestSeconds());
        } catch (RuntimeException e) {
            LOG.warn("cannot measure the outbox: {}", e.getMessage());
        }
    }

    /** Stops publishing: a pass under way finishes (its transaction commits or aborts) first. */
    @PreDestroy
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }
}
