package uk.foi.notifier;

import io.micronaut.configuration.kafka.streams.event.BeforeKafkaStreamStart;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.health.HealthStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the notifier's stream alive, and says so when it cannot.
 * <ul>
 *   <li>An exception that escapes a stream thread (after a broker is killed, exactly-once transactions can time out
 *       and surface as {@code IllegalStateException}) <b>replaces the thread</b> rather than stopping the client; the
 *       replacement restores its state from the store and the changelog, so nothing is lost or repeated.</li>
 *   <li>A thread that keeps dying is not replaced for ever: past {@link Budget#max} replacements within
 *       {@link Budget#window}, the client is shut down and goes to {@code ERROR}.</li>
 *   <li>In {@code ERROR} the liveness check ({@code /health/liveness}) answers DOWN, so an orchestrator restarts the
 *       process; and, unless {@code FOI_NOTIFIER_EXIT_ON_STREAM_FAILURE=false}, the process exits with status 70, so
 *       that {@code ./foi up} (or systemd, or a container runtime) starts it again.</li>
 * </ul>
 */
@Singleton
@Liveness
public class StreamGuard implements ApplicationEventListener<BeforeKafkaStreamStart>, HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(StreamGuard.class);
    /** The exit status when the stream cannot recover (EX_SOFTWARE). */
    public static final int EXIT_STATUS = 70;

    private final Budget budget;
    private final boolean exitOnFailure;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    @jakarta.inject.Inject
    StreamGuard(NotifierSettings settings) {
        this(new Budget(10, Duration.ofMinutes(5), Clock.systemUTC()), settings.exitOnStreamFailure());
    }

    StreamGuard(Budget budget, boolean exitOnFailure) {
        this.budget = budget;
        this.exitOnFailure = exitOnFailure;
    }

    @Override
    public void onApplicationEvent(BeforeKafkaStreamStart event) {
        KafkaStreams streams = event.getKafkaStreams();
        streams.setUncaughtExceptionHandler(this::onUncaught);
        streams.setStateListener((now, before) -> onState(now));
    }

    StreamThreadExceptionResponse onUncaught(Throwable e) {
        if (budget.spend()) {
            LOG.error("a stream thread died; replacing it ({} of {} allowed in {})", budget.spent(), budget.max,
                    budget.window, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.error("stream threads died {} times within {}; shutting the stream down", budget.spent(), budget.window,
                e);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    void onState(KafkaStreams.State now) {
        state = now;
        if (now == KafkaStreams.State.ERROR) {
            LOG.error("the notifier's stream is in ERROR and will not recover by itself: no alerts are sent"
                    + (exitOnFailure ? "; exiting with status " + EXIT_STATUS + " so that it is restarted" : ""));
            if (exitOnFailure) {
                // not on the stream's own thread, which System.exit's shutdown hooks would wait for
                Thread exit = new Thread(() -> System.exit(EXIT_STATUS), "foi-notifier-exit");
                exit.setDaemon(false);
                exit.start();
            }
        }
    }

    /** @return true while the stream is running or can still recover */
    public boolean alive() {
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.PENDING_ERROR;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(health());
    }

    HealthResult health() {
        return HealthResult.builder("notifierStream", alive() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("state", state.name())).build();
    }

    /** How many thread replacements are allowed within a sliding window. */
    static final class Budget {
        private final int max;
        private final Duration window;
        private final Clock clock;
        private final Deque<Instant> times = new ArrayDeque<>();

        /**
         * @param max    the most replacements in the window
         * @param window the window
         * @param clock  the clock the window is measured on
         */
        Budget(int max, Duration window, Clock clock) {
            this.max = max;
            this.window = window;
            this.clock = clock;
        }

        /** @return true if one more replacement fits in the window (and counts it) */
        synchronized boolean spend() {
            Instant now = clock.instant();
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }

        synchronized int spent() {
            return times.size();
        }
    }
}
