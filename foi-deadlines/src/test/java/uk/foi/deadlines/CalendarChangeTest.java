package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.Division;

/**
 * A holiday proclaimed while requests run: Scotland's 15 June 2026 was proclaimed in February 2026, after GOV.UK's
 * earlier copies were taken. Every running FOIA deadline across it moves by a day, everywhere in the UK.
 */
class CalendarChangeTest {

    static final String WITHOUT_WORLD_CUP_DAY = removeScottishOneOff();

    static String removeScottishOneOff() {
        String json = new String(readBundled(), java.nio.charset.StandardCharsets.UTF_8);
        int at = json.indexOf("\"2026-06-15\"");
        int start = json.lastIndexOf('{', at);
        int end = json.indexOf('}', at) + 1;
        // also drop the comma before the object
        int comma = json.lastIndexOf(',', start);
        return json.substring(0, comma) + json.substring(end);
    }

    static byte[] readBundled() {
        try (var in = BankHolidays.class.getResourceAsStream("uk-bank-holidays.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aProclaimedHolidayMovesRunningDeadlinesAndSaysWhy() {
        UkCalendars before = UkCalendars.of(BankHolidays.parse(WITHOUT_WORLD_CUP_DAY, "copy of January 2026"));
        UkCalendars after = UkCalendars.bundled();
        RequestTimeline english = RequestTimeline.received("ENG-1", ClockProfile.of(Regime.FOIA),
                LocalDate.parse("2026-06-01"));
        RequestTimeline scottish = RequestTimeline.received("SCO-1", ClockProfile.of(Regime.FOISA),
                LocalDate.parse("2026-06-01"));
        RequestTimeline finished = RequestTimeline.received("ENG-2", ClockProfile.of(Regime.FOIA),
                LocalDate.parse("2026-04-01"));

        List<MovedDeadline> moved = CalendarChange.between(before, after)
                .moved(List.of(english, scottish, finished), LocalDate.parse("2026-06-02"));

        assertThat(before.version()).isNotEqualTo(after.version());
        assertThat(moved).extracting(MovedDeadline::toString).containsExactly(
                "ENG-1 RESPONSE 2026-06-29 -> 2026-06-30: 2026-06-15 World Cup bank holiday (one-off, Scotland only)"
                        + " (bank holiday in scotland) added",
                "SCO-1 RESPONSE 2026-06-29 -> 2026-06-30: 2026-06-15 World Cup bank holiday (one-off, Scotland only)"
                        + " (bank holiday in scotland) added");
    }

    @Test
    void calendarVersionsChangeOnlyForTheRegimesAffected() {
        UkCalendars before = UkCalendars.of(BankHolidays.parse(WITHOUT_WORLD_CUP_DAY, "copy of January 2026"));
        UkCalendars after = UkCalendars.bundled();

        assertThat(version(after, Regime.SAR, Division.ENGLAND_AND_WALES))
                .isEqualTo(version(before, Regime.SAR, Division.ENGLAND_AND_WALES));
        assertThat(version(after, Regime.FOISA, Division.SCOTLAND))
                .isNotEqualTo(version(before, Regime.FOISA, Division.SCOTLAND));
        assertThat(version(after, Regime.FOIA, Division.ENGLAND_AND_WALES))
                .isNotEqualTo(version(before, Regime.FOIA, Division.ENGLAND_AND_WALES));
    }

    static String version(UkCalendars calendars, Regime regime, Division nation) {
        return calendars.forRegime(regime, nation).version();
    }
}
