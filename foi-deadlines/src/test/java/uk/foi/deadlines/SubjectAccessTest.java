package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.deadlines.calendar.Division;

/** UK GDPR Art 12(3) with the ICO's month rules. */
class SubjectAccessTest {

    static final StatutoryClock CLOCK = new StatutoryClock(UkCalendars.bundled());

    @ParameterizedTest(name = "{0} received {1} (extended {2}) -> {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
        ENGLAND_AND_WALES | 2023-09-03 |            | 2023-10-03 | ICO: corresponding date next month
        ENGLAND_AND_WALES | 2023-01-31 |            | 2023-02-28 | ICO: no 31 February, so the last day of the month
        ENGLAND_AND_WALES | 2024-01-31 |            | 2024-02-29 | ICO: leap year
        ENGLAND_AND_WALES | 2023-04-08 |            | 2023-05-09 | ICO: 8 May 2023 is a bank holiday (Coronation), next working day
        ENGLAND_AND_WALES | 2023-07-29 |            | 2023-08-29 | ICO: 29 August 2023 is a Tuesday; E&W summer holiday is the 28th
        SCOTLAND          | 2023-07-07 |            | 2023-08-08 | ICO: Scotland's 7 August 2023 holiday moves it to the 8th
        ENGLAND_AND_WALES | 2023-07-07 |            | 2023-08-07 | ICO: 7 August is a working day in England
        ENGLAND_AND_WALES | 2023-09-03 | 2023-09-20 | 2023-12-04 | Art 12(3): two further months; 3 December 2023 is a Sunday
        """)
    void oneMonthFromTheDayOfReceipt(Division nation, String received, String extendedOn, String expected,
            String source) {
        RequestTimeline timeline = RequestTimeline.received("S1", ClockProfile.of(Regime.SAR).withNation(nation),
                LocalDate.parse(received));
        if (extendedOn != null) {
            timeline = timeline.with(new ClockEvent.SubjectAccessExtended(LocalDate.parse(extendedOn)));
        }

        assertThat(CLOCK.responseDue(timeline, LocalDate.parse("2030-01-01")).due()).as(source).isEqualTo(expected);
    }
}
