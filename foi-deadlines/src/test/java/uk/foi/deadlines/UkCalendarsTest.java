package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/** Which days each regime counts (FOIA s10(6), FOISA s73, ICO LTT47). */
class UkCalendarsTest {

    static final UkCalendars CALENDARS = UkCalendars.bundled();

    @ParameterizedTest(name = "{0}: FOIA {1}, FOISA {2}, England-only {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
        2026-01-02 | false | false | true  | 2 January: Scottish bank holiday, so non-working under FOIA too (LTT47)
        2026-03-17 | false | true  | true  | St Patrick's Day: NI only
        2026-04-03 | false | false | false | Good Friday: named in s10(6)
        2026-04-06 | false | true  | false | Easter Monday: not a Scottish bank holiday
        2026-06-15 | false | false | true  | Scotland's one-off 2026 holiday, proclaimed February 2026
        2026-07-13 | false | true  | true  | Battle of the Boyne (12 July at a weekend): NI only
        2026-08-03 | false | false | true  | first Monday of August: Scotland
        2026-08-31 | false | true  | false | last Monday of August: E&W and NI
        2026-11-30 | false | false | true  | St Andrew's Day: Scotland
        2026-12-25 | false | false | false | Christmas Day: named in s10(6) and s73
        2026-12-28 | false | false | false | Boxing Day substitute
        2022-09-19 | false | false | false | the Queen's state funeral, one-off everywhere
        2023-05-08 | false | false | false | the Coronation, one-off everywhere
        2026-05-05 | true  | true  | true  | an ordinary Tuesday
        """)
    void workingDaysPerRegime(LocalDate date, boolean foia, boolean foisa, boolean england, String why) {
        assertThat(CALENDARS.forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES).isWorkingDay(date)).as(why)
                .isEqualTo(foia);
        assertThat(CALENDARS.forRegime(Regime.EIR, Division.ENGLAND_AND_WALES).isWorkingDay(date)).as(why)
                .isEqualTo(foia);
        assertThat(CALENDARS.forRegime(Regime.FOISA, Division.SCOTLAND).isWorkingDay(date)).as(why)
                .isEqualTo(foisa);
        assertThat(CALENDARS.forRegime(Regime.SAR, Division.ENGLAND_AND_WALES).isWorkingDay(date)).as(why)
                .isEqualTo(england);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-03-17 | bank holiday in northern-ireland
        2026-12-25 | named in the statute; bank holiday in england-and-wales, scotland, northern-ireland
        2032-08-02 | bank holiday in scotland (provisional: projected by rule)
        """)
    void eachNonWorkingDaySaysWhereItComesFrom(LocalDate date, String basis) {
        WorkingDayCalendar foia = CALENDARS.forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES);

        assertThat(foia.nonWorkingDay(date)).get().extracting(day -> day.basis()).isEqualTo(basis);
    }

    @ParameterizedTest(name = "{0}: provisional={1}")
    @CsvSource({"2028-06-01,false", "2029-06-01,true", "2035-06-01,true"})
    void yearsBeyondThePublishedDataAreProvisional(LocalDate date, boolean provisional) {
        assertThat(CALENDARS.forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES).isProvisional(date))
                .isEqualTo(provisional);
    }
}
