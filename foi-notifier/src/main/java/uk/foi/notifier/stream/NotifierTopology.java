package uk.foi.notifier.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.events.EventCodec;
import uk.foi.schedule.Scheduler;

/**
 * The notifier's stream: request events in, deadline events out. One processor per partition keeps the schedules of
 * its requests in a persistent store, indexed by the next day something is due, and a wall-clock punctuation sends
 * what falls due. With {@code processing.guarantee=exactly_once_v2} the store, the index, the input offsets and the
 * output commit together, so a crash or a rebalance neither loses nor repeats an alert.
 * <p>
 * Daily digests need every partition's requests of a team: at the digest time each schedule processor sends its
 * part, keyed by team, through the digest-items topic; a second processor, on the team's partition, gathers the
 * parts and sends one digest per team and day a few minutes later.
 */
public final class NotifierTopology {

    /** Schedules by request id. */
    public static final String SCHEDULES = "schedules";
    /** The time index: "yyyy-mm-dd|request id" for each schedule's next alert. */
    public static final String DUE_INDEX = "schedule-due-index";
    /** The calendar the schedules were last computed with. */
    public static final String META = "notifier-meta";
    /** Parts of digests by "yyyy-mm-dd|team", until the digest is sent; then a marker that it was. */
    public static final String DIGESTS = "team-digests";
    /**
     * The default limit on a request event's size: above the largest event the API can write (about 600 kB, see
     * {@code RequestText.MAX_LENGTH}) and below Kafka's default 1 MiB message limit.
     */
    public static final int DEFAULT_MAX_EVENT_BYTES = 900 * 1024;
    /** A record header naming another topic than the deadline events (the dead letters). */
    static final String DESTINATION = "foi-destination";

    /**
     * Topics and timing.
     *
     * @param requestEvents  the input, {@code foi.request-events}
     * @param deadlineEvents the output, {@code foi.deadline-events}
     * @param deadLetters    where input that cannot be read goes, with the reason in a header
     * @param digestItems    the topic that carries each partition's part of a team's digest to the team's partition
     * @param tick           how often the wall-clock punctuation looks for what is due
     * @param digestAt       the UK time of day the daily digests are put together
     * @param digestDays     how many working days ahead a digest looks
     * @param maxEventBytes  the largest request event applied; a larger one is dead-lettered by reference
     * @param slice          how long one punctuation works through schedules (recomputing them after a calendar
     *                       change, or sending the alerts that have fallen due) before it lets the transaction commit;
     *                       at least one chunk is always done
     */
    public record Settings(String requestEvents, String deadlineEvents, String deadLetters, String digestItems,
            Duration tick, LocalTime digestAt, int digestDays, int maxEventBytes, Duration slice) {

        /**
         * The default slice of work per punctuation: see {@code ScheduleProcessor}. 200 ms: with 50 ms, a stream thread
         * moving a million schedules to a new calendar spent a third of its time blocked in the consumer's poll (100
         * ms, Kafka Streams' {@code poll.ms}) between slices; 200 ms took the run from 62-68 to 49 s
         * (docs/reliability.md).
         */
        public static final Duration DEFAULT_SLICE = Duration.ofMillis(200);

        /** @throws NullPointerException if a component is null */
        public Settings {
            Objects.requireNonNull(requestEvents, "requestEvents");
            Objects.requireNonNull(deadlineEvents, "deadlineEvents");
            Objects.requireNonNull(deadLetters, "deadLetters");
            Objects.requireNonNull(digestItems, "digestItems");
            Objects.requireNonNull(tick, "tick");
            Objects.requireNonNull(digestAt, "digestAt");
            if (maxEventBytes < 1) {
                throw new IllegalArgumentException("maxEventBytes must be positive, not " + maxEventBytes);
            }
            Objects.requireNonNull(slice, "slice");
        }

        /**
         * The settings with the default slice of work per punctuation.
         *
         * @param requestEvents  the input, {@code foi.request-events}
         * @param deadlineEvents the output, {@code foi.deadline-events}
         * @param deadLetters    where input that cannot be read goes, by reference
         * @param digestItems    the topic that carries each partition's part of a team's digest to the team's partition
         * @param tick           how often the wall-clock punctuation looks for what is due
         * @param digestAt       the UK time of day the daily digests are put together
         * @param digestDays     how many working days ahead a digest looks
         * @param maxEventBytes  the largest request event applied; a larger one is dead-lettered by reference
         */
        public Settings(String requestEvents, String deadlineEvents, String deadLetters, String digestItems,
                Duration tick, LocalTime digestAt, int digestDays, int maxEventBytes) {
            this(requestEvents, deadlineEvents, deadLetters, digestItems, tick, digestAt, digestDays, maxEventBytes,
                    DEFAULT_SLICE);
        }

        /**
         * The settings with the default limit on a request event's size, {@value #DEFAULT_MAX_EVENT_BYTES} bytes.
         *
         * @param requestEvents  the input, {@code foi.request-events}
         * @param deadlineEvents the output, {@code foi.deadline-events}
         * @param deadLetters    where input that cannot be read goes, by reference
         * @param digestItems    the topic that carries each partition's part of a team's digest to the team's partition
         * @param tick           how often the wall-clock punctuation looks for what is due
         * @param digestAt       the UK time of day the daily digests are put together
         * @param digestDays     how many working days ahead a digest looks
         */
        public Settings(String requestEvents, String deadlineEvents, String deadLetters, String digestItems,
                Duration tick, LocalTime digestAt, int digestDays) {
            this(requestEvents, deadlineEvents, deadLetters, digestItems, tick, digestAt, digestDays,
                    DEFAULT_MAX_EVENT_BYTES);
        }
    }

    private NotifierTopology() {
    }

    /**
     * Adds the stores, the processor and the sinks to a builder.
     *
     * @param builder   the builder (Micronaut's configured one, or a plain one in tests)
     * @param settings  topics and timing
     * @param scheduler the schedule logic
     * @param calendar  the bank holidays in force, asked on every tick (a change is applied to every schedule)
     * @param codec     reads request events
     * @return the stream of deadline events
     */
    public static KStream<String, byte[]> addTo(StreamsBuilder builder, Settings settings, Scheduler scheduler,
            Supplier<BankHolidays> calendar, EventCodec codec) {
        Objects.requireNonNull(codec, "codec");
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCHEDULES),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE_INDEX),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(META),
                Serdes.String(), Serdes.String()));
        KStream<String, byte[]> out = builder
                .stream(settings.requestEvents(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new ScheduleProcessor(scheduler, codec, calendar, settings), SCHEDULES, DUE_INDEX,
                        META);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DIGESTS),
                Serdes.String(), Serdes.String()));
        builder.stream(settings.digestItems(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new DigestProcessor(settings), DIGESTS)
                .to(settings.deadlineEvents(), Produced.with(Serdes.String(), Serdes.ByteArray()));
        out.to((key, value, context) -> {
            Header header = context.headers().lastHeader(DESTINATION);
            return header == null ? settings.deadlineEvents() : new String(header.value(), StandardCharsets.UTF_8);
        }, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return out;
    }
}
