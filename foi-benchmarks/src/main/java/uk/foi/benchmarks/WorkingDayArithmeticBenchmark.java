package uk.foi.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * "N working days after d" for every d in ten years (2015-2024), on the FOIA calendar, three ways: the indexed
 * {@link WorkingDayCalendar}, a day-by-day loop over the same non-working days, and ObjectLab Kit's
 * {@code DateCalculator} with the same holidays. Each invocation does one call; results are returned so nothing is
 * optimised away. See docs/benchmarks.md for how to run it and the results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class WorkingDayArithmeticBenchmark {

    @Param({"20", "60"})
    int workingDays;

    WorkingDayCalendar calendar;
    Set<LocalDate> nonWorkingDays;
    DateCalculator<LocalDate> objectLab;
    LocalDate[] dates;
    int next;

    @Setup
    public void setUp() {
        calendar = UkCalendars.bundled().forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES);
        nonWorkingDays = new HashSet<>(calendar.nonWorkingDays().keySet());
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays("UK-FOIA", new DefaultHolidayCalendar<>(nonWorkingDays, calendar.first(),
                calendar.last()));
        objectLab = factory.getDateCalculator("UK-FOIA", HolidayHandlerType.FORWARD);
        LocalDate from = LocalDate.of(2015, 1, 1);
        int days = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - from.toEpochDay() + 1);
        dates = new LocalDate[days];
        for (int i = 0; i < days; i++) {
            dates[i] = from.plusDays(i);
        }
    }

    private LocalDate nextDate() {
        LocalDate d = dates[next];
        next = next + 1 == dates.length ? 0 : next + 1;
        return d;
    }

    /** The harness alone: fetching the next date and returning it. Subtract it to see the arithmetic's own cost. */
    @Benchmark
    public LocalDate harnessOnly() {
        return nextDate();
    }

    @Benchmark
    public LocalDate indexed() {
        return calendar.plusWorkingDays(nextDate(), workingDays);
    }

    @Benchmark
    public LocalDate dayByDayLoop() {
        LocalDate day = nextDate();
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            DayOfWeek dow = day.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !nonWorkingDays.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    @Benchmark
    public LocalDate objectLabDateCalculator() {
        objectLab.setStartDate(nextDate());
        return objectLab.moveByBusinessDays(workingDays).getCurrentBusinessDate();
    }
}
