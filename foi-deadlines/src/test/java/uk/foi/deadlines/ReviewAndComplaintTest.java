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

    /**
     * The review date is the statutory limit where a statute sets one; the authority's target (20 working days by
     * default) is its own aim and never replaces it. Review requested Mon 12 June 2023.
     */
    @ParameterizedTest(name = "{0}: ask by {1}, review due {2} ({3}), target {4}")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA  | 2023-07-28 | 2023-07-10 | PRACTICE | 2023-07-10 | PRACTICE | Code of Practice part 5: 40 / 20 / 40 working days; seed letters: complain within 40, MPS aims for 20; 12 July (NI) and 7 August (Scotland) skipped
        EIR   | 2023-07-28 | 2023-08-09 | STATUTE  | 2023-07-10 | AUTHORITY_POLICY | EIR reg 11(2): 40 to make representations; reg 11(4): decide within 40 working days of receiving them; the authority's 20 is its target
        FOISA | 2023-07-27 | 2023-07-10 | STATUTE  | 2023-07-10 | STATUTE  | FOISA s20(5) 40 (counted here from the response: see the s20(5) table), s21(1) 20; 12 July is a Scottish working day
        EISR  | 2023-07-27 | 2023-07-10 | STATUTE  | 2023-07-10 | STATUTE  | EISR reg 16(2) 40, reg 16(4) 20 (verify against the SSI's text)
        """)
    void reviewWindows(Regime regime, String askBy, String reviewDue, Basis reviewBasis, String target,
            Basis targetBasis, String source) {
        ClockProfile profile = ClockProfile.of(regime);

        assertThat(CLOCK.reviewRequestWindow(profile, THU_2023_06_01).due()).as(source).isEqualTo(askBy);
        Deadline review = CLOCK.reviewDue(profile, MON_2023_06_12);
        assertThat(review.due()).as(source).isEqualTo(reviewDue);
        assertThat(review.basis()).as(source).isEqualTo(reviewBasis);
        Deadline aim = CLOCK.reviewTarget(profile, MON_2023_06_12);
        assertThat(aim.due()).as(source).isEqualTo(target);
        assertThat(aim.basis()).as(source).isEqualTo(targetBasis);
    }

    @Test
    void underTheEirTheTargetIsInTheWorkingOfTheStatutoryDateAndThereIsNoSeparateMaximum() {
        ClockProfile eir = ClockProfile.of(Regime.EIR);
        RequestTimeline reviewed = RequestTimeline.received("r", eir, LocalDate.parse("2023-05-02"))
                .with(new ClockEvent.ResponseIssued(THU_2023_06_01))
                .with(new ClockEvent.ReviewRequested(MON_2023_06_12));

        var deadlines = CLOCK.deadlines(reviewed, MON_2023_06_12);

        assertThat(deadlines).extracting(d -> d.deadline().kind()).containsExactly(DeadlineKind.RESPONSE,
                DeadlineKind.REVIEW_REQUEST_WINDOW, DeadlineKind.REVIEW);
        Deadline review = deadlines.get(2).deadline();
        assertThat(review.due()).isEqualTo("2023-08-09");
        assertThat(review.explanation().rule()).contains("EIR reg 11(4)");
        assertThat(review.explanation().steps()).anyMatch(s -> s.contains("within 20 working days")
                && s.contains("Mon 2023-07-10") && s.contains("its target, not the limit"));
    }

    /**
     * FOISA s20(5): the requester has 40 working days from the expiry of the time for compliance, or from the
     * response when it came after that time. Scottish working days (FOISA s73); the Scottish summer bank holiday is
     * Mon 7 August 2023. FOIA and the EIR count from the response whatever.
     */
    @ParameterizedTest(name = "{0}: responded {1}, time for compliance expired {2}: ask by {3}")
    @CsvSource(delimiter = '|', textBlock = """
        FOISA | 2023-06-01 | 2023-06-12 | 2023-08-08 | s20(5)(a): on time, so from the expiry (12 June), not the response
        FOISA | 2023-06-15 | 2023-06-01 | 2023-08-11 | s20(5)(b): late, so from the response (15 June)
        FOISA | 2023-06-12 | 2023-06-12 | 2023-08-08 | on the last day: both readings agree
        EIR   | 2023-06-01 | 2023-06-12 | 2023-07-28 | EIR reg 11(2): from the response
        FOIA  | 2023-06-01 | 2023-06-12 | 2023-07-28 | s45 Code part 5: from the response
        """)
    void foisaCountsTheReviewWindowFromTheExpiryOfTheTimeForCompliance(Regime regime, LocalDate responded,
            LocalDate complianceDue, String askBy, String source) {
        Deadline window = CLOCK.reviewRequestWindow(ClockProfile.of(regime), responded, complianceDue);

        assertThat(window.due()).as(source).isEqualTo(askBy);
    }

    @Test
    void aFoisaRequestsTimelineUsesItsOwnTimeForCompliance() {
        // received Thu 4 May 2023; 20 Scottish working days (the coronation, 8 May, and 29 May are Scottish bank
        // holidays too): due Mon 5 June. Answered early, on Thu 1 June: the window runs from 5 June.
        ClockProfile foisa = ClockProfile.of(Regime.FOISA);
        RequestTimeline answered = RequestTimeline.received("r", foisa, LocalDate.parse("2023-05-04"))
                .with(new ClockEvent.ResponseIssued(THU_2023_06_01));

        Deadline window = CLOCK.deadlines(answered, THU_2023_06_01).stream()
                .filter(d -> d.deadline().kind() == DeadlineKind.REVIEW_REQUEST_WINDOW).findFirst().orElseThrow()
                .deadline();

        assertThat(CLOCK.responseDue(answered, THU_2023_06_01).due()).isEqualTo("2023-06-05");
        assertThat(window.due()).isEqualTo(CLOCK.reviewRequestWindow(foisa, LocalDate.parse("2023-06-05")).due());
        assertThat(window.explanation().steps().get(0)).contains("within the time for compliance");
    }

    @Test
    void withoutTheTimeForComplianceTheFoisaWindowSaysWhatItAssumed() {
        Deadline window = CLOCK.reviewRequestWindow(ClockProfile.of(Regime.FOISA), THU_2023_06_01);

        assertThat(window.due()).isEqualTo("2023-07-27");
        assertThat(window.explanation().steps()).anyMatch(s -> s.startsWith("Assumed: the response came after"));
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
        Deadline target = CLOCK.reviewTarget(ClockProfile.of(Regime.FOISA).withPolicy(slow), MON_2023_06_12);

        assertThat(review.due()).isEqualTo("2023-07-10");
        assertThat(review.basis()).isEqualTo(Basis.STATUTE);
        assertThat(target.due()).as("a target beyond s21(1) is capped by it").isEqualTo("2023-07-10");
        assertThat(target.explanation().warnings()).anyMatch(w -> w.contains("cannot override"));
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
