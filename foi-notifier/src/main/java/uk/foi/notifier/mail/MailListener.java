package uk.foi.notifier.mail;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.messaging.annotation.MessageHeader;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.events.deadline.DeadlineAlert;
import uk.foi.events.deadline.DeadlineEvent;
import uk.foi.events.deadline.DeadlineEventCodec;
import uk.foi.events.deadline.TeamDigest;
import uk.foi.notifier.DeadLetter;

/**
 * Emails staff about urgent deadline events at once (due today, overdue, a closing complaint window, a moved date),
 * and each team's daily digest. Reads committed deadline events only, as typed events ({@link DeadlineEventCodec}).
 * <ul>
 * <li><b>Never twice.</b> Before a mail goes, the {@link SentLedger} is asked; after it went, it is recorded there.
 *     A notifier that crashes between sending and committing its offset sees the event again and skips it. (The one
 *     window left is a crash between the mail server's acceptance and the ledger's write, a few milliseconds.)</li>
 * <li><b>Retries off the consumer thread.</b> A failed delivery is not retried here: the event goes to the retry
 *     topic with its attempt number and the time it may next be tried (a doubling backoff), and this listener goes on
 *     to the next event. {@link MailRetryListener} tries it again when its time comes; after the last attempt it goes
 *     to the mail dead-letter topic. The retries live in Kafka, so a restart loses none.</li>
 * <li><b>Bounded input.</b> A record too large or unreadable is dead-lettered by reference ({@link DeadLetter}).</li>
 * </ul>
 */
@KafkaListener(groupId = "${foi.notifier.mail.group}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        properties = @Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"))
@Requires(property = "foi.notifier.mail.enabled", value = "true", defaultValue = "true")
public class MailListener {

    /** The header with the attempt a retry record is for (2 for the first retry). */
    static final String ATTEMPT = "foi-attempt";
    /** The header with the epoch millisecond before which a retry record is not tried. */
    static final String NOT_BEFORE = "foi-not-before";

    private static final Logger LOG = LoggerFactory.getLogger(MailListener.class);
    /** How long a sent mail waits for the ledger to take its record (Kafka away). */
    static final Duration LEDGER_PATIENCE = Duration.ofMinutes(4);
    /** Far above the largest deadline event or digest the notifier writes. */
    private static final int MAX_EVENT_CHARS = 256 * 1024;

    private final Mailbox mailbox;
    private final DeadLetters deadLetters;
    private final Retries retries;
    private final SentLedger ledger;
    private final Notice.Recipients recipients;
    private final String link;
    private final int attempts;
    private final Duration backoff;
    private final Clock clock;
    private final DeadlineEventCodec codec = new DeadlineEventCodec();

    /** Where undeliverable notices go. */
    @KafkaClient(id = "foi-notifier-mail-dead-letters", acks = KafkaClient.Acknowledge.ALL)
    public interface DeadLetters {
        /**
         * @param key   the request id
         * @param value the deadline event
         * @param error why delivery failed
         */
        @Topic("${foi.notifier.mail.dead-letters}")
        void send(@KafkaKey String key, String value, @MessageHeader("foi-error") String error);
    }

    /** Where deliveries to try again later go. */
    @KafkaClient(id = "foi-notifier-mail-retries", acks = KafkaClient.Acknowledge.ALL)
    public interface Retries {
        /**
         * @param key       the request id (or the team, for a digest)
         * @param value     the deadline event
         * @param attempt   the attempt it is for
         * @param notBefore the epoch millisecond before which it is not tried
         * @param error     why the last attempt failed
         */
        @Topic("${foi.notifier.mail.retries}")
        void send(@KafkaKey String key, String value, @MessageHeader(ATTEMPT) String attempt,
                @MessageHeader(NOT_BEFORE) String notBefore, @MessageHeader("foi-error") String error);
    }

    @Inject
    MailListener(Mailbox mailbox, DeadLetters deadLetters, Retries retries, SentLedger ledger,
            @Value("${foi.notifier.mail.assignee-address}") String assignee,
            @Value("${foi.notifier.mail.team-address}") String team,
            @Value("${foi.notifier.mail.fallback-address}") String fallback,
            @Value("${foi.notifier.mail.api-base}") String apiBase,
            @Value("${foi.notifier.mail.attempts}") int attempts,
            @Value("${foi.notifier.mail.backoff}") Duration backoff) {
        this(mailbox, deadLetters, retries, ledger, new Notice.Recipients(assignee, team, fallback), apiBase, attempts,
                backoff, Clock.systemUTC());
    }

    MailListener(Mailbox mailbox, DeadLetters deadLetters, Retries retries, SentLedger ledger,
            Notice.Recipients recipients, String apiBase, int attempts, Duration backoff, Clock clock) {
        this.mailbox = mailbox;
        this.deadLetters = deadLetters;
        this.retries = retries;
        this.ledger = ledger;
        this.recipients = recipients;
        this.link = apiBase.replaceAll("/+$", "") + "/requests/{requestId}";
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.clock = clock;
    }

    /**
     * Mails one deadline event if it is mailed and new; returns at once whatever the mail server does.
     *
     * @param record the deadline event (key: the request id; value: the CloudEvent)
     */
    @Topic("${foi.notifier.deadline-events}")
    public void receive(ConsumerRecord<String, String> record) {
        read(record).ifPresent(event -> attempt(record.key(), record.value(), event, 1));
    }

    /**
     * One attempt at a retry record whose time has come (see {@link MailRetryListener}).
     *
     * @param record  the retry record
     * @param attempt which attempt it is
     */
    void retry(ConsumerRecord<String, String> record, int attempt) {
        read(record).ifPresent(event -> attempt(record.key(), record.value(), event, attempt));
    }

    /**
     * Puts a retry record whose time has not come back on the retry topic as it was.
     *
     * @param record    the retry record
     * @param attempt   its attempt
     * @param notBefore its time
     */
    void requeue(ConsumerRecord<String, String> record, int attempt, long notBefore) {
        retries.send(record.key(), record.value(), Integer.toString(attempt), Long.toString(notBefore),
                "waiting for its time");
    }

    private Optional<DeadlineEvent> read(ConsumerRecord<String, String> record) {
        String value = record.value() == null ? "" : record.value();
        try {
            if (value.length() > MAX_EVENT_CHARS) {
                throw new IllegalArgumentException("a deadline event of " + value.length() + " characters is larger"
                        + " than any the notifier writes (" + MAX_EVENT_CHARS + ")");
            }
            return Optional.of(codec.decode(value.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            DeadLetter letter = DeadLetter.of(Optional.of(record.topic()), Optional.of(record.partition()),
                    Optional.of(record.offset()), record.key(), value.getBytes(StandardCharsets.UTF_8),
                    e.getMessage());
            LOG.warn("deadline event {} cannot be read, dead-lettered by reference: {}", letter.where(),
                    letter.reason());
            deadLetters.send(letter.key(), new String(letter.toJson(), StandardCharsets.UTF_8), letter.reason());
            return Optional.empty();
        }
    }

    private void attempt(String key, String value, DeadlineEvent event, int attempt) {
        String id = event.id().toString();
        if (!event.mailed()) {
            return;
        }
        try {
            if (ledger.contains(id)) {
                LOG.debug("mail for event {} was already sent", id);
                return;
            }
        } catch (IllegalStateException e) {
            later(key, value, attempt, e); // the ledger cannot say yet: ask again later, without using up an attempt
            return;
        }
        Notice notice = event instanceof TeamDigest d ? Notice.digest(d, recipients, link)
                : Notice.of((DeadlineAlert) event, recipients, link.replace("{requestId}", event.subject()));
        try {
            mailbox.deliver(notice);
        } catch (Exception e) {
            LOG.warn("mail for event {} failed (attempt {} of {}): {}", id, attempt, attempts, e.toString());
            if (attempt < attempts) {
                later(key, value, attempt + 1, e);
            } else {
                deadLetters.send(key, value, String.valueOf(e));
                LOG.error("mail for event {} dead-lettered after {} attempts", id, attempts);
            }
            return;
        }
        recordSent(id);
    }

    /**
     * Records a sent mail, waiting for Kafka if it is away: the mail went, so until the ledger knows it, a redelivery
     * (the offset cannot be committed either while Kafka is away) would send it again. The fault run found exactly
     * this: a mail delivered as the broker stopped, its ledger write timed out, and the event came back after the
     * outage. The wait is bounded below the consumer's poll interval (5 minutes), past which the partition would be
     * taken from this listener anyway.
     */
    private void recordSent(String id) {
        long until = clock.millis() + LEDGER_PATIENCE.toMillis();
        long pause = 200;
        while (true) {
            try {
                ledger.record(id);
                return;
            } catch (IllegalStateException e) {
                if (clock.millis() >= until) {
                    LOG.warn("{}; gave up after {}; if this event is read again its mail may go twice",
                            e.getMessage(), LEDGER_PATIENCE);
                    return;
                }
                LOG.info("mail {} sent; recording it waits for Kafka: {}", id, e.getMessage());
                sleep(pause);
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends the event to the retry topic for an attempt after a doubling backoff. */
    private void later(String key, String value, int attempt, Exception why) {
        long wait = backoff.toMillis() << Math.min(20, Math.max(0, attempt - 2));
        retries.send(key, value, Integer.toString(attempt), Long.toString(clock.millis() + wait), String.valueOf(why));
    }
}
