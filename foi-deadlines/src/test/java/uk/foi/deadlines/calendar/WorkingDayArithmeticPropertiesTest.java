package uk.foi.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.UkCalendars;

/**
 * The O(1) indexed arithmetic agrees with a naive day-by-day count over the same non-working days, across the whole
 * range of the calendars (2010-2040: three decades, published and projected years).
 */
class WorkingDayArithmeticPropertiesTest {

    static final UkCalendars CALENDARS = UkCalendars.bundled();

    /** The reference: walk one day at a time. */
    static LocalDate naivePlus(WorkingDayCalendar calendar, LocalDate date, int n) {
        LocalDate day = date;
        int step = n >= 0 ? 1 : -1;
        for (int counted = 0; counted != n; ) {
            day = day.plusDays(step);
            if (naiveIsWorkingDay(calendar, day)) {
                counted += step;
            }
        }
        return day;
    }

    static boolean naiveIsWorkingDay(WorkingDayCalendar calendar, LocalDate day) {
        return day.getDayOfWeek().getValue() < 6 && calendar.nonWorkingDay(day).isEmpty();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2010, 6, 1).toEpochDay(), LocalDate.of(2040, 9, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<WorkingDayCalendar> calendars() {
        return Arbitraries.of(Regime.FOIA, Regime.FOISA, Regime.SAR)
                .flatMap(regime -> Arbitraries.of(Division.values())
                        .map(nation -> CALENDARS.forRegime(regime, nation)));
    }

    @Property(tries = 3000)
    void plusMatchesTheDayByDayCount(@ForAll("calendars") WorkingDayCalendar calendar, @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = -60, max = 60) int n) {
        assertThat(calendar.plusWorkingDays(date, n)).isEqualTo(naivePlus(calendar, date, n));
    }

    @Property(tries = 3000)
    void betweenInvertsPlusForwards(@ForAll("calendars") WorkingDayCalendar calendar, @ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 60) int n) {
        assertThat(calendar.workingDaysBetween(date, calendar.plusWorkingDays(date, n))).isEqualTo(n);
    }

    @Property(tries = 3000)
    void betweenInvertsPlusBackwardsFromAWorkingDay(@ForAll("calendars") WorkingDayCalendar calendar,
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = -60, max = 0) int n) {
        LocalDate workingDay = calendar.workingDayOnOrAfter(date);
        assertThat(calendar.workingDaysBetween(workingDay, calendar.plusWorkingDays(workingDay, n))).isEqualTo(n);
    }

    @Property(tries = 3000)
    void isWorkingDayMatchesTheData(@ForAll("calendars") WorkingDayCalendar calendar, @ForAll("dates") LocalDate date) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(naiveIsWorkingDay(calendar, date));
    }

    @Property(tries = 1000)
    void theResultIsAlwaysAWorkingDayAfterTheStart(@ForAll("calendars") WorkingDayCalendar calendar,
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate result = date.with(calendar.workingDaysAfter(n));
        assertThat(calendar.isWorkingDay(result)).isTrue();
        assertThat(result).isAfter(date);
    }

    @Property(tries = 200)
    void countingAcrossTheWholeRangeMatches(@ForAll("calendars") WorkingDayCalendar calendar,
            @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        int naive = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            naive += naiveIsWorkingDay(calendar, d) ? 1 : 0;
        }
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(naive);
    }
}
