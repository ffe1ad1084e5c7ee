package uk.foi.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.core.request.Channel;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.CalendarChange;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.Division;
import uk.foi.events.EventCodec;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.RefusalCheck;
import uk.foi.schedule.AlertPlan;
import uk.foi.schedule.Schedule;
import uk.foi.schedule.Scheduler;

/**
 * The notifier's per-request work (issue 6): applying an input event to a schedule, the daily due check, and the
 * recomputation of a schedule after a bank holiday is proclaimed. 100,000 open requests, received over the 30 working
 * days before "today", each assigned (two events), are prepared once; each call takes the next one in turn.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class ScheduleBenchmark {

    static final int REQUESTS = 100_000;
    static final LocalDate TODAY = LocalDate.of(2023, 3, 20);

    /** The store's JSON, configured as foi-notifier's is. */
    static final ObjectMapper STORE = JsonMapper.builder().addModule(new Jdk8Module())
            .addModule(new JavaTimeModule()).addModule(EventCodec.domainModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    final EventCodec codec = EventCodec.standard();
    Scheduler scheduler;
    CalendarChange change;
    List<String> assignedEvents;
    List<Optional<Schedule>> received;
    List<Schedule> schedules;
    List<byte[]> stored;
    int next;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        BankHolidays bundled = BankHolidays.bundled();
        scheduler = new Scheduler(AlertPlan.standard(), () -> bundled);
        change = CalendarChange.between(UkCalendars.of(bundled), UkCalendars.of(withHoliday(bundled)));
        StatutoryClock statutory = new StatutoryClock(UkCalendars.of(bundled));
        FoiOffice office = new FoiOffice(statutory, RefusalCheck.standard(), Catalogue.bundled(),
                Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        Authority met = new Authority(AuthorityId.of("met-police"), "Metropolitan Police Service",
                ClockProfile.of(Regime.FOIA), CostLimitTier.OTHER_AUTHORITY, ReferenceFormat.of("01.FOI.{yy}.{seq:6}"),
                new Authority.Contact("foi@met.police.example", "PO Box 313", "FOI Manager"));
        InMemoryReferenceNumbers numbers = new InMemoryReferenceNumbers();
        assignedEvents = new ArrayList<>(REQUESTS);
        received = new ArrayList<>(REQUESTS);
        schedules = new ArrayList<>(REQUESTS);
        stored = new ArrayList<>(REQUESTS);
        var calendar = statutory.calendarFor(ClockProfile.of(Regime.FOIA));
        for (int i = 0; i < REQUESTS; i++) {
            LocalDate on = calendar.plusWorkingDays(TODAY.minusDays(45), i % 30);
            FoiOffice.Handled r = office.receive(met, new Intake(RequestId.random(), on, Channel.EMAIL,
                    "1. Stop and search records."), numbers);
            FoiOffice.Handled a = office.handle(r.request(), new Command.Assign(on, "cw." + (i % 40),
                    "team-" + (i % 8)));
            String aJson = codec.encode(a.recorded());
            Optional<Schedule> first = scheduler.onEvent(Optional.empty(), r.recorded(), TODAY).schedule();
            received.add(first);
            assignedEvents.add(aJson);
            Schedule s = scheduler.onEvent(first, a.recorded(), TODAY).schedule().orElseThrow();
            schedules.add(s);
            stored.add(STORE.writeValueAsBytes(s));
        }
    }

    static BankHolidays withHoliday(BankHolidays base) throws Exception {
        ObjectNode root = STORE.createObjectNode();
        for (Division d : Division.values()) {
            ArrayNode events = root.putObject(d.feedKey()).put("division", d.feedKey()).putArray("events");
            base.of(d).forEach(h -> events.addObject().put("title", h.title()).put("date", h.date().toString()));
            if (d == Division.ENGLAND_AND_WALES) {
                events.addObject().put("title", "Proclaimed holiday").put("date", "2023-03-27");
            }
        }
        return BankHolidays.parse(STORE.writeValueAsString(root), "benchmark");
    }

    private int next() {
        int i = next++;
        if (next == REQUESTS) {
            next = 0;
        }
        return i;
    }

    /** One input event: decode the CloudEvent and apply it to the request's schedule. */
    @Benchmark
    public Object applyEvent() {
        int i = next();
        String json = assignedEvents.get(i);
        return scheduler.onEvent(received.get(i), codec.decode(json), TODAY);
    }

    /** Reading a schedule from the store and writing it back (what the processor adds per request). */
    @Benchmark
    public Object storeRoundTrip() throws Exception {
        return STORE.writeValueAsBytes(STORE.readValue(stored.get(next()), Schedule.class));
    }

    /** The daily check of one schedule. */
    @Benchmark
    public Object dueCheck() {
        return scheduler.due(schedules.get(next()), TODAY.plusDays(10));
    }

    /** One schedule after a new bank holiday: replay its events under both calendars and move what changed. */
    @Benchmark
    public Object recalendar() {
        return scheduler.recalendar(schedules.get(next()), change, TODAY);
    }
}
