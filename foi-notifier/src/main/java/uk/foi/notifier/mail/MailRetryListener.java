package uk.foi.notifier.mail;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Tries failed mail again when its time comes, on its own consumer (group {@code foi.notifier.mail.retry-group}), so
 * the deadline-event listener never waits for a mail server. Retry records come in the order they were written, each
 * with a not-before time a backoff after its failure, so waiting for the head of the topic never holds back one whose
 * time has come sooner by more than the backoff. A wait is at most {@value #MAX_WAIT_SECONDS} s at a time (well
 * inside the consumer's poll interval); a record still not due is put back at the end of the topic.
 */
@KafkaListener(groupId = "${foi.notifier.mail.retry-group}", offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD)
@Requires(property = "foi.notifier.mail.enabled", value = "true", defaultValue = "true")
public class MailRetryListener {

    static final long MAX_WAIT_SECONDS = 30;

    private final MailListener mail;
    private final Clock clock;

    @Inject
    MailRetryListener(MailListener mail) {
        this(mail, Clock.systemUTC());
    }

    MailRetryListener(MailListener mail, Clock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Waits for the record's time (at most {@value #MAX_WAIT_SECONDS} s), then makes its attempt.
     *
     * @param record a deadline event with the attempt and not-before headers
     */
    @Topic("${foi.notifier.mail.retries}")
    public void receive(ConsumerRecord<String, String> record) {
        int attempt = (int) header(record, MailListener.ATTEMPT, 2);
        long notBefore = header(record, MailListener.NOT_BEFORE, 0);
        long wait = notBefore - clock.millis();
        if (wait > 0) {
            sleep(Math.min(wait, Duration.ofSeconds(MAX_WAIT_SECONDS).toMillis()));
        }
        if (notBefore > clock.millis()) {
            mail.requeue(record, attempt, notBefore);
            return;
        }
        mail.retry(record, attempt);
    }

    private static long header(ConsumerRecord<String, String> record, String name, long otherwise) {
        Header h = record.headers().lastHeader(name);
        try {
            return h == null ? otherwise : Long.parseLong(new String(h.value(), StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
