package uk.foi.notifier.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Which deadline events become email, to whom, how often, and what happens when the mail server fails. */
class MailListenerTest {

    final List<Notice> delivered = new ArrayList<>();
    final List<String> deadLetters = new ArrayList<>();
    int failuresToCome;
    int attempts;

    final Mailbox mailbox = notice -> {
        attempts++;
        if (failuresToCome-- > 0) {
            throw new IllegalStateException("451 try again later");
        }
        delivered.add(notice);
    };

    final MailListener listener = new MailListener(mailbox,
            (key, value, error) -> deadLetters.add(key + " " + (value.startsWith("{\"topic\"") ? value : error)),
            "{assignee}@met.police.example",
            "{team}@met.police.example", "foi@met.police.example", "https://foi.example/", 3,
            Duration.ofMillis(1));

    static String event(String id, String alert, boolean urgent, String assignee) {
        return """
                {"specversion":"1.0","id":"%s","type":"uk.foi.deadline.x.v1","subject":"r-1",
                 "data":{"requestId":"r-1","reference":"01.FOI.23.000042","regime":"FOIA","alert":"%s",
                  "urgent":%s,"deadline":"RESPONSE","due":"2023-04-12",%s"rule":"FOIA s10(1)"}}"""
                .formatted(id, alert, urgent, assignee == null ? ""
                        : "\"assignee\":\"" + assignee + "\",\"team\":\"central\",");
    }

    @Test
    void anUrgentEventIsMailedOnceToTheAssigneeAndTeam() {
        receive("r-1", event("e-1", "RESPONSE_OVERDUE", true, "cw.smith"));
        receive("r-1", event("e-1", "RESPONSE_OVERDUE", true, "cw.smith"));

        assertThat(delivered).hasSize(1);
        Notice n = delivered.get(0);
        assertThat(n.to()).containsExactly("cw.smith@met.police.example", "central@met.police.example");
        assertThat(n.subject()).isEqualTo("[FOI 01.FOI.23.000042] Response overdue (Wednesday 12 April 2023)");
        assertThat(n.text()).contains("the response was due on Wednesday 12 April 2023", "Rule: FOIA s10(1)",
                "https://foi.example/requests/r-1");
    }

    @Test
    void anUnassignedRequestGoesToTheFoiInboxAndWarningsWaitForTheDigest() {
        receive("r-1", event("e-2", "RESPONSE_DUE_TODAY", true, null));
        receive("r-1", event("e-3", "RESPONSE_DUE_SOON", false, null));

        assertThat(delivered).extracting(Notice::to).containsExactly(List.of("foi@met.police.example"));
    }

    @Test
    void aFailingServerIsRetriedThenTheEventIsDeadLettered() {
        failuresToCome = 2;
        receive("r-1", event("e-4", "RESPONSE_OVERDUE", true, "cw.smith"));
        assertThat(delivered).hasSize(1);
        assertThat(attempts).isEqualTo(3);

        failuresToCome = 5;
        attempts = 0;
        receive("r-1", event("e-5", "RESPONSE_OVERDUE", true, "cw.smith"));
        assertThat(attempts).isEqualTo(3);
        assertThat(deadLetters).containsExactly("r-1 java.lang.IllegalStateException: 451 try again later");
    }

    @Test
    void aDigestGoesToTheTeamWithEveryItem() {
        receive("central", """
                {"id":"d-1","type":"uk.foi.deadline.digest.v1","subject":"central","data":{"team":"central",
                 "day":"2023-04-06","items":[
                  {"requestId":"r-1","reference":"01.FOI.23.000001","deadline":"RESPONSE","due":"2023-04-12",
                   "rule":"FOIA s10(1)","assignee":"cw.a"},
                  {"requestId":"r-2","reference":"01.FOI.23.000002","deadline":"REVIEW","due":"2023-04-13",
                   "rule":"s45 Code 5.4"}]}}""");

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
        assertThat(deadLetters).hasSize(1).first().asString()
                .startsWith("k {\"topic\":\"foi.deadline-events\",\"partition\":2,\"offset\":41,"
                        + "\"key\":\"k\",\"bytes\":5,")
                .doesNotContain("{oops");
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
}
