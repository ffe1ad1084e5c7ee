package uk.foi.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.CalendarDataException;

/**
 * {@code foi}: statutory due dates and working days from a terminal. Errors are one line on standard error and a
 * non-zero exit: 2 for a bad command line, 1 for input the rules cannot accept.
 */
@Command(name = "foi", mixinStandardHelpOptions = true, version = "foi 0.1.0",
        description = "UK FOI/EIR/FOISA/EISR/SAR statutory dates, citations, exemptions and refusal checks.",
        subcommands = {DueCommand.class, HolidaysCommand.class, CiteCommand.class, ExemptionCommand.class,
                CheckCommand.class})
public final class Foi implements Callable<Integer> {

    /** Where bank holidays come from; shared by the subcommands. */
    static final class HolidaySource {
        @Option(names = "--bank-holidays", paramLabel = "FILE",
                description = "A newer bank-holidays.json (GOV.UK format) instead of the bundled copy.")
        Path file;

        @Option(names = "--bank-holidays-url", paramLabel = "URL",
                description = "Fetch bank holidays from a URL, e.g. https://www.gov.uk/bank-holidays.json")
        URI url;

        UkCalendars calendars() {
            if (file != null && url != null) {
                throw new IllegalArgumentException("give --bank-holidays or --bank-holidays-url, not both");
            }
            return UkCalendars.of(file != null ? BankHolidays.load(file)
                    : url != null ? BankHolidays.fetch(url) : BankHolidays.bundled());
        }
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command with given streams, for tests and embedding.
     *
     * @param args  the arguments
     * @param in    standard input (read by {@code due --csv})
     * @param out   standard output
     * @param err   standard error
     * @return the exit code
     */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Foi(), new Factory(in));
        cli.registerConverter(java.time.LocalDate.class, new Converters.DateConverter());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println("foi: " + ex.getMessage() + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof DateTimeException
                    || ex instanceof CalendarDataException || ex instanceof UnsupportedEncodingException) {
                err.println("foi: " + ex.getMessage());
                return 1;
            }
            if (ex instanceof java.nio.file.NoSuchFileException missing) {
                err.println("foi: no such file: " + missing.getFile());
                return 1;
            }
            if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                err.println("foi: cannot read input: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Gives subcommands standard input without a static. */
    private record Factory(InputStream in) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DueCommand.class) {
                return type.cast(new DueCommand(in));
            }
            if (type == CiteCommand.class) {
                return type.cast(new CiteCommand(in));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(in, java.time.Clock.systemDefaultZone()));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
