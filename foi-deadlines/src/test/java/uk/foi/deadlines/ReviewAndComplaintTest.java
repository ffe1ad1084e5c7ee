package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clocks after a response: internal review and the regulator. */
class ReviewAndComplaintTest {

    static final StatutoryClock CLOCK = new StatutoryClock(UkCalendars.bundled());
    static final LocalDate THU_2023_06_01 = LocalDate.parse("2023-06-01");
    static final LocalDate MON_2023_06_12 = LocalDate.parse("2023-06-12");

    @ParameterizedTest(name = "{0}: ask by {1}, review due {2}, at most {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA  | 2023-07-28 | 2023-07-10 | 2023-08-09 | PRACTICE | Code of Practice part 5: 40 / 20 / 40 working days; seed letters: complain within 40, MPS aims for 20; 12 July (NI) and 7 August (Scotland) skipped
        EIR   | 2023-07-28 | 2023-07-10 | 2023-08-09 | STATUTE  | EIR reg 11(2) 40, reg 11(4) 40 (the policy target of 20 may be stricter)
        FOISA | 2023-07-27 | 2023-07-10 | 2023-07-10 | STATUTE  | FOISA s20(5) 40, s21(1) 20; 12 July is a Scottish working day
        """)
    void reviewWindows(Regime regime, String askBy, String reviewDue, String reviewMax, Basis windowBasis,
            String source) {
        ClockProfile profile = ClockProfile.of(regime);

        Deadline window = CLOCK.reviewRequestWindow(profile, THU_2023_06_01);
        assertThat(window.due()).as(source).isEqualTo(askBy);
        assertThat(window.basis()).as(source).isEqualTo(windowBasis);
        assertThat(CLOCK.reviewDue(profile, MON_2023_06_12).due()).as(source).isEqualTo(reviewDue);
        assertThat(CLOCK.reviewMaximum(profile, MON_2023_06_12).due()).as(source).isEqualTo(reviewMax);
    }

    @Test
    void policyMayBeMoreGenerousToTheRequesterButNotLessThanTheStatute() {
        AuthorityPolicy generous = new AuthorityPolicy(ReceiptRule.LITERAL, WorkingDays.of(60), WorkingDays.of(20),
                WorkingDays.of(40), Period.ofWeeks(6));
        AuthorityPolicy mean = new AuthorityPolicy(ReceiptRule.LITERAL, WorkingDays.of(20), WorkingDays.of(20),
                WorkingDays.of(40), Period.ofWeeks(6));

        Deadline eirGenerous = CLOCK.reviewRequestWindow(ClockProfile.of(Regime.EIR).withPolicy(generous),
                THU_2023_06_01);
        Deadline eirMean = CLOCK.reviewRequestWindow(ClockProfile.of(Regime.EIR).withPolicy(mean), THU_2023_06_01);
        Deadline foiaMean = CLOCK.reviewRequestWindow(ClockProfile.of(Regime.FOIA).withPolicy(mean), THU_2023_06_01);

        assertThat(eirGenerous.basis()).isEqualTo(Basis.AUTHORITY_POLICY);
        assertThat(eirGenerous.due()).isAfter("2023-07-28");
        assertThat(eirMean.due()).isEqualTo("2023-07-28");
        assertThat(eirMean.explanation().warnings()).anyMatch(w -> w.contains("cannot override"));
        // Under FOIA the window is practice, so the authority's 20 working days apply.
        assertThat(foiaMean.due()).isEqualTo("2023-06-29");
        assertThat(foiaMean.basis()).isEqualTo(Basis.AUTHORITY_POLICY);
    }

    @Test
    void policyCannotGiveTheAuthorityLongerThanFoisaAllows() {
        AuthorityPolicy slow = new AuthorityPolicy(ReceiptRule.LITERAL, WorkingDays.of(40), WorkingDays.of(30),
                WorkingDays.of(40), Period.ofWeeks(6));

        Deadline review = CLOCK.reviewDue(ClockProfile.of(Regime.FOISA).withPolicy(slow), MON_2023_06_12);

        assertThat(review.due()).isEqualTo("2023-07-10");
        assertThat(review.basis()).isEqualTo(Basis.STATUTE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA  | 2023-07-24 | ICO policy: six weeks after the final response
        FOISA | 2023-12-12 | FOISA s47(4)(a): six months
        """)
    void regulatorWindow(Regime regime, String expected, String source) {
        Deadline deadline = CLOCK.regulatorComplaint(ClockProfile.of(regime), LocalDate.parse("2023-06-12"));

        assertThat(deadline.due()).as(source).isEqualTo(expected);
    }
}
