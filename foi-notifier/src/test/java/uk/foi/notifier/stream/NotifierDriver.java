package uk.foi.notifier.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import uk.foi.core.authority.Authority;
import uk.foi.core.fixtures.CoreFixtures;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.core.request.Channel;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.events.EventCodec;
import uk.foi.schedule.AlertPlan;
import uk.foi.schedule.Scheduler;

/**
 * The notifier's topology on Kafka's {@link TopologyTestDriver}, with an office (foi-core) producing real request
 * events and a wall clock the test moves a day at a time, at 08:00 UK time.
 */
final class NotifierDriver implements AutoCloseable {

    static final EventCodec CODEC = EventCodec.standard();

    /** One deadline event as it came out, with the day it came out. */
    record Out(LocalDate day, String key, JsonNode event) {
        String type() {
            return event.get("type").asText();
        }

        String data(String field) {
            JsonNode v = event.get("data").get(field);
            return v == null ? null : v.asText();
        }

        @Override
        public String toString() {
            return day + " " + type().replace("uk.foi.deadline.", "") + " due " + data("due")
                    + (data("workingDaysBefore") != null ? " (" + data("workingDaysBefore") + " before)" : "")
                    + (data("from") != null ? " from " + data("from") : "");
        }
    }

    final AtomicReference<BankHolidays> holidays = new AtomicReference<>(BankHolidays.bundled());
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> in;
    final TestOutputTopic<String, byte[]> out;
    final TestOutputTopic<String, byte[]> deadLetters;
    final MutableClock officeClock;
    final FoiOffice office;
    final Authority authority = CoreFixtures.metPolice();
    final List<Out> digests = new ArrayList<>();
    private LocalDate today;
    /** The size of the last event sent. */
    int lastSentBytes;

    NotifierDriver(Path stateDir, LocalDate start) {
        this.today = start;
        this.officeClock = MutableClock.on(start);
        this.office = CoreFixtures.office(officeClock);
        NotifierTopology.Settings settings = new NotifierTopology.Settings("foi.request-events",
                "foi.deadline-events", "foi.notifier.dead-letters", "foi.notifier.digest-items", Duration.ofMinutes(5),
                LocalTime.of(7, 0), 5, NotifierTopology.DEFAULT_MAX_EVENT_BYTES, Duration.ZERO); // one chunk a go
        StreamsBuilder builder = new StreamsBuilder();
        NotifierTopology.addTo(builder, settings, new Scheduler(AlertPlan.standard(), holidays::get),
                holidays::get, CODEC);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "foi-notifier-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(builder.build(), props, at(start));
        in = driver.createInputTopic("foi.request-events", Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        out = driver.createOutputTopic("foi.deadline-events", Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        deadLetters = driver.createOutputTopic("foi.notifier.dead-letters", Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(StatutoryClock.UK).toInstant();
    }

    LocalDate today() {
        return today;
    }

    /** Logs a request today-or-earlier and sends its event. */
    FoiRequest receive(LocalDate receivedOn) {
        return receive(authority, receivedOn);
    }

    /** Logs a request to an authority today-or-earlier and sends its event. */
    FoiRequest receive(Authority to, LocalDate receivedOn) {
        return receive(to, receivedOn, "1. How many stop and search records in 2022?");
    }

    /** Logs a request with a text to an authority today-or-earlier and sends its event. */
    FoiRequest receive(Authority to, LocalDate receivedOn, String text) {
        FoiOffice.Handled h = office.receive(to, new Intake(RequestId.random(), receivedOn, Channel.EMAIL,
                text), new InMemoryReferenceNumbers());
        send(h);
        return h.request();
    }

    /** Runs a command that must succeed, and sends its event. */
    FoiRequest handle(FoiRequest request, Command command) {
        FoiOffice.Handled h = office.handle(request, command);
        if (h.refused()) {
            throw new AssertionError(command + " refused: " + h.event());
        }
        send(h);
        return h.request();
    }

    void send(FoiOffice.Handled h) {
        byte[] bytes = CODEC.encodeBytes(h.recorded());
        lastSentBytes = bytes.length;
        in.pipeInput(h.event().requestId().toString(), bytes, at(today));
    }

    /** Moves the wall clock a day at a time to a day, collecting what comes out each day. */
    List<Out> runUntil(LocalDate last) {
        List<Out> all = new ArrayList<>(drain());
        while (today.isBefore(last)) {
            today = today.plusDays(1);
            officeClock.setDay(today);
            // 07:30 (digest parts go out at 07:00), then 08:00 (digests, five minutes' grace after 07:00)
            driver.advanceWallClockTime(Duration.between(at(today.minusDays(1)), at(today)).minusMinutes(30));
            driver.advanceWallClockTime(Duration.ofMinutes(30));
            all.addAll(drain());
        }
        return all;
    }

    /** One deadline event and the wall-clock time of the tick that sent it. */
    record Timed(Instant at, Out out) {
    }

    /**
     * Moves the wall clock in small steps (as the service's one-minute tick does) up to 08:00 on a day, through
     * every midnight on the way, the office's day following the UK date; collects what comes out with the time of
     * the step that sent it.
     */
    List<Timed> tickUntil(LocalDate day, Duration step) {
        List<Timed> all = new ArrayList<>();
        Instant now = at(today);
        Instant until = at(day);
        while (now.isBefore(until)) {
            step = Duration.between(now, until).compareTo(step) < 0 ? Duration.between(now, until) : step;
            driver.advanceWallClockTime(step);
            now = now.plus(step);
            today = LocalDate.ofInstant(now, StatutoryClock.UK);
            officeClock.setDay(today);
            for (Out o : drain()) {
                all.add(new Timed(now, o));
            }
        }
        return all;
    }

    /** Jumps the wall clock to a day in one step, as after an outage. */
    List<Out> jumpTo(LocalDate day) {
        driver.advanceWallClockTime(Duration.between(at(today), at(day)));
        today = day;
        officeClock.setDay(day);
        return drain();
    }

    /** Deadline events out since the last call, less the daily digests (kept in {@link #digests}). */
    List<Out> drain() {
        List<Out> list = new ArrayList<>();
        for (var record : out.readRecordsToList()) {
            try {
                Out o = new Out(today, record.key(), Json.MAPPER.readTree(
                        new String(record.value(), StandardCharsets.UTF_8)));
                (o.type().equals("uk.foi.deadline.digest.v1") ? digests : list).add(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }

    /** @return the size in bytes of a request's stored schedule, or -1 if none is stored */
    int storedScheduleBytes(FoiRequest request) {
        KeyValueStore<String, byte[]> store = driver.getKeyValueStore(NotifierTopology.SCHEDULES);
        byte[] bytes = store.get(request.id().toString());
        return bytes == null ? -1 : bytes.length;
    }

    @Override
    public void close() {
        driver.close();
    }
}
