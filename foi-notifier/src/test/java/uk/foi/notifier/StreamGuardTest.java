package uk.foi.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;

/** The notifier replaces a dead stream thread, within a budget, and reports DOWN on liveness when it cannot. */
class StreamGuardTest {

    final MutableClock clock = MutableClock.on(java.time.LocalDate.of(2026, 11, 25));
    final StreamGuard guard = new StreamGuard(new StreamGuard.Budget(3, Duration.ofMinutes(5),
            clock), false);

    @Test
    void aDeadThreadIsReplacedUntilTheBudgetIsSpentThenTheClientStops() {
        IllegalStateException timeout = new IllegalStateException("transaction timed out");
        assertThat(guard.onUncaught(timeout)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(guard.onUncaught(timeout)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(guard.onUncaught(timeout)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        assertThat(guard.onUncaught(timeout)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void theBudgetIsASlidingWindow() {
        IllegalStateException timeout = new IllegalStateException("transaction timed out");
        for (int i = 0; i < 3; i++) {
            assertThat(guard.onUncaught(timeout)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        }
        clock.advance(Duration.ofMinutes(6));
        assertThat(guard.onUncaught(timeout)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void livenessIsDownOnlyInError() {
        for (KafkaStreams.State s : KafkaStreams.State.values()) {
            guard.onState(s);
            boolean down = s == KafkaStreams.State.ERROR || s == KafkaStreams.State.PENDING_ERROR;
            assertThat(guard.alive()).as(s.name()).isEqualTo(!down);
            assertThat(guard.health().getStatus().getName()).as(s.name())
                    .isEqualTo(down ? "DOWN" : "UP");
        }
    }
}
