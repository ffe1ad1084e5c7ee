package uk.foi.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.foi.deadlines.AuthorityPolicy;
import uk.foi.deadlines.AuthorityType;
import uk.foi.deadlines.ClockEvent;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Deadline;
import uk.foi.deadlines.ReceiptRule;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.deadlines.SchoolDays;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.WorkingDays;
import uk.foi.deadlines.calendar.CalendarDataException;
import uk.foi.deadlines.calendar.Division;

/** {@code foi due}: one response date from options, or many dates from CSV on standard input. */
@Command(name = "due", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the statutory due date (ISO yyyy-MM-dd).",
            "With --csv, read 'id,regime,event,start_date' rows on standard input and write 'id,due_date'.",
            "An optional fifth column, 'received', gives the date of receipt: review-request then follows FOISA"
                    + " s20(5) (from the expiry of the time for compliance when the response was on time).",
            "CSV events: response, review-request, review, review-target, review-max, appeal, pit-extended, eir-extended,"
                    + " sar."})
final class DueCommand implements Callable<Integer> {

    static final String CSV_HEADER = "id,regime,event,start_date";
    static final String CSV_HEADER_WITH_RECEIPT = CSV_HEADER + ",received";

    private final InputStream in;

    @Spec
    CommandSpec spec;

    @Option(names = "--regime", converter = Converters.RegimeConverter.class,
            description = "FOIA, EIR, FOISA, EISR or SAR.")
    Regime regime;

    @Option(names = "--received", paramLabel = "DATE", description = "The day the request was received.")
    LocalDate received;

    @Option(names = "--clarified", paramLabel = "DATE",
            description = "The day clarification was received: the clock restarts (FOIA s1(3), s10(6)).")
    LocalDate clarified;

    @Option(names = "--fee-notice", paramLabel = "DATE", description = "The day a fees notice was given (with --fee-paid).")
    LocalDate feeNotice;

    @Option(names = "--fee-paid", paramLabel = "DATE",
            description = "The day the fee was received: notice to payment is disregarded (FOIA s10(2)).")
    LocalDate feePaid;

    @Option(names = "--extension-days", paramLabel = "N",
            description = "FOIA s10(3) public interest extension: N further working days.")
    Integer extensionDays;

    @Option(names = "--complex-and-voluminous",
            description = "EIR/EISR reg 7: the request is complex and voluminous (40 working days).")
    boolean complexAndVoluminous;

    @Option(names = "--authority-type", converter = Converters.AuthorityTypeConverter.class,
            description = "school, archives, armed-forces or overseas (FOIA, SI 2004/3364).")
    AuthorityType authorityType = AuthorityType.STANDARD;

    @Option(names = "--school-terms", paramLabel = "FILE",
            description = "For --authority-type school: lines 'term,FROM,TO' and 'closed,DATE'.")
    Path schoolTerms;

    @Option(names = "--receipt-rule", converter = Converters.ReceiptRuleConverter.class,
            description = "literal (default, ICO) or next-working-day (Code of Practice para 4.2).")
    ReceiptRule receiptRule = ReceiptRule.LITERAL;

    @Option(names = "--nation", defaultValue = "england-and-wales", converter = Converters.DivisionConverter.class,
            description = "The authority's division, for SAR: ${DEFAULT-VALUE}.")
    Division nation;

    @Option(names = "--explain", description = "Print the working after the date.")
    boolean explain;

    @Option(names = "--csv", description = "Batch mode: CSV on standard input, CSV on standard output.")
    boolean csv;

    @Mixin
    Foi.HolidaySource source;

    DueCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        StatutoryClock clock = new StatutoryClock(source.calendars());
        return csv ? batch(clock) : single(clock);
    }

    private int single(StatutoryClock clock) {
        if (regime == null || received == null) {
            throw new ParameterException(spec.commandLine(), "--regime and --received are required (or use --csv)");
        }
        if ((feeNotice == null) != (feePaid == null)) {
            throw new ParameterException(spec.commandLine(), "--fee-notice and --fee-paid go together: while the fee"
                    + " is unpaid the clock is paused and there is no due date yet");
        }
        ClockProfile profile = new ClockProfile(regime, authorityType, nation,
                AuthorityPolicy.DEFAULT.withReceiptRule(receiptRule), schoolDays());
        List<ClockEvent> events = new ArrayList<>();
        events.add(new ClockEvent.RequestReceived(received));
        if (clarified != null) {
            events.add(new ClockEvent.ClarificationSought(received));
            events.add(new ClockEvent.ClarificationReceived(clarified));
        }
        if (feeNotice != null) {
            events.add(new ClockEvent.FeesNoticeGiven(feeNotice));
            events.add(new ClockEvent.FeeReceived(feePaid));
        }
        LocalDate restart = clarified != null ? clarified : received;
        if (extensionDays != null) {
            events.add(new ClockEvent.ExtendedForPublicInterest(restart, WorkingDays.of(extensionDays)));
        }
        if (complexAndVoluminous) {
            events.add(new ClockEvent.ExtendedAsComplexAndVoluminous(restart));
        }
        RequestTimeline timeline = new RequestTimeline("cli", profile, events);
        Deadline deadline = clock.responseDue(timeline, restart);
        PrintWriter out = spec.commandLine().getOut();
        out.println(deadline.due());
        if (explain) {
            out.println();
            out.print(deadline.render());
        }
        return 0;
    }

    private Optional<SchoolDays> schoolDays() {
        if (schoolTerms == null) {
            if (authorityType == AuthorityType.SCHOOL) {
                throw new ParameterException(spec.commandLine(), "--authority-type school needs --school-terms FILE:"
                        + " the 20th school day may come before the 60th working day");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(SchoolDays.parse(Files.readString(schoolTerms, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + schoolTerms + ": " + e.getMessage(), e);
        }
    }

    private int batch(StatutoryClock clock) {
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String header = reader.readLine();
            String given = header == null ? "" : header.replace("\uFEFF", "").trim();
            boolean withReceipt = given.equalsIgnoreCase(CSV_HEADER_WITH_RECEIPT);
            if (!withReceipt && !given.equalsIgnoreCase(CSV_HEADER)) {
                throw new IllegalArgumentException("CSV must start with the header '" + CSV_HEADER + "' (or '"
                        + CSV_HEADER_WITH_RECEIPT + "')");
            }
            out.println("id,due_date");
            int rows = 0;
            int errors = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                String id = line.contains(",") ? line.substring(0, line.indexOf(',')) : line;
                String result;
                try {
                    List<String> cells = Csv.split(line);
                    id = cells.get(0);
                    result = dueFor(clock, cells, withReceipt).toString();
                } catch (IllegalArgumentException | DateTimeException | CalendarDataException e) {
                    result = "ERROR: " + e.getMessage();
                    errors++;
                }
                out.println(Csv.quote(id) + "," + Csv.quote(result));
            }
            spec.commandLine().getErr().println("foi: " + rows + " rows, " + errors + " errors");
            // Every row is written; the exit code still tells a script that some failed.
            return errors == 0 ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDate dueFor(StatutoryClock clock, List<String> cells, boolean withReceipt) {
        int expected = withReceipt ? 5 : 4;
        if (cells.size() != expected && !(withReceipt && cells.size() == 4)) {
            throw new IllegalArgumentException("expected " + expected + " cells (" + (withReceipt
                    ? CSV_HEADER_WITH_RECEIPT : CSV_HEADER) + "), found " + cells.size());
        }
        Optional<LocalDate> receivedOn;
        try {
            receivedOn = cells.size() == 5 && !cells.get(4).isBlank() ? Optional.of(Converters.date(cells.get(4)))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("received " + e.getMessage(), e);
        }
        Regime rowRegime = Regime.parse(cells.get(1));
        String event = cells.get(2).trim().toLowerCase(Locale.ROOT);
        LocalDate start;
        try {
            start = Converters.date(cells.get(3));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("start_date " + e.getMessage(), e);
        }
        ClockProfile profile = ClockProfile.of(rowRegime).withNation(nation)
                .withPolicy(AuthorityPolicy.DEFAULT.withReceiptRule(receiptRule));
        if (rowRegime == Regime.SAR && !event.equals("sar") && !event.equals("response")) {
            throw new IllegalArgumentException("regime SAR takes event sar (or response), not " + event);
        }
        RequestTimeline request = RequestTimeline.received(cells.get(0), profile, start);
        return switch (event) {
            case "response" -> clock.responseDue(request, start).due();
            case "review-request" -> receivedOn.map(r -> clock.reviewRequestWindow(profile, start,
                    clock.responseDue(RequestTimeline.received(cells.get(0), profile, r), start).due()))
                    .orElseGet(() -> clock.reviewRequestWindow(profile, start)).due();
            case "review" -> clock.reviewDue(profile, start).due();
            case "review-target" -> clock.reviewTarget(profile, start).due();
            case "review-max" -> clock.reviewMaximum(profile, start).due();
            case "appeal" -> clock.appealDue(profile, start).due();
            case "pit-extended" -> clock.responseDue(request.with(
                    new ClockEvent.ExtendedForPublicInterest(start, WorkingDays.of(20))), start).due();
            case "eir-extended" -> clock.responseDue(request.with(
                    new ClockEvent.ExtendedAsComplexAndVoluminous(start)), start).due();
            case "sar" -> {
                if (rowRegime != Regime.SAR) {
                    throw new IllegalArgumentException("event sar needs regime SAR, not " + rowRegime);
                }
                yield clock.responseDue(request, start).due();
            }
            default -> throw new IllegalArgumentException("unknown event '" + cells.get(2) + "': expected response,"
                    + " review-request, review, review-target, review-max, appeal, pit-extended, eir-extended or sar");
        };
    }
}
