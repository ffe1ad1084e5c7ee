package uk.foi.notifier.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import uk.foi.core.request.Status;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.Regime;
import uk.foi.events.deadline.AlertKind;
import uk.foi.events.deadline.DeadlineAlert;
import uk.foi.events.deadline.DeadlineEventCodec;
import uk.foi.events.deadline.TeamDigest;

/**
 * Which deadline events become email, to whom, how often; what happens when the mail server fails (retries through
 * the retry topic, never on the consumer's thread); and the sent-ledger that stops a redelivered event mailing twice.
 */
class MailListenerTest {

    static final DeadlineEventCodec CODEC = new DeadlineEventCodec();

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2023-04-13T07:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The ledger in memory, with a switch for "not read yet". */
    static final class MemoryLedger implements SentLedger {
        final Set<String> sent = new HashSet<>();
        boolean loaded = true;
        int writesToFail;

        @Override
        public boolean contains(String eventId) {
            if (!loaded) {
                throw new IllegalStateException("the mail ledger was not read within 60s");
            }
            return sent.contains(eventId);
        }

        @Override
        public void record(String eventId) {
            if (writesToFail-- > 0) {
                throw new IllegalStateException("mail " + eventId + " was sent but could not be recorded: timeout");
            }
            sent.add(eventId);
        }
    }

    record Retry(String key, String value, int attempt, long notBefore) {
    }

    final List<Notice> delivered = new ArrayList<>();
    final List<String> deadLetters = new ArrayList<>();
    final List<Retry> retries = new ArrayList<>();
    final MemoryLedger ledger = new MemoryLedger();
    final TestClock clock = new TestClock();
    int failuresToCome;
    int attempts;

    final Mailbox mailbox = notice -> {
        attempts++;
        if (failuresToCome-- > 0) {
            throw new IllegalStateException("451 try again later");
        }
        delivered.add(notice);
    };

    MailListener listener() {
        return new MailListener(mailbox,
                (key, value, error) -> deadLetters.add(key + " " + (value.startsWith("{\"topic\"") ? value : error)),
                (key, value, attempt, notBefore, error) -> retries.add(new Retry(key, value,
                        Integer.parseInt(attempt), Long.parseLong(notBefore))),
                ledger, new Notice.Recipients("{assignee}@met.police.example", "{team}@met.police.example",
                        "foi@met.police.example"), "https://foi.example/", 3, Duration.ofMillis(1_000), clock);
    }

    final MailListener listener = listener();

    static String alert(String id, AlertKind kind, String assignee) {
        return new String(CODEC.encode(new DeadlineAlert(UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)),
                Instant.parse("2023-04-13T07:00:00Z"), "met-police", "r-1", "01.FOI.23.000042", Regime.FOIA,
                Status.IN_PROGRESS, Optional.ofNullable(assignee), Optional.ofNullable(assignee).map(a -> "central"),
                kind, DeadlineKind.RESPONSE, LocalDate.of(2023, 4, 12), LocalDate.of(2023, 4, 13), 0, Optional.empty(),
                Optional.empty(), Optional.of("FOIA s10(1)"))), StandardCharsets.UTF_8);
    }

    @Test
    void anUrgentEventIsMailedOnceToTheAssigneeAndTeam() {
        receive("r-1", alert("e-1", AlertKind.RESPONSE_OVERDUE, "cw.smith"));
        receive("r-1", alert("e-1", AlertKind.RESPONSE_OVERDUE, "cw.smith"));

        assertThat(delivered).hasSize(1);
        Notice n = delivered.get(0);
        assertThat(n.to()).containsExactly("cw.smith@met.police.example", "central@met.police.example");
        assertThat(n.subject()).isEqualTo("[FOI 01.FOI.23.000042] Response overdue (Wednesday 12 April 2023)");
        assertThat(n.text()).contains("the response was due on Wednesday 12 April 2023", "Rule: FOIA s10(1)",
                "https://foi.example/requests/r-1");
    }

    @Test
    void anUnassignedRequestGoesToTheFoiInboxAndWarningsWaitForTheDigest() {
        receive("r-1", alert("e-2", AlertKind.RESPONSE_DUE_TODAY, null));
        receive("r-1", alert("e-3", AlertKind.RESPONSE_DUE_SOON, null));

        assertThat(delivered).extracting(Notice::to).containsExactly(List.of("foi@met.police.example"));
    }

    @Test
    void aFailingServerIsRetriedThroughTheRetryTopicThenTheEventIsDeadLettered() {
        failuresToCome = 5;
        String event = alert("e-5", AlertKind.RESPONSE_OVERDUE, "cw.smith");

        receive("r-1", event);

        // the consumer's thread made one attempt and went on: the next is on the retry topic, a backoff later
        assertThat(attempts).isEqualTo(1);
        assertThat(retries).containsExactly(new Retry("r-1", event, 2, clock.millis() + 1_000));

        MailRetryListener retryListener = new MailRetryListener(listener, clock);
        clock.now = clock.now.plusSeconds(1);
        retryListener.receive(retryRecord(retries.remove(0)));
        assertThat(attempts).isEqualTo(2);
        assertThat(retries).containsExactly(new Retry("r-1", event, 3, clock.millis() + 2_000));

        clock.now = clock.now.plusSeconds(2);
        retryListener.receive(retryRecord(retries.remove(0)));
        assertThat(attempts).isEqualTo(3);
        assertThat(retries).isEmpty();
        assertThat(deadLetters).containsExactly("r-1 java.lang.IllegalStateException: 451 try again later");
        assertThat(ledger.sent).isEmpty();
    }

    @Test
    void aRetryThatSucceedsIsRecordedAndAnEarlyOneIsPutBack() {
        failuresToCome = 1;
        receive("r-1", alert("e-6", AlertKind.RESPONSE_DUE_TODAY, "cw.smith"));
        Retry retry = retries.remove(0);

        MailRetryListener retryListener = new MailRetryListener(listener, clock);
        Retry early = new Retry(retry.key(), retry.value(), retry.attempt(), clock.millis() + 5);
        retryListener.receive(retryRecord(early));        // its time has not come: back on the topic, untried
        assertThat(attempts).isEqualTo(1);
        assertThat(retries).containsExactly(early);

        clock.now = clock.now.plusSeconds(1);
        retryListener.receive(retryRecord(retries.remove(0)));
        assertThat(delivered).hasSize(1);
        assertThat(ledger.sent).containsExactly(UUID.nameUUIDFromBytes("e-6".getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Test
    void anEventReadAgainAfterACrashIsNotMailedTwice() {
        // The notifier mailed the event and died before committing its offset: a new instance reads it again.
        receive("r-1", alert("e-7", AlertKind.RESPONSE_OVERDUE, "cw.smith"));
        MailListener restarted = listener();

        restarted.receive(new ConsumerRecord<>("foi.deadline-events", 2, 41L, "r-1",
                alert("e-7", AlertKind.RESPONSE_OVERDUE, "cw.smith")));

        assertThat(delivered).hasSize(1);
    }

    @Test
    void aMailSentWhileKafkaGoesAwayIsRecordedOnceKafkaIsBack() {
        // The fault run: a mail delivered as the broker stopped; the ledger write failed, and the event, whose offset
        // could not be committed either, came back after the outage and was mailed again.
        ledger.writesToFail = 2;
        receive("r-1", alert("e-9", AlertKind.RESPONSE_OVERDUE, "cw.smith"));

        assertThat(ledger.sent).containsExactly(UUID.nameUUIDFromBytes("e-9".getBytes(StandardCharsets.UTF_8))
                .toString());
        receive("r-1", alert("e-9", AlertKind.RESPONSE_OVERDUE, "cw.smith")); // redelivered after the outage
        assertThat(delivered).hasSize(1);
    }

    @Test
    void whileTheLedgerCannotBeReadTheEventWaitsOnTheRetryTopicWithoutUsingAnAttempt() {
        ledger.loaded = false;
        receive("r-1", alert("e-8", AlertKind.RESPONSE_OVERDUE, "cw.smith"));

        assertThat(delivered).isEmpty();
        assertThat(retries).extracting(Retry::attempt).containsExactly(1);
    }

    @Test
    void aDigestGoesToTheTeamWithEveryItem() {
        TeamDigest digest = TeamDigest.of(Instant.parse("2023-04-06T06:05:00Z"), "central", LocalDate.of(2023, 4, 6),
                List.of(new TeamDigest.Item("r-2", "01.FOI.23.000002", DeadlineKind.REVIEW, LocalDate.of(2023, 4, 13),
                                "s45 Code 5.4", Optional.empty()),
                        new TeamDigest.Item("r-1", "01.FOI.23.000001", DeadlineKind.RESPONSE,
                                LocalDate.of(2023, 4, 12), "FOIA s10(1)", Optional.of("cw.a"))));
        receive("central", new String(CODEC.encode(digest), StandardCharsets.UTF_8));

        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).to()).containsExactly("central@met.police.example");
        assertThat(delivered.get(0).subject()).isEqualTo(
                "[FOI] 2 deadlines in the next working days (team central, 2023-04-06)");
        assertThat(delivered.get(0).text()).contains(
                "- 01.FOI.23.000001: response due Wednesday 12 April 2023 (cw.a)",
                "- 01.FOI.23.000002: review due Thursday 13 April 2023",
                "https://foi.example/requests/r-2");
    }

    @Test
    void unreadableInputIsDeadLetteredByReference() {
        receive("k", "{oops");
        receive("k", "{\"specversion\":\"1.0\",\"type\":\"uk.foi.deadline.response-overdue.v1\"}");
        assertThat(deadLetters).hasSize(2).first().asString()
                .startsWith("k {\"topic\":\"foi.deadline-events\",\"partition\":2,\"offset\":41,"
                        + "\"key\":\"k\",\"bytes\":5,")
                .doesNotContain("{oops");
        assertThat(deadLetters.get(1)).contains("id: missing or empty");
    }

    @Test
    void anOversizedRecordIsDeadLetteredWithoutItsValue() {
        String huge = "{\"pad\":\"" + "x".repeat(1_048_000) + "\"}";
        receive("k", huge);
        assertThat(delivered).isEmpty();
        assertThat(deadLetters).hasSize(1).first().asString().contains("\"bytes\":1048010")
                .contains("larger than any the notifier writes").hasSizeLessThan(2_000);
    }

    /** Delivers a record as the consumer would, from partition 2 at offset 41. */
    private void receive(String key, String value) {
        listener.receive(new ConsumerRecord<>("foi.deadline-events", 2, 41L, key, value));
    }

    private static ConsumerRecord<String, String> retryRecord(Retry r) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(MailListener.ATTEMPT, Integer.toString(r.attempt()).getBytes(StandardCharsets.UTF_8));
        headers.add(MailListener.NOT_BEFORE, Long.toString(r.notBefore()).getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>("foi.notifier.mail-retries", 0, 7L, 0L, TimestampType.CREATE_TIME, -1, -1,
                r.key(), r.value(), headers, Optional.empty());
    }
}
