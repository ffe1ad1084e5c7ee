package uk.foi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.calendar.NonWorkingDay;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/** {@code foi holidays}: the non-working days of a regime in a year, and where each comes from. */
@Command(name = "holidays", mixinStandardHelpOptions = true,
        description = "List a regime's non-working days (besides weekends) in a year, with the division each comes from.")
final class HolidaysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--regime", required = true, converter = Converters.RegimeConverter.class,
            description = "FOIA, EIR, FOISA, EISR or SAR.")
    Regime regime;

    @Option(names = "--year", required = true, description = "The year.")
    int year;

    @Option(names = "--nation", defaultValue = "england-and-wales", converter = Converters.DivisionConverter.class,
            description = "The authority's division, for SAR: ${DEFAULT-VALUE}.")
    Division nation;

    @Mixin
    Foi.HolidaySource source;

    @Override
    public Integer call() {
        WorkingDayCalendar calendar = source.calendars().forRegime(regime, nation);
        if (year < calendar.first().getYear() || year > calendar.last().getYear()) {
            throw new IllegalArgumentException("year " + year + " is outside the calendar's range "
                    + calendar.first().getYear() + "-" + calendar.last().getYear());
        }
        var out = spec.commandLine().getOut();
        out.println("# " + calendar.name());
        out.println("# calendar version " + calendar.version());
        for (NonWorkingDay day : calendar.nonWorkingDays(year)) {
            boolean weekend = day.date().getDayOfWeek().getValue() >= 6;
            out.printf("%s %s  %s  [%s]%s%n", day.date(),
                    day.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK),
                    day.title(), day.basis(), weekend ? " (falls at a weekend)" : "");
        }
        return 0;
    }
}
