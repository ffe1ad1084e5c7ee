package uk.foi.notifier.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.foi.notifier.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails staff about urgent deadline events at once (due today, overdue, a closing complaint window, a moved date),
 * and each team's daily digest of what falls due in the next working days.
 * Reads committed deadline events only; commits each record after its mail is delivered or dead-lettered, so a crash
 * can at worst repeat the one mail in flight, and the Message-ID (the event id) lets a mail system drop that repeat.
 * Delivery is retried with a doubling backoff; after the last attempt the event goes to the mail dead-letter topic.
 */
@KafkaListener(groupId = "${foi.notifier.mail.group}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        properties = @Property(name = ConsumerConfig.ISOLATION_LEVEL_CONFIG, value = "read_committed"))
@Requires(property = "foi.notifier.mail.enabled", value = "true", defaultValue = "true")
public class MailListener {

    private static final Logger LOG = LoggerFactory.getLogger(MailListener.class);
    private static final int REMEMBERED = 100_000;
    /** Far above the largest deadline event or digest the notifier writes. */
    private static final int MAX_EVENT_CHARS = 256 * 1024;

    private final Mailbox mailbox;
    private final DeadLetters deadLetters;
    private final Notice.Recipients recipients;
    private final String link;
    private final int attempts;
    private final Duration backoff;
    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> delivered = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

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

    MailListener(Mailbox mailbox, DeadLetters deadLetters,
            @Value("${foi.notifier.mail.assignee-address}") String assignee,
            @Value("${foi.notifier.mail.team-address}") String team,
            @Value("${foi.notifier.mail.fallback-address}") String fallback,
            @Value("${foi.notifier.mail.api-base}") String apiBase,
            @Value("${foi.notifier.mail.attempts}") int attempts,
            @Value("${foi.notifier.mail.backoff}") Duration backoff) {
        this.mailbox = mailbox;
        this.deadLetters = deadLetters;
        this.recipients = new Notice.Recipients(assignee, team, fallback);
        this.link = apiBase.replaceAll("/+$", "") + "/requests/{requestId}";
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
    }

    /**
     * Mails one deadline event if it is urgent and new. A record that is too large or not JSON is not ours: it is
     * dead-lettered by reference ({@link DeadLetter}), never copied.
     *
     * @param record the deadline event (key: the request id; value: the CloudEvent)
     */
    @Topic("${foi.notifier.deadline-events}")
    public void receive(ConsumerRecord<String, String> record) {
        String key = record.key();
        String value = record.value() == null ? "" : record.value();
        JsonNode event;
        try {
            if (value.length() > MAX_EVENT_CHARS) {
                throw new IllegalArgumentException("a deadline event of " + value.length() + " characters is larger"
                        + " than any the notifier writes (" + MAX_EVENT_CHARS + ")");
            }
            event = json.readTree(value);
        } catch (Exception e) {
            DeadLetter letter = DeadLetter.of(Optional.of(record.topic()), Optional.of(record.partition()),
                    Optional.of(record.offset()), key, value.getBytes(StandardCharsets.UTF_8), e.getMessage());
            LOG.warn("deadline event {} cannot be read, dead-lettered by reference: {}", letter.where(),
                    letter.reason());
            deadLetters.send(letter.key(), new String(letter.toJson(), StandardCharsets.UTF_8), letter.reason());
            return;
        }
        String id = event.path("id").asText();
        boolean digest = "uk.foi.deadline.digest.v1".equals(event.path("type").asText());
        if (!(digest || event.path("data").path("urgent").asBoolean(false)) || delivered.contains(id)) {
            return;
        }
        Notice notice = digest ? Notice.digest(event, recipients, link)
                : Notice.of(event, recipients, link.replace("{requestId}", event.path("subject").asText()));
        Exception last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                mailbox.deliver(notice);
                delivered.add(id);
                return;
            } catch (Exception e) {
                last = e;
                LOG.warn("mail for event {} failed (attempt {} of {}): {}", id, attempt, attempts, e.toString());
                if (attempt < attempts) {
                    sleep(backoff.multipliedBy(1L << (attempt - 1)));
                }
            }
        }
        deadLetters.send(key, value, String.valueOf(last));
        LOG.error("mail for event {} dead-lettered after {} attempts", id, attempts);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
