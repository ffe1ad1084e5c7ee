package uk.foi.notifier.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.foi.testsupport.TestKafka;

/**
 * The sent-ledger on the real broker: what one notifier recorded, a notifier started afterwards (a restart, or a
 * second instance taking over the partition after a rebalance) knows before it reads its first event, and an instance
 * already running learns it while it runs.
 */
class KafkaSentLedgerIT {

    static KafkaSentLedger ledger(String topic) {
        return new KafkaSentLedger(TestKafka.bootstrapServers(), topic, Duration.ofDays(30), Duration.ofSeconds(60), 3,
                (short) 1);
    }

    @Test
    void aMailRecordedByOneNotifierIsKnownToTheNext() throws InterruptedException {
        String topic = "foi.test.mail-ledger-" + UUID.randomUUID();
        String sent = UUID.randomUUID().toString();
        KafkaSentLedger first = ledger(topic);
        KafkaSentLedger running = ledger(topic);
        try {
            assertThat(first.contains(sent)).isFalse();
            first.record(sent);
            assertThat(first.contains(sent)).isTrue();
        } finally {
            first.close();
        }

        KafkaSentLedger restarted = ledger(topic);
        try {
            assertThat(restarted.contains(sent)).isTrue();
            assertThat(restarted.contains(UUID.randomUUID().toString())).isFalse();
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!running.contains(sent) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(running.contains(sent)).isTrue();
        } finally {
            restarted.close();
            running.close();
        }
    }
}
