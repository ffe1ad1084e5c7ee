package uk.foi.notifier.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.core.request.Recorded;
import uk.foi.deadlines.CalendarChange;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.events.EventCodec;
import uk.foi.events.deadline.TeamDigest;
import uk.foi.notifier.DeadLetter;
import uk.foi.schedule.Alert;
import uk.foi.schedule.Schedule;
import uk.foi.schedule.Scheduler;

/** Applies request events to schedules and, on each wall-clock tick, sends what has fallen due. */
final class ScheduleProcessor implements Processor<String, byte[], String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleProcessor.class);
    private static final String CALENDAR = "calendar";
    private static final String CALENDAR_VERSION = "calendar.version";
    private static final String DIGEST = "digest";
    /** The key after which the recomputation under way carries on ("" for the start); absent when none is. */
    private static final String RECALENDAR_FROM = "recalendar.from";
    /** The calendar the recomputation under way moves the schedules to. */
    private static final String RECALENDAR_TO = "recalendar.to";
    /** Schedules (or due-index entries) read from the store at a time. */
    static final int CHUNK = 500;
    // How long one punctuation works through schedules, recomputing them or sending what is due:
    // NotifierTopology.Settings.slice, 200 ms by default. With exactly-once every task of a stream thread shares one
    // transaction, which Kafka aborts if it stays open past transaction.timeout.ms
    // (FOI_NOTIFIER_TRANSACTION_TIMEOUT_MS, 30 s): a thread with six partitions, each punctuated twice in a loop (the
    // tick and the carry-on), does at most 2.4 s of this before the commit. (On a million schedules a second a task,
    // and Kafka Streams' default timeout of 10 s, fenced the producer: the tasks moved and the cursor let them carry
    // on, but each fence cost seconds; see docs/reliability.md. Wave 1 sent everything due in one tick: a million
    // backdated requests, all overdue, would have held one transaction open for most of a minute.)

    /**
     * How long a schedule that has just changed waits before its due alerts go out. Staff tools log a request and
     * assign it a moment later; without the wait, a backdated request's overdue alert could go out between the two,
     * to the FOI inbox instead of the caseworker. Held in memory only: after a restart the alerts go at the first tick.
     */
    static final long SETTLE_MS = 5_000;

    private final Scheduler scheduler;
    private final EventCodec codec;
    private final Supplier<BankHolidays> calendar;
    private final NotifierTopology.Settings settings;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> schedules;
    private KeyValueStore<String, String> index;
    private KeyValueStore<String, String> meta;
    /** Request ids changed within {@link #SETTLE_MS}, with when; pruned on every tick, so bounded by the input rate. */
    private final java.util.Map<String, Long> settling = new java.util.HashMap<>();
    /** The change between two calendars (keyed by both snapshots), parsed once while a recomputation is under way. */
    private final java.util.Map<String, CalendarChange> changes = new java.util.HashMap<>();
    /**
     * The due-index key after which the pass over today's due alerts carries on ("" for the start of a pass); null
     * when no pass is under way. In memory: after a restart the next tick starts a new pass.
     */
    private String dueFrom;
    private long recalendarStarted = System.nanoTime();
    /** Recomputed, dates moved, not recomputed: for the summary line. */
    private int[] recalendarCounts = new int[3];

    ScheduleProcessor(Scheduler scheduler, EventCodec codec, Supplier<BankHolidays> calendar,
            NotifierTopology.Settings settings) {
        this.scheduler = scheduler;
        this.codec = codec;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.schedules = context.getStateStore(NotifierTopology.SCHEDULES);
        this.index = context.getStateStore(NotifierTopology.DUE_INDEX);
        this.meta = context.getStateStore(NotifierTopology.META);
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
        context.schedule(java.time.Duration.ofMillis(100), PunctuationType.WALL_CLOCK_TIME, this::carryOn);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        if (value.length > settings.maxEventBytes()) {
            deadLetter(record, "the event has " + value.length + " bytes, more than the " + settings.maxEventBytes()
                    + " a request event may have");
            return;
        }
        Recorded recorded;
        try {
            recorded = codec.decode(value);
        } catch (RuntimeException e) {
            deadLetter(record, e.getMessage());
            return;
        }
        String id = recorded.event().requestId().toString();
        Optional<Schedule> before = load(id);
        Scheduler.Step step = scheduler.onEvent(before, recorded, today());
        if (step.ignored()) {
            LOG.debug("request {} event {} is at or below sequence {}: ignored", id, recorded.event().sequence(),
                    before.map(Schedule::sequence).orElse(0L));
            return;
        }
        if (before.isPresent() && recorded.event().sequence() > before.get().sequence() + 1) {
            LOG.info("request {}: event {} follows {}; the events between have not arrived (yet), and the newer one"
                    + " carries the whole state, so it is applied", id, recorded.event().sequence(),
                    before.get().sequence());
        }
        save(before, step);
        settling.put(id, context.currentSystemTimeMs());
    }

    /**
     * Sends a record that cannot be applied to the dead-letter topic <em>by reference</em>: where it is (topic,
     * partition, offset), its key, its size and why, never its value or headers, so the dead letter is small whatever
     * the input was, and can never itself be too large to send.
     */
    private void deadLetter(Record<String, byte[]> record, String reason) {
        var meta = context.recordMetadata();
        DeadLetter letter = DeadLetter.of(meta.map(m -> m.topic()), meta.map(m -> m.partition()),
                meta.map(m -> m.offset()), record.key(), record.value(), reason);
        LOG.warn("request event {} cannot be applied, sent to {}: {}", letter.where(), settings.deadLetters(),
                letter.reason());
        RecordHeaders headers = new RecordHeaders();
        headers.add(NotifierTopology.DESTINATION, settings.deadLetters().getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", DeadLetter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(letter.key(), letter.toJson(), record.timestamp(), headers));
    }

    /**
     * Sends what is due today, after bringing every schedule onto a changed calendar: starts a pass over the due
     * index, which {@link #sendDue} works through a slice at a time.
     */
    private void tick(long now) {
        if (recalendarIfChanged()) {
            dueFrom = null; // what is due is read again once every schedule is on the new calendar
            recalendarChunk(now); // the first slice at once; the rest every 100 ms, each in its own transaction
            if (meta.get(RECALENDAR_FROM) != null) {
                return; // alerts wait until every schedule is on the new calendar
            }
        }
        settling.values().removeIf(changed -> now - changed >= SETTLE_MS);
        dueFrom = "";
        sendDue();
        digestPartIfTime(now, today());
    }

    /** Every 100 ms: carries on with a recomputation or a pass over what is due, whichever is under way. */
    private void carryOn(long now) {
        if (meta.get(RECALENDAR_FROM) != null) {
            recalendarChunk(now);
        } else if (dueFrom != null) {
            sendDue();
        }
    }

    /**
     * Sends the alerts due today, {@value #CHUNK} index entries at a time: at least once, then while the slice lasts;
     * the 100 ms punctuation carries on with the rest, each slice in its own transaction.
     */
    private void sendDue() {
        inSlice(() -> {
            sendDueChunk(today());
            return dueFrom == null;
        });
    }

    /**
     * Reads up to {@value #CHUNK} entries of the due index after the cursor and sends each schedule's due alerts, which
     * moves its entry past today; a schedule that changed a moment ago keeps its entry and its alerts go at the next
     * tick, with what has arrived since.
     */
    private void sendDueChunk(LocalDate today) {
        String from = dueFrom;
        List<String> due = new ArrayList<>(CHUNK);
        int read = 0;
        String last = null;
        try (KeyValueIterator<String, String> it = index.range(from.isEmpty() ? "0" : from, today + "|~")) {
            while (it.hasNext() && read < CHUNK) {
                var kv = it.next();
                if (kv.key.equals(from)) {
                    continue;
                }
                read++;
                last = kv.key;
                if (!settling.containsKey(kv.value)) {
                    due.add(kv.value);
                }
            }
        }
        for (String id : due) {
            Optional<Schedule> before = load(id);
            if (before.isPresent()) {
                save(before, scheduler.due(before.get(), today));
            }
        }
        dueFrom = read == CHUNK ? last : null;
    }

    /**
     * Once a day, at the digest time, sends this partition's part of every team's digest: each live authority deadline
     * due within the next working days, keyed by team ("unassigned" for requests nobody owns yet). A partition that
     * holds no schedule yet does not count the day as done: on the first day of a new installation the requests
     * logged after the digest time still make that day's digest (wave 1 marked the day done at the first tick, before
     * any request had arrived, and the first digest came a day late).
     */
    private void digestPartIfTime(long now, LocalDate today) {
        if (Instant.ofEpochMilli(now).isBefore(today.atTime(settings.digestAt()).atZone(StatutoryClock.UK).toInstant())
                || today.toString().equals(meta.get(DIGEST))) {
            return;
        }
        java.util.Map<String, com.fasterxml.jackson.databind.node.ArrayNode> parts = new java.util.TreeMap<>();
        try (KeyValueIterator<String, byte[]> it = schedules.all()) {
            if (!it.hasNext()) {
                return;
            }
            while (it.hasNext()) {
                Schedule s = Json.schedule(it.next().value);
                for (var d : scheduler.upcoming(s, today, settings.digestDays())) {
                    parts.computeIfAbsent(s.team().orElse(TeamDigest.UNASSIGNED),
                            t -> Json.MAPPER.createArrayNode()).add(DeadlineEvents.CODEC.item(new TeamDigest.Item(
                                    s.requestId(), s.reference(), d.kind(), d.due(), d.rule(), s.assignee())));
                }
            }
        }
        parts.forEach((team, items) -> {
            var part = Json.MAPPER.createObjectNode().put("day", today.toString()).put("team", team);
            part.set("items", items);
            RecordHeaders headers = new RecordHeaders();
            headers.add(NotifierTopology.DESTINATION, settings.digestItems().getBytes(StandardCharsets.UTF_8));
            context.forward(new Record<>(team, Json.bytes(part), now, headers));
        });
        meta.put(DIGEST, today.toString());
    }

    /**
     * Compares the calendar in force with the one the schedules were computed with (its version and a snapshot are
     * kept in the meta store; only the version is compared on each tick). If the bank holidays differ, a recomputation
     * of every schedule of this partition starts: {@link #recalendarChunk} takes {@value #CHUNK} schedules at a time,
     * in key order from a cursor kept in the meta store, for at most a slice of time per punctuation (one transaction),
     * until all are done; then the new calendar is recorded. A recomputation of a million schedules in one punctuation
     * would hold one Kafka transaction open far past its timeout, be aborted and start again for ever (and hold every
     * schedule in memory); in slices each commit is small, a restart carries on from the cursor, and memory stays
     * bounded.
     *
     * @return true while a recomputation is under way (alerts then wait for it)
     */
    private boolean recalendarIfChanged() {
        if (meta.get(RECALENDAR_FROM) != null) {
            return true;
        }
        BankHolidays now = calendar.get();
        if (now.version().equals(meta.get(CALENDAR_VERSION))) {
            return false;
        }
        if (meta.get(CALENDAR) == null) { // the first calendar: nothing was computed with another
            meta.put(CALENDAR, Json.calendar(now));
            meta.put(CALENDAR_VERSION, now.version());
            return false;
        }
        meta.put(RECALENDAR_TO, Json.calendar(now));
        meta.put(RECALENDAR_FROM, "");
        recalendarStarted = System.nanoTime();
        recalendarCounts = new int[3];
        return true;
    }

    /**
     * Recomputes chunks of {@value #CHUNK} schedules after the cursor with the calendar being moved to, at least one
     * and then while the slice lasts, emitting a move for each changed date; at the end records that calendar as the
     * one the schedules are computed with.
     */
    private void recalendarChunk(long nowMs) {
        if (meta.get(RECALENDAR_FROM) != null) {
            inSlice(this::recalendarOneChunk);
        }
    }

    /**
     * Runs chunks of work in this punctuation's transaction: at least one, then more until one finishes the work or
     * the slice ({@link NotifierTopology.Settings#slice}) is over.
     *
     * @param chunk does one chunk and answers whether the work is finished
     */
    private void inSlice(java.util.function.BooleanSupplier chunk) {
        long until = System.nanoTime() + settings.slice().toNanos();
        while (!chunk.getAsBoolean() && System.nanoTime() < until) {
            // carry on with the next chunk in this transaction
        }
    }

    /** @return true when the recomputation is complete */
    private boolean recalendarOneChunk() {
        String from = meta.get(RECALENDAR_FROM);
        String oldJson = meta.get(CALENDAR);
        String targetJson = meta.get(RECALENDAR_TO);
        CalendarChange change = changes.computeIfAbsent(oldJson + targetJson, k -> CalendarChange.between(
                UkCalendars.of(BankHolidays.parse(oldJson, "the calendar the schedules were computed with")),
                UkCalendars.of(BankHolidays.parse(targetJson, "the calendar being moved to"))));
        LocalDate today = today();
        String last = null;
        List<Schedule> chunk = new ArrayList<>(CHUNK);
        try (KeyValueIterator<String, byte[]> it = from.isEmpty() ? schedules.all() : schedules.range(from, null)) {
            while (it.hasNext() && chunk.size() < CHUNK) {
                var kv = it.next();
                if (kv.key.equals(from)) {
                    continue;
                }
                chunk.add(Json.schedule(kv.value));
                last = kv.key;
            }
        }
        for (Schedule s : chunk) {
            Scheduler.Step step = scheduler.recalendar(s, change, today);
            recalendarCounts[1] += step.emitted().size();
            if (step.problem().isPresent()) {
                recalendarCounts[2]++;
                LOG.warn("bank holidays changed: {}", step.problem().get());
            }
            save(Optional.of(s), step);
        }
        recalendarCounts[0] += chunk.size();
        if (chunk.size() == CHUNK) {
            meta.put(RECALENDAR_FROM, last);
            return false;
        }
        BankHolidays old = BankHolidays.parse(oldJson, "the calendar the schedules were computed with");
        BankHolidays target = BankHolidays.parse(targetJson, "the calendar being moved to");
        meta.put(CALENDAR, targetJson);
        meta.put(CALENDAR_VERSION, target.version());
        meta.delete(RECALENDAR_TO);
        meta.delete(RECALENDAR_FROM);
        changes.clear();
        LOG.info("bank holidays changed ({} -> {}): {} schedules recomputed in {} ms, {} dates moved, {} not recomputed",
                old.version(), target.version(), recalendarCounts[0] - recalendarCounts[2],
                (System.nanoTime() - recalendarStarted) / 1_000_000, recalendarCounts[1], recalendarCounts[2]);
        return true;
    }

    private Optional<Schedule> load(String id) {
        byte[] bytes = schedules.get(id);
        return bytes == null ? Optional.empty() : Optional.of(Json.schedule(bytes));
    }

    /** Stores the schedule, moves its index entry, and forwards the step's alerts. */
    private void save(Optional<Schedule> before, Scheduler.Step step) {
        Schedule after = step.schedule().orElseThrow();
        Optional<LocalDate> was = before.flatMap(Schedule::nextFire);
        Optional<LocalDate> next = after.nextFire();
        if (was.isPresent() && !was.equals(next)) {
            index.delete(was.get() + "|" + after.requestId());
        }
        next.ifPresent(day -> index.put(day + "|" + after.requestId(), after.requestId()));
        schedules.put(after.requestId(), Json.schedule(after));
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        for (Alert a : step.emitted()) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("content-type", DeadlineEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            context.forward(new Record<>(after.requestId(), DeadlineEvents.encode(after, a, now),
                    now.toEpochMilli(), headers));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.ofEpochMilli(context.currentSystemTimeMs()), StatutoryClock.UK);
    }
}
