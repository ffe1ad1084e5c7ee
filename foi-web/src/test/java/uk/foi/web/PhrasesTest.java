package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the workspace words the working days left and the states, as a caseload reads them. */
class PhrasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3    | 3 working days left       | orange
            1    | 1 working day left        | orange
            0    | Due today                 | orange
            -1   | Overdue by 1 working day  | red
            -12  | Overdue by 12 working days| red
            5    | 5 working days left       | yellow
            20   | 20 working days left      | green
            """)
    void workingDaysLeft(int days, String words, String colour) {
        assertThat(Phrases.left(days)).isEqualTo(words);
        assertThat(Phrases.urgency(days)).isEqualTo(colour);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AWAITING_CLARIFICATION | Awaiting clarification
            IssueResponse          | Issue response
            ISSUE_RESPONSE         | Issue response
            Receive                | Receive
            """)
    void wordsForConstantsAndCommands(String constant, String words) {
        assertThat(Phrases.command(constant)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-01 | Tuesday 1 December 2026 | 1 Dec 2026
            2027-03-26 | Friday 26 March 2027    | 26 Mar 2027
            """)
    void datesInFull(LocalDate day, String full, String shortForm) {
        assertThat(Phrases.day(day)).isEqualTo(full);
        assertThat(Phrases.shortDay(day)).isEqualTo(shortForm);
    }

    /** Times as GOV.UK writes them (12-hour clock, am/pm), in UK time whatever the server's zone, summer or winter. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-26T14:21:00Z | 26 Nov 2026, 2:21pm
            2026-07-01T09:05:00Z | 1 Jul 2026, 10:05am
            2026-03-29T00:30:00Z | 29 Mar 2026, 12:30am
            2026-03-29T01:30:00Z | 29 Mar 2026, 2:30am
            """)
    void moment(String instant, String expected) {
        assertThat(Phrases.moment(java.time.Instant.parse(instant))).isEqualTo(expected);
    }
}
