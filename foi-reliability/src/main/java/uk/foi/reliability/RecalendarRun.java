package uk.foi.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.core.request.Channel;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.embedded.KraftBroker;
import uk.foi.events.EventCodec;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.RefusalCheck;
import uk.foi.notifier.stream.NotifierTopology;
import uk.foi.schedule.AlertPlan;
import uk.foi.schedule.Scheduler;

/**
 * The one-million-schedule recalendar, measured end to end: a KRaft broker in this process, the notifier's real
 * topology on Kafka Streams (RocksDB stores, changelog topics, exactly-once), N open requests applied through
 * {@code foi.request-events}; then a bank holiday proclaimed inside every request's 20 working days, and the time
 * from the change until the last of the N {@code deadline-moved} events is committed (each schedule rewritten in
 * RocksDB and its changelog, in the same transactions).
 * <p>
 * The result replaces the section "One million schedules" of {@code docs/reliability.md}.
 * <p>
 * {@code java -cp foi-reliability.jar uk.foi.reliability.RecalendarRun <repository root> [schedules]}
 */
public final class RecalendarRun {

    private RecalendarRun() {
    }

    /**
     * @param args the repository root; optionally the number of schedules (1,000,000)
     * @throws Exception if the broker or the stream cannot start
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.uk.foi", "info");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path work = root.resolve("target/recalendar");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        FaultRun.deleteRecursively(work);
        Files.createDirectories(work);
        int port = FaultRun.freePort();
        try (KraftBroker broker = new KraftBroker(work.resolve("kafka"), port, FaultRun.freePort(),
                Map.of("num.partitions", "6", "log.segment.bytes", "268435456"))) {
            broker.start();
            String bootstrap = "localhost:" + port;
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of("in", "out", "dead", "digest").stream()
                        .map(t -> new NewTopic(t, 6, (short) 1)).toList()).all().get(60, TimeUnit.SECONDS);
            }
            // Received today (the next working day if today is not one), the day the notifier's wall clock says: their
            // 20 working days are all to come, as they are for the open requests of a real authority when a holiday is
            // proclaimed. The holiday is proclaimed two weeks after receipt and moves every deadline by a day. (Runs
            // before 2026-11-26 received every request on 2 Mar 2026: each was overdue, and a million overdue alerts,
            // sent by the ticks, competed with the recomputation being measured.)
            BankHolidays bundledHolidays = BankHolidays.bundled();
            LocalDate received = workingDayFrom(LocalDate.now(StatutoryClock.UK), bundledHolidays);
            LocalDate proclaimed = workingDayFrom(received.plusDays(14), bundledHolidays);
            System.out.printf("requests received %s, a holiday proclaimed on %s%n", received, proclaimed);
            long t0 = System.nanoTime();
            publish(bootstrap, n, received);
            double published = (System.nanoTime() - t0) / 1e9;
            System.out.printf("published %,d request events in %.1f s%n", n, published);

            AtomicReference<BankHolidays> holidays = new AtomicReference<>(bundledHolidays);
            StreamsBuilder builder = new StreamsBuilder();
            NotifierTopology.addTo(builder, new NotifierTopology.Settings("in", "out", "dead", "digest",
                    Duration.ofSeconds(1), LocalTime.of(23, 59, 59), 5), new Scheduler(AlertPlan.standard(),
                    holidays::get), holidays::get, EventCodec.standard());
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "recalendar-run");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state").toString());
            p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
            p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, THREADS);
            p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4"); // as the notifier
            p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 30_000); // as the notifier
            p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 262_144); // as the notifier
            try (KafkaStreams streams = new KafkaStreams(builder.build(), p);
                    KafkaConsumer<String, byte[]> out = FaultRun.consumer(bootstrap)) {
                t0 = System.nanoTime();
                streams.start();
                waitForLag(bootstrap, "recalendar-run", "in");
                double applied = (System.nanoTime() - t0) / 1e9;
                System.out.printf("applied %,d events (schedules in RocksDB and the changelog) in %.1f s%n", n,
                        applied);
                List<TopicPartition> parts = FaultRun.partitions(out, "out");
                out.assign(parts);
                out.seekToEnd(parts);
                parts.forEach(out::position);

                String bundled;
                try (var in = BankHolidays.class.getResourceAsStream("uk-bank-holidays.json")) {
                    bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String withHoliday = bundled.replaceFirst(
                        "(\"england-and-wales\"\\s*:\\s*\\{[^\\[]*\"events\"\\s*:\\s*\\[)",
                        "$1{\"title\":\"Proclaimed holiday\",\"date\":\"" + proclaimed
                        + "\",\"notes\":\"\",\"bunting\":true},");
                long changed = System.nanoTime();
                holidays.set(BankHolidays.parse(withHoliday, "the proclaimed holiday"));
                long moved = 0;
                while (moved < n && System.nanoTime() - changed < Duration.ofMinutes(15).toNanos()) {
                    for (ConsumerRecord<String, byte[]> r : out.poll(Duration.ofMillis(500))) {
                        if (new String(r.value(), StandardCharsets.UTF_8).contains("deadline-moved.v1")) {
                            moved++;
                        }
                    }
                }
                double seconds = (System.nanoTime() - changed) / 1e9;
                System.out.printf("RESULT: %,d of %,d schedules moved and committed in %.1f s after the calendar "
                        + "changed (%.1f us a schedule)%n", moved, n, seconds, seconds * 1e6 / Math.max(1, moved));
                report(root, n, moved, seconds, published, applied);
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    /**
     * Replaces the section of docs/reliability.md this run writes, up to the notes on earlier runs that follow it
     * ({@link #HISTORY}), which are kept.
     */
    static void report(Path root, int n, long moved, double seconds, double published, double applied)
            throws java.io.IOException {
        Path doc = root.resolve("docs/reliability.md");
        String text = Files.exists(doc) ? Files.readString(doc) : "# Reliability\n\n";
        int at = text.indexOf(SECTION);
        int history = text.indexOf(HISTORY);
        String kept = history > at && at >= 0 ? "\n" + text.substring(history) : "";
        if (at >= 0) {
            text = text.substring(0, at);
        }
        text += String.format(SECTION + "%n%nWritten by `uk.foi.reliability.RecalendarRun` (the second half of "
                + "`bash reliability/run.sh`) on %s, %d cores. A KRaft broker and the notifier's real topology "
                + "(Kafka Streams with " + THREADS + " stream thread" + (THREADS == 1 ? "" : "s")
                + ", RocksDB stores with changelogs, exactly-once) in one process; %,d open requests "
                + "applied through the request-event topic (%.0f s to publish, %.0f s to apply), each received on "
                + "the day of the run; then a bank holiday proclaimed two weeks later, inside every request's 20 "
                + "working days.%n%n"
                + "| measure | value |%n|---|---:|%n"
                + "| schedules moved (deadline-moved events committed) | %,d of %,d |%n"
                + "| from the calendar change to the last move committed | **%.1f s** |%n"
                + "| per schedule | %.0f us |%n"
                + "| target | 60 s: %s |%n%n"
                + "The time covers the tick that notices the change (every second here), reading each schedule "
                + "from RocksDB, recomputing its dates under both calendars, writing it back (store, index, "
                + "changelog) and the move event; at most %d ms of it per partition and punctuation (the notifier's "
                + "slice), so no exactly-once transaction comes near its timeout (a run with a second per partition "
                + "and Kafka Streams' default 10 s timeout was fenced twice and took 176 to 184 s).%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), n, published, applied, moved,
                n, seconds, seconds * 1e6 / Math.max(1, moved), seconds <= 60 ? "met" : "**not met**",
                NotifierTopology.Settings.DEFAULT_SLICE.toMillis());
        Files.writeString(doc, text + kept);
    }

    static final String SECTION = "## One million schedules";
    /** The heading of the notes on earlier runs, written by hand after the section and kept by each run. */
    static final String HISTORY = "### Earlier runs";
    /** Stream threads, as FOI_NOTIFIER_THREADS. */
    static final int THREADS = Integer.getInteger("threads", 2);

    static void publish(String bootstrap, int n, LocalDate received) throws Exception {
        Authority authority = new Authority(AuthorityId.of("met-police"), "Metropolitan Police Service",
                ClockProfile.of(Regime.FOIA), CostLimitTier.OTHER_AUTHORITY, ReferenceFormat.of("01.FOI.{yy}.{seq:6}"),
                new Authority.Contact("foi@met.police.example", "FOI Complaint\nPO Box 313", "FOI Manager"));
        FoiOffice office = new FoiOffice(new StatutoryClock(UkCalendars.bundled()), RefusalCheck.standard(),
                Catalogue.bundled(), Clock.fixed(received.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        RequestId template = RequestId.random();
        String templateId = template.toString();
        String json = new String(EventCodec.standard().encodeBytes(office.receive(authority, new Intake(template,
                received, Channel.EMAIL, "1. How many stop and search records in 2025?"),
                new InMemoryReferenceNumbers()).recorded()), StandardCharsets.UTF_8);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < n; i++) {
                String id = UUID.randomUUID().toString();
                producer.send(new ProducerRecord<>("in", id, json.replace(templateId, id)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /**
     * The day itself if it is a working day on the FOIA calendar (FOIA s10(6): no weekend, Christmas Day, Good Friday
     * or bank holiday anywhere in the UK), or the next that is: a holiday proclaimed on such a day moves every FOIA
     * deadline after it.
     */
    static LocalDate workingDayFrom(LocalDate day, BankHolidays holidays) {
        var foia = new StatutoryClock(UkCalendars.of(holidays)).calendarFor(ClockProfile.of(Regime.FOIA));
        while (!foia.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static void waitForLag(String bootstrap, String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (FaultRun.lag(admin, group, topic) > 0) {
                Thread.sleep(1000);
            }
        }
    }
}
