package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.CalendarDataException;
import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * One bank-holiday source, re-read while a service runs: a proclaimed holiday (Banking and Financial Dealings Act
 * 1971 s1(3): a day may be appointed by proclamation, as 19 September 2022 was) takes effect at the next refresh, and
 * a source that cannot be read leaves the holidays in use as they were.
 */
class LiveCalendarsTest {

    static final LocalDate PROCLAIMED = LocalDate.of(2023, 11, 28); // a Tuesday, made a holiday in this test only

    @TempDir
    Path dir;

    @Test
    void aHolidayAddedToTheFileTakesEffectAtTheNextRefreshAndNotBefore() throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, bundledJson());
        LiveCalendars calendars = LiveCalendars.from(file.toString());
        WorkingDayCalendar before = calendars.forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES);
        assertThat(before.isWorkingDay(PROCLAIMED)).isTrue();
        assertThat(calendars.refresh()).as("nothing changed").isEmpty();
        String oldVersion = calendars.version();

        Files.writeString(file, withEnglandAndWalesHoliday(bundledJson(), PROCLAIMED, "Proclaimed holiday"));
        assertThat(calendars.forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES).isWorkingDay(PROCLAIMED))
                .as("not before the refresh").isTrue();

        assertThat(calendars.refresh()).hasValueSatisfying(v -> assertThat(v).isNotEqualTo(oldVersion));

        assertThat(calendars.forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES).isWorkingDay(PROCLAIMED)).isFalse();
        assertThat(calendars.version()).isEqualTo(calendars.bankHolidays().version()).isNotEqualTo(oldVersion);
        assertThat(new StatutoryClock(calendars).calendarFor(ClockProfile.of(Regime.FOIA))
                .isWorkingDay(PROCLAIMED)).as("a StatutoryClock over it follows").isFalse();
    }

    @Test
    void aSourceThatCannotBeReadKeepsTheHolidaysInUse() throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, withEnglandAndWalesHoliday(bundledJson(), PROCLAIMED, "Proclaimed holiday"));
        LiveCalendars calendars = LiveCalendars.from(file.toString());
        String version = calendars.version();

        Files.writeString(file, "{ not json");

        assertThatThrownBy(calendars::refresh).isInstanceOf(CalendarDataException.class);
        assertThat(calendars.version()).isEqualTo(version);
        assertThat(calendars.forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES).isWorkingDay(PROCLAIMED)).isFalse();
    }

    @Test
    void noLocationMeansTheBundledCopyAndAnUnreadableOneStopsTheStart() {
        assertThat(LiveCalendars.from(" ").version()).isEqualTo(BankHolidays.bundled().version());
        assertThatThrownBy(() -> LiveCalendars.from(dir.resolve("missing.json").toString()))
                .isInstanceOf(CalendarDataException.class);
    }

    static String bundledJson() throws IOException {
        try (InputStream in = BankHolidays.class.getResourceAsStream("uk-bank-holidays.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** GOV.UK's format: the new day goes first in England and Wales's events. */
    static String withEnglandAndWalesHoliday(String json, LocalDate date, String title) {
        String division = "\"division\": \"england-and-wales\",\n    \"events\": [";
        assertThat(json).contains(division);
        return json.replace(division, division + "\n      {\"title\": \"" + title + "\", \"date\": \"" + date
                + "\", \"notes\": \"\", \"bunting\": true},");
    }
}
