package uk.foi.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fault run of the reliability issue: the real services (foi-api and foi-notifier jars), PostgreSQL and a KRaft
 * broker each in its own process (foi-local's Infrastructure, one for each, so the broker can be stopped and killed
 * alone), GreenMail as the mail server; intakes and assignments through the API at a steady rate from start to end,
 * while one fault after another is injected. Then everything is drained and counted: events written (PostgreSQL),
 * published (the topic, read from the start), consumed (the notifier's committed offsets), deadline events and emails;
 * lost, duplicated, out of order; the time each fault took to recover from; the intake latency during each fault.
 * The table goes to {@code docs/reliability.md}.
 * <p>
 * {@code java -jar foi-reliability.jar <repository root> [requests] [outage seconds]}
 */
public final class FaultRun {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String AUTHORITY = "met-police";
    static final String REQUEST_TOPIC = "foi.request-events";
    static final String DEADLINE_TOPIC = "foi.deadline-events";
    static final String DEAD_LETTERS = "foi.notifier.dead-letters";
    static final String NOTIFIER_GROUP = "foi-notifier";

    final Path root;
    final Path work;
    final int requests;
    final Duration outage;
    final String secret = "reliability-" + Long.toHexString(new Random().nextLong()) + "-0123456789abcdef0123";
    final int pgPort = freePort();
    final int kafkaPort = freePort();
    final int controllerPort = freePort();
    final int apiPort = freePort();
    final int notifierPort = freePort();
    final int api2Port = freePort();
    final int notifier2Port = freePort();
    final int smtpPort = freePort();
    final String bootstrap = "localhost:" + kafkaPort;
    final String jdbc = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<Phase> phases = new ArrayList<>();
    final Map<String, Service> services = new LinkedHashMap<>();
    final Watcher deadlines = new Watcher(DEADLINE_TOPIC);
    final Watcher deadLetters = new Watcher(DEAD_LETTERS);
    final AtomicBoolean loading = new AtomicBoolean(true);
    final AtomicInteger intakes = new AtomicInteger();
    final Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
    final Random random = new Random(20231120);
    Path holidays;
    boolean stopped;

    /** One API call as the load made it: when, how long, what came back. */
    record Call(String what, long startMillis, long micros, int status) {
    }

    /** A fault and what was measured around it. */
    static final class Phase {
        final String name;
        long start;
        long faultEnd;
        long end;
        String recovery = "";
        String notes = "";

        Phase(String name) {
            this.name = name;
        }
    }

    FaultRun(Path root, int requests, Duration outage) {
        this.root = root;
        this.work = root.resolve("target/reliability");
        this.requests = requests;
        this.outage = outage;
    }

    /**
     * @param args the repository root; optionally the number of requests (1000) and the outage length in seconds (60)
     * @throws Exception if the run cannot be set up
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        FaultRun run = new FaultRun(root, requests, Duration.ofSeconds(seconds));
        Runtime.getRuntime().addShutdownHook(new Thread(run::stopAll, "stop-services")); // Ctrl-C stops the children
        int status = 1;
        try {
            status = run.run();
        } finally {
            run.stopAll();
        }
        System.exit(status);
    }

    int run() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work.resolve("logs"));
        holidays = work.resolve("bank-holidays.json");
        Files.copy(root.resolve("foi-deadlines/src/main/resources/uk/foi/deadlines/calendar/uk-bank-holidays.json"),
                holidays);
        smtp.start();
        startInfrastructure();
        start("api");
        start("notifier");
        await("the API", Duration.ofMinutes(3), () -> healthy(apiPort));
        await("the notifier", Duration.ofMinutes(3), () -> healthy(notifierPort));
        call("PUT", "/authorities/" + AUTHORITY, "admin", """
                {"name": "Reliability Borough Council", "regime": "FOIA", "costLimit": "OTHER_AUTHORITY",
                 "referenceFormat": "RB-{yy}-{seq:6}", "foiEmail": "foi@rb.example",
                 "complaintsAddress": "FOI Complaints\\nTown Hall", "signatory": "FOI Manager"}""");
        deadlines.start();
        deadLetters.start();

        long gap = plannedSeconds() * 1_000_000_000L / requests;
        ExecutorService load = Executors.newFixedThreadPool(4);
        Thread pacer = new Thread(() -> pace(load, gap), "pacer");
        pacer.start();

        sleep(Duration.ofSeconds(20)); // warm-up: the services' first calls (class loading, JIT) are in no phase
        phase("baseline", () -> sleep(Duration.ofSeconds(30)), null);
        phase("broker stopped (SIGTERM) for " + outage.toSeconds() + " s", () -> {
            services.get("kafka").stop(false);
            sleep(outage);
        }, () -> services.get("kafka").start());
        phase("broker killed (kill -9) for " + outage.toSeconds() + " s", () -> {
            services.get("kafka").stop(true);
            sleep(outage);
        }, () -> services.get("kafka").start());
        phase("notifier killed (kill -9) three times", () -> {
            for (int i = 0; i < 3; i++) {
                services.get("notifier").stop(true);
                services.get("notifier").start();
                await("the notifier", Duration.ofMinutes(2), () -> healthy(notifierPort));
                sleep(Duration.ofSeconds(5));
            }
        }, null);
        phase("API killed (kill -9) mid-intake", () -> {
            services.get("api").stop(true);
            sleep(Duration.ofSeconds(2));
        }, () -> services.get("api").start());
        phase("a second API and a second notifier join; then the first notifier leaves", () -> {
            services.get("api2").start();
            services.get("notifier2").start();
            await("the second API", Duration.ofMinutes(3), () -> healthy(api2Port));
            await("the second notifier", Duration.ofMinutes(3), () -> healthy(notifier2Port));
            sleep(Duration.ofSeconds(20)); // two relays share the outbox lanes; the partitions are split
            services.get("notifier").stop(false);
            sleep(Duration.ofSeconds(20)); // the second notifier has every partition
        }, () -> {
            services.get("notifier").start();
            await("the notifier", Duration.ofMinutes(3), () -> healthy(notifierPort));
            services.get("notifier2").stop(false);
            services.get("api2").stop(false);
        });
        phase("bank holiday added", this::addBankHoliday, null);
        phase("20 hostile records published", this::publishHostileRecords, null);
        while (intakes.get() < requests) {
            sleep(Duration.ofSeconds(1));
        }
        loading.set(false);
        pacer.join();
        load.shutdown();
        load.awaitTermination(1, TimeUnit.MINUTES);
        Phase tail = phases.get(phases.size() - 1);
        tail.end = System.currentTimeMillis();

        await("the outbox to drain", Duration.ofMinutes(5), () -> unsent() == 0);
        await("the notifier to consume everything", Duration.ofMinutes(5), () -> notifierLag() == 0);
        sleep(Duration.ofSeconds(30)); // alerts settle (5 s) and go at the next tick; mail retries finish
        return report();
    }

    /** The seconds of load planned: every phase's length, so the requests are spread over the whole run. */
    long plannedSeconds() {
        return 20 + 40 + 2 * (outage.toSeconds() + 40) + 90 + 40 + 90 + 60 + 30;
    }

    /** Starts an intake (then an assignment) every gap nanoseconds on the pool until the run ends. */
    void pace(ExecutorService pool, long gap) {
        long next = System.nanoTime();
        while (loading.get()) {
            next += gap;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleep(Duration.ofNanos(wait));
            }
            pool.execute(this::oneRequest);
        }
    }

    void oneRequest() {
        int n = intakes.incrementAndGet();
        LocalDate received = LocalDate.now().minusDays(random.nextInt(45));
        String body = "{\"receivedOn\":\"" + received + "\",\"channel\":\"EMAIL\",\"text\":\"1. How many "
                + "requests did you log in week " + n + "?\\n2. How many were late?\",\"requester\":"
                + "{\"name\":\"Reliability requester " + n + "\",\"email\":\"r" + n + "@example.org\"}}";
        Answer intake = timed("intake", "POST", "/requests", "caseworker", body);
        if (intake.status() != 201) {
            return;
        }
        String id = intake.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        acceptedIds.add(id);
        timed("assign", "POST", "/requests/" + id + "/assignment", "caseworker",
                "{\"on\":\"" + LocalDate.now() + "\",\"assignee\":\"cw." + (n % 7) + "\",\"team\":\"team-"
                        + (n % 3) + "\"}");
    }

    /** What an API call answered: its status (0 if nothing came back) and body. */
    record Answer(int status, String body) {
    }

    /** Makes an API call, recording when it started, how long it took and its status. */
    Answer timed(String what, String method, String path, String role, String body) {
        long start = System.currentTimeMillis();
        long t0 = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> r = http.send(request(method, path, role, body).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            answer = new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(0, "");
        }
        calls.add(new Call(what, start, (System.nanoTime() - t0) / 1_000, answer.status()));
        return answer;
    }

    /** Runs a fault, then its end, and measures how long the system takes to catch up afterwards. */
    void phase(String name, Runnable fault, Runnable end) {
        Phase p = new Phase(name);
        if (!phases.isEmpty()) {
            phases.get(phases.size() - 1).end = System.currentTimeMillis();
        }
        phases.add(p);
        System.out.println("fault run: " + name);
        p.start = System.currentTimeMillis();
        fault.run();
        if (end != null) {
            end.run();
        }
        p.faultEnd = System.currentTimeMillis();
        long t0 = System.nanoTime();
        boolean caughtUp = awaitQuietly(Duration.ofMinutes(3), () -> healthy(apiPort) && healthy(notifierPort)
                && unsent() == 0 && notifierLag() == 0);
        p.recovery = caughtUp ? String.format("%.1f s", (System.nanoTime() - t0) / 1e9) : "not within 3 min";
        sleep(Duration.ofSeconds(10));
    }

    void addBankHoliday() {
        // A holiday proclaimed for a working day two weeks from now (BFDA 1971 s1(3)), in every UK division.
        LocalDate day = LocalDate.now().plusDays(14);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        try {
            ObjectNode all = (ObjectNode) JSON.readTree(holidays.toFile());
            for (JsonNode division : all) {
                ObjectNode h = ((ArrayNode) division.get("events")).addObject();
                h.put("title", "Reliability proclaimed holiday").put("date", day.toString()).put("notes", "")
                        .put("bunting", true);
            }
            Path temp = holidays.resolveSibling("bank-holidays.json.tmp");
            JSON.writeValue(temp.toFile(), all);
            Files.move(temp, holidays, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long before = deadlines.count(e -> e.path("type").asText().endsWith("deadline-moved.v1"));
        awaitQuietly(Duration.ofSeconds(90), () -> deadlines.count(e -> e.path("type").asText()
                .endsWith("deadline-moved.v1")) > before);
        sleep(Duration.ofSeconds(15));
        phases.get(phases.size() - 1).notes = "holiday on " + day + "; " + (deadlines.count(e -> e.path("type")
                .asText().endsWith("deadline-moved.v1")) - before) + " deadline-moved events";
    }

    void publishHostileRecords() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "2000000");
        List<byte[]> hostile = new ArrayList<>();
        hostile.add("not json".getBytes(StandardCharsets.UTF_8));
        hostile.add("{\"specversion\":\"1.0\"".getBytes(StandardCharsets.UTF_8));
        hostile.add("[]".getBytes(StandardCharsets.UTF_8));
        hostile.add("null".getBytes(StandardCharsets.UTF_8));
        hostile.add(new byte[0]);
        hostile.add(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        hostile.add(("{\"specversion\":\"1.0\",\"type\":\"uk.foi.request.unknown.v9\",\"id\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8));
        hostile.add(("{\"specversion\":\"0.3\",\"type\":\"uk.foi.request.received.v2\"}")
                .getBytes(StandardCharsets.UTF_8));
        hostile.add(("{\"pad\":\"" + "x".repeat(1_048_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        hostile.add(("{\"pad\":\"" + "y".repeat(950_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        while (hostile.size() < 20) {
            hostile.add(("{\"specversion\":\"1.0\",\"type\":\"uk.foi.request.received.v2\",\"data\":{\"n\":"
                    + hostile.size() + "}}").getBytes(StandardCharsets.UTF_8));
        }
        long before = deadLetters.count(e -> true);
        int sent = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] v : hostile) {
                try {
                    producer.send(new ProducerRecord<>(REQUEST_TOPIC, "hostile-" + sent, v)).get(30, TimeUnit.SECONDS);
                    sent++;
                } catch (Exception e) {
                    System.out.println("fault run: the broker refused a hostile record (" + v.length + " bytes): "
                            + e.getMessage());
                }
            }
        }
        final int published = sent;
        awaitQuietly(Duration.ofSeconds(60), () -> deadLetters.count(e -> true) - before >= published);
        phases.get(phases.size() - 1).notes = published + " published, " + (deadLetters.count(e -> true) - before)
                + " dead-lettered by reference; notifier " + (healthy(notifierPort) ? "healthy" : "NOT healthy");
    }

    // ---------------------------------------------------------------------------------------------- the report

    int report() throws Exception {
        Map<String, Long> written = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT request_id, sequence FROM request_event")) {
            while (r.next()) {
                written.put(r.getString(1) + "#" + r.getLong(2), 0L);
            }
        }
        Map<String, List<Long>> publishedOrder = new HashMap<>();
        Map<String, Integer> publishedCount = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(REQUEST_TOPIC)) {
            JsonNode e;
            try {
                e = JSON.readTree(r.value());
            } catch (IOException | RuntimeException ex) {
                continue; // a hostile record
            }
            if (e == null || !e.has("foisequence") || !e.has("subject")) {
                continue;
            }
            String key = e.get("subject").asText() + "#" + e.get("foisequence").asLong();
            publishedCount.merge(key, 1, Integer::sum);
            publishedOrder.computeIfAbsent(e.get("subject").asText(), k -> new ArrayList<>())
                    .add(e.get("foisequence").asLong());
        }
        long lost = written.keySet().stream().filter(k -> !publishedCount.containsKey(k)).count();
        long duplicated = publishedCount.values().stream().filter(n -> n > 1).count();
        long outOfOrder = publishedOrder.values().stream().filter(FaultRun::outOfOrder).count();
        long notWritten = publishedCount.keySet().stream().filter(k -> !written.containsKey(k)).count();
        long missingRequests = acceptedIds.stream().filter(id -> written.keySet().stream()
                .noneMatch(k -> k.startsWith(id + "#"))).count();

        List<JsonNode> alerts = deadlines.all();
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byMeaning = new HashMap<>();
        Set<String> urgentIds = new HashSet<>();
        for (JsonNode a : alerts) {
            byId.merge(a.path("id").asText(), 1, Integer::sum);
            JsonNode d = a.path("data");
            byMeaning.merge(a.path("subject").asText() + "|" + a.path("type").asText() + "|" + d.path("due").asText()
                    + "|" + d.path("workingDaysBefore").asText() + d.path("repeat").asText() + "|"
                    + d.path("from").asText() + "|" + d.path("day").asText(), 1, Integer::sum);
            if (d.path("urgent").asBoolean(false) || a.path("type").asText().endsWith("digest.v1")) {
                urgentIds.add(a.path("id").asText());
            }
        }
        long alertDupById = byId.values().stream().filter(n -> n > 1).count();
        long alertDupByMeaning = byMeaning.values().stream().filter(n -> n > 1).count();
        // GreenMail keeps one copy per recipient: a mail is duplicated if an event has more copies than addressees.
        Map<String, Integer> mailed = new HashMap<>();
        Map<String, Integer> addressees = new HashMap<>();
        Pattern eventLine = Pattern.compile("foi-notifier; (?:event|digest) ([0-9a-f-]{36})");
        for (MimeMessage m : smtp.getReceivedMessages()) {
            Matcher matcher = eventLine.matcher(GreenMailUtil.getBody(m));
            if (matcher.find()) {
                mailed.merge(matcher.group(1), 1, Integer::sum);
                addressees.put(matcher.group(1), m.getAllRecipients().length);
            }
        }
        long mailsLost = urgentIds.stream().filter(id -> !mailed.containsKey(id)).count();
        long mailsDup = mailed.entrySet().stream().filter(e -> e.getValue() > addressees.get(e.getKey())).count();
        long consumedLag = notifierLag();

        List<Long> normal = latencies(phases.get(0).start, phases.get(0).end);
        StringBuilder md = new StringBuilder();
        md.append("# Reliability: the fault run\n\n")
                .append("Written by `bash reliability/run.sh` (`uk.foi.reliability.FaultRun`) on ")
                .append(LocalDate.now()).append(", on this repository's machine (").append(Runtime.getRuntime()
                        .availableProcessors()).append(" cores). The real services (the foi-api and foi-notifier jars),")
                .append(" the embedded PostgreSQL and an in-process KRaft broker, each in its own process; GreenMail")
                .append(" as the mail server. ").append(intakes.get()).append(" intakes (each followed by an ")
                .append("assignment) at a steady rate from the first phase to the last, while the faults below ")
                .append("were injected one after another, after 20 s of warm-up that no phase counts. Recovery is the time from the end of a fault until the ")
                .append("API and the notifier are healthy, the outbox is empty and the notifier has consumed ")
                .append("everything published.\n\n");
        md.append("## Totals\n\n| measure | count |\n|---|---:|\n")
                .append(row("intakes accepted (201)", acceptedIds.size()))
                .append(row("request events written (PostgreSQL)", written.size()))
                .append(row("request events published (distinct, on `foi.request-events`)", publishedCount.size()))
                .append(row("request events consumed: the notifier's lag at the end", consumedLag))
                .append(row("**lost** (written, never published)", lost))
                .append(row("**duplicated** on the topic (same request and sequence twice)", duplicated))
                .append(row("**out of order** (requests whose sequence numbers went backwards)", outOfOrder))
                .append(row("published but never written", notWritten))
                .append(row("accepted intakes with no event stored", missingRequests))
                .append(row("deadline events", alerts.size()))
                .append(row("**duplicate deadline events** by id", alertDupById))
                .append(row("**duplicate deadline events** by request, kind, date and lead", alertDupByMeaning))
                .append(row("urgent alerts and digests (to be mailed)", urgentIds.size()))
                .append(row("emails received (distinct events)", mailed.size()))
                .append(row("**emails lost** (urgent events never mailed)", mailsLost))
                .append(row("**emails duplicated**", mailsDup))
                .append("\n");
        md.append("## Per fault\n\n| fault | intakes | failed calls | intake p50 / p99 | recovery | notes |\n")
                .append("|---|---:|---:|---|---|---|\n");
        for (Phase p : phases) {
            List<Long> l = latencies(p.start, p.end);
            long failed = calls.stream().filter(c -> c.startMillis() >= p.start && c.startMillis() < p.end)
                    .filter(c -> c.status() == 0 || c.status() >= 500).count();
            md.append("| ").append(p.name).append(" | ").append(l.size()).append(" | ").append(failed).append(" | ")
                    .append(ms(percentile(l, 50))).append(" / ").append(ms(percentile(l, 99))).append(" | ")
                    .append(p.recovery).append(" | ").append(p.notes).append(" |\n");
        }
        long p99normal = percentile(normal, 99);
        md.append("\n## Against the targets\n\n");
        boolean ok = lost == 0 && duplicated == 0 && outOfOrder == 0 && alertDupById == 0 && mailsDup == 0
                && mailsLost == 0 && consumedLag == 0;
        md.append("- 0 lost, 0 duplicated, 0 out of order: ").append(lost == 0 && duplicated == 0 && outOfOrder == 0
                ? "met" : "**not met**").append('\n');
        md.append("- 0 duplicate alerts and emails, none lost: ").append(alertDupById == 0 && mailsDup == 0
                && mailsLost == 0 ? "met" : "**not met**").append('\n');
        for (Phase p : phases.subList(1, 3)) {
            long p99 = percentile(latencies(p.start, p.faultEnd), 99);
            md.append("- intake p99 during \"").append(p.name).append("\" within 2 x normal (").append(ms(p99normal))
                    .append("): ").append(ms(p99)).append(p99 <= 2 * Math.max(p99normal, 1) ? ", met" : ", **not met**")
                    .append('\n');
        }
        md.append("- recovery within 30 s of each fault's end: ").append(phases.stream().allMatch(p ->
                p.recovery.endsWith(" s") && Double.parseDouble(p.recovery.replace(" s", "")) <= 30) ? "met"
                : "**not met** (see the table)").append("\n\n");
        md.append("Logs of the run: `target/reliability/logs`.\n\n");
        Path doc = root.resolve("docs/reliability.md");
        String kept = Files.exists(doc) ? Files.readString(doc) : "";
        int section = kept.indexOf(RecalendarRun.SECTION);
        Files.writeString(doc, md + (section >= 0 ? kept.substring(section) : ""));
        System.out.println(md);
        return ok ? 0 : 1;
    }

    static boolean outOfOrder(List<Long> sequences) {
        long last = 0;
        Set<Long> seen = new HashSet<>();
        for (long s : sequences) {
            if (!seen.add(s)) {
                continue; // a duplicate is counted apart
            }
            if (s < last) {
                return true;
            }
            last = s;
        }
        return false;
    }

    List<Long> latencies(long from, long to) {
        List<Long> l = new ArrayList<>();
        for (Call c : calls) {
            if (c.what().equals("intake") && c.status() == 201 && c.startMillis() >= from && c.startMillis() < to) {
                l.add(c.micros());
            }
        }
        Collections.sort(l);
        return l;
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0
                * sorted.size()) - 1));
    }

    static String ms(long micros) {
        return String.format("%.0f ms", micros / 1000.0);
    }

    static String row(String what, long n) {
        return "| " + what + " | " + n + " |\n";
    }

    // ---------------------------------------------------------------------------------------------- processes

    /** A child process the run can stop (SIGTERM), kill (SIGKILL) and start again. */
    final class Service {
        final String name;
        final List<String> command;
        final Map<String, String> env;
        Process process;

        Service(String name, List<String> command, Map<String, String> env) {
            this.name = name;
            this.command = command;
            this.env = env;
        }

        void start() {
            try {
                ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("logs/" + name + ".log")
                                .toFile()));
                b.environment().putAll(env);
                process = b.start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start " + name, e);
            }
        }

        void stop(boolean kill) {
            if (process == null || !process.isAlive()) {
                return;
            }
            if (kill) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            try {
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void startInfrastructure() throws Exception {
        String local = root.resolve("foi-local/target/foi-local.jar").toString();
        Map<String, String> pgEnv = Map.of("FOI_KAFKA_BOOTSTRAP", "unused:1", "FOI_PG_PORT", "" + pgPort);
        Service pg = new Service("postgres", List.of("java", "-cp", local, "uk.foi.local.Infrastructure",
                work.resolve("pg").toString()), pgEnv);
        Map<String, String> kafkaEnv = Map.of("FOI_JDBC_URL", "jdbc:unused", "FOI_KAFKA_PORT", "" + kafkaPort,
                "FOI_KAFKA_CONTROLLER_PORT", "" + controllerPort);
        Service kafka = new Service("kafka", List.of("java", "-Xmx1g", "-cp", local, "uk.foi.local.Infrastructure",
                work.resolve("kafka").toString()), kafkaEnv);
        services.put("postgres", pg);
        services.put("kafka", kafka);
        pg.start();
        kafka.start();
        await("PostgreSQL", Duration.ofMinutes(2), () -> Files.exists(work.resolve("pg/local.env")));
        await("Kafka", Duration.ofMinutes(2), () -> Files.exists(work.resolve("kafka/local.env")));
        Map<String, String> common = new HashMap<>();
        common.put("FOI_KAFKA_BOOTSTRAP", bootstrap);
        common.put("FOI_BANK_HOLIDAYS", holidays.toString());
        common.put("FOI_BANK_HOLIDAYS_POLL", "5s");
        Map<String, String> api = new HashMap<>(common);
        api.put("FOI_JDBC_URL", jdbc);
        api.put("FOI_JDBC_USER", "postgres");
        api.put("FOI_JDBC_PASSWORD", "postgres");
        api.put("FOI_JWT_SECRET", secret);
        api.put("FOI_API_PORT", "" + apiPort);
        services.put("api", new Service("api", List.of("java", "-Xmx768m", "-jar",
                root.resolve("foi-api/target/foi-api-0.1.0-SNAPSHOT.jar").toString()), api));
        Map<String, String> notifier = new HashMap<>(common);
        notifier.put("FOI_NOTIFIER_PORT", "" + notifierPort);
        notifier.put("FOI_NOTIFIER_STATE_DIR", work.resolve("notifier-state").toString());
        notifier.put("FOI_NOTIFIER_TICK", "2s");
        notifier.put("FOI_MAIL_BACKOFF", "500ms");
        notifier.put("FOI_MAIL_API_BASE", "http://localhost:" + apiPort);
        notifier.put("FOI_MAIL_ASSIGNEE_ADDRESS", "{assignee}@rb.example");
        notifier.put("FOI_MAIL_TEAM_ADDRESS", "{team}@rb.example");
        notifier.put("JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST", "127.0.0.1");
        notifier.put("JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT", "" + smtpPort);
        services.put("notifier", new Service("notifier", List.of("java", "-Xmx768m", "-jar",
                root.resolve("foi-notifier/target/foi-notifier-0.1.0-SNAPSHOT.jar").toString()), notifier));
        Map<String, String> api2 = new HashMap<>(api);
        api2.put("FOI_API_PORT", "" + api2Port);
        services.put("api2", new Service("api2", services.get("api").command, api2));
        Map<String, String> notifier2 = new HashMap<>(notifier);
        notifier2.put("FOI_NOTIFIER_PORT", "" + notifier2Port);
        notifier2.put("FOI_NOTIFIER_STATE_DIR", work.resolve("notifier2-state").toString());
        services.put("notifier2", new Service("notifier2", services.get("notifier").command, notifier2));
    }

    void start(String name) {
        services.get(name).start();
    }

    synchronized void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        loading.set(false);
        deadlines.stop();
        deadLetters.stop();
        List<Service> all = new ArrayList<>(services.values());
        Collections.reverse(all);
        for (Service s : all) {
            s.stop(false);
        }
        smtp.stop();
    }

    // ---------------------------------------------------------------------------------------------- Kafka and SQL

    /** Follows a topic from its start in the background, keeping every record's JSON (null if unreadable). */
    final class Watcher {
        final String topic;
        final List<JsonNode> seen = new CopyOnWriteArrayList<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        Thread thread;

        Watcher(String topic) {
            this.topic = topic;
        }

        void start() {
            thread = new Thread(() -> {
                while (running.get()) {
                    try (KafkaConsumer<String, byte[]> c = consumer()) {
                        List<TopicPartition> parts = partitions(c, topic);
                        c.assign(parts);
                        c.seekToBeginning(parts);
                        seen.clear();
                        while (running.get()) {
                            for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                                try {
                                    seen.add(JSON.readTree(r.value()));
                                } catch (IOException | RuntimeException e) {
                                    seen.add(JSON.createObjectNode());
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        sleep(Duration.ofSeconds(1)); // the broker is away: read again from the start
                    }
                }
            }, "watch-" + topic);
            thread.setDaemon(true);
            thread.start();
        }

        long count(java.util.function.Predicate<JsonNode> which) {
            return seen.stream().filter(which).count();
        }

        List<JsonNode> all() {
            return List.copyOf(seen);
        }

        void stop() {
            running.set(false);
        }
    }

    KafkaConsumer<String, byte[]> consumer() {
        return consumer(bootstrap);
    }

    /** A reader of committed records that keeps no offsets; it can take the largest record the tests publish. */
    static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "2000000");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> c, String topic) {
        return c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            List<TopicPartition> parts = partitions(c, topic);
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < until && parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    long unsent() {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM outbox WHERE sent_at IS NULL")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The notifier's consumer lag on the request events, or MAX_VALUE if the broker cannot say. */
    long notifierLag() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000", AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                "5000"))) {
            return lag(admin, NOTIFIER_GROUP, REQUEST_TOPIC);
        } catch (Exception e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * How many committed records of a topic a consumer group has not yet committed offsets past.
     *
     * @param admin a client of the broker
     * @param group the consumer group (for Kafka Streams, its application id)
     * @param topic the topic
     * @return the lag summed over the topic's partitions
     * @throws Exception if the broker does not answer within 10 s
     */
    static long lag(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest,
                new org.apache.kafka.clients.admin.ListOffsetsOptions(
                        org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    // ---------------------------------------------------------------------------------------------- HTTP and time

    boolean healthy(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String call(String method, String path, String role, String body) throws Exception {
        HttpResponse<String> r = http.send(request(method, path, role, body).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    HttpRequest.Builder request(String method, String path, String role, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + apiPort + path))
                .header("Authorization", "Bearer " + token(role)).header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
    }

    /** The HS256 token foi-api accepts from ./foi up's key (see foi-local's Demo). */
    String token(String role) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"reliability." + role + "\",\"authority\":\"" + AUTHORITY
                + "\",\"roles\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 86400) + "}")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return header + "." + claims + "." + b64.encodeToString(mac.doFinal((header + "." + claims)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, Duration within, BooleanSupplier ready) {
        if (!awaitQuietly(within, ready)) {
            throw new IllegalStateException(what + " was not ready within " + within.toSeconds() + " s");
        }
    }

    static boolean awaitQuietly(Duration within, BooleanSupplier ready) {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (ready.getAsBoolean()) {
                return true;
            }
            sleep(Duration.ofMillis(250));
        }
        return ready.getAsBoolean();
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
