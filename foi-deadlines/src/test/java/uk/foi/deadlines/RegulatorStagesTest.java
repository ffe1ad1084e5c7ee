package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.deadlines.DeadlineStatus.State;
import uk.foi.deadlines.calendar.Division;

/** After the Commissioner's decision notice: the appeal and the steps the notice requires. */
class RegulatorStagesTest {

    static final StatutoryClock CLOCK = new StatutoryClock(UkCalendars.bundled());

    /**
     * The appeal against a decision notice. Bank holidays from the GOV.UK feed: spring bank holiday Mon 27 May 2024;
     * Christmas Day and Boxing Day Mon 25 and Tue 26 December 2023; the Battle of the Boyne Wed 12 July 2023 in
     * Northern Ireland only.
     */
    @ParameterizedTest(name = "{0} ({1}): notice sent {2}, appeal by {3}")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA  | ENGLAND_AND_WALES | 2023-06-01 | 2023-06-29 | GRC Rules 2009 r22(1)(b): received within 28 days of the day the notice was sent
        EIR   | ENGLAND_AND_WALES | 2023-06-01 | 2023-06-29 | EIR reg 18 applies FOIA s57: the same 28 days
        FOIA  | ENGLAND_AND_WALES | 2024-04-29 | 2024-05-28 | r12(2): the 28th day is the spring bank holiday, so the next working day
        FOIA  | ENGLAND_AND_WALES | 2023-11-27 | 2023-12-27 | r12(2): the 28th day is Christmas Day, Boxing Day follows
        FOIA  | NORTHERN_IRELAND  | 2023-06-14 | 2023-07-13 | r12(2) on the working days of the authority's part of the UK: 12 July is a holiday in Northern Ireland
        FOIA  | ENGLAND_AND_WALES | 2023-06-14 | 2023-07-12 | the same notice in England: 12 July is a working day there (though not for FOIA s10(6), which counts every part of the UK)
        FOISA | SCOTLAND          | 2023-06-01 | 2023-07-13 | FOISA s56, RCS r41.20(1)(b): within 42 days after intimation
        EISR  | SCOTLAND          | 2023-06-01 | 2023-07-13 | EISR reg 17 applies FOISA s56
        FOISA | SCOTLAND          | 2023-11-13 | 2023-12-25 | RCS r41.20 counts calendar days and has no rule moving a holiday
        """)
    void appealPeriod(Regime regime, Division nation, LocalDate sent, LocalDate appealBy, String source) {
        Deadline appeal = CLOCK.appealDue(ClockProfile.of(regime).withNation(nation), sent);

        assertThat(appeal.due()).as(source).isEqualTo(appealBy);
        assertThat(appeal.kind()).isEqualTo(DeadlineKind.APPEAL);
        assertThat(appeal.basis()).isEqualTo(Basis.STATUTE);
        assertThat(appeal.explanation().rule()).as(source).contains(regime.isScottish() ? "Court of Session"
                : "First-tier Tribunal");
    }

    @Test
    void theWorkingSaysWhyTheDayMoved() {
        Deadline appeal = CLOCK.appealDue(ClockProfile.of(Regime.FOIA), LocalDate.parse("2024-04-29"));

        assertThat(appeal.explanation().steps()).anyMatch(s -> s.contains("Mon 2024-05-27")
                && s.contains("28 days"));
        assertThat(appeal.explanation().steps()).anyMatch(s -> s.contains("rule 12(2)") && s.contains("Tue 2024-05-28"));
    }

    private static RequestTimeline complainedTo(ClockProfile profile) {
        return RequestTimeline.received("r", profile, LocalDate.parse("2023-01-09"))
                .with(new ClockEvent.ResponseIssued(LocalDate.parse("2023-02-01")))
                .with(new ClockEvent.ReviewRequested(LocalDate.parse("2023-02-06")))
                .with(new ClockEvent.ReviewCompleted(LocalDate.parse("2023-03-01")))
                .with(new ClockEvent.ComplaintToRegulator(LocalDate.parse("2023-03-20")));
    }

    private static DeadlineStatus find(List<DeadlineStatus> all, DeadlineKind kind) {
        return all.stream().filter(d -> d.deadline().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aComplaintMeetsTheRequestersWindowAndANoticeOpensTheAppealAndTheSteps() {
        RequestTimeline served = complainedTo(ClockProfile.of(Regime.FOIA)).with(new ClockEvent.DecisionNoticeServed(
                LocalDate.parse("2023-06-01"), Optional.of(LocalDate.parse("2023-07-06"))));

        List<DeadlineStatus> all = CLOCK.deadlines(served, LocalDate.parse("2023-06-02"));

        assertThat(find(all, DeadlineKind.REGULATOR_COMPLAINT).state()).isEqualTo(State.MET);
        assertThat(find(all, DeadlineKind.APPEAL).deadline().due()).isEqualTo("2023-06-29");
        assertThat(find(all, DeadlineKind.APPEAL).state()).isEqualTo(State.RUNNING);
        DeadlineStatus steps = find(all, DeadlineKind.DECISION_NOTICE_STEPS);
        assertThat(steps.deadline().due()).isEqualTo("2023-07-06");
        assertThat(steps.deadline().explanation().rule()).contains("FOIA s50(4)");
        assertThat(steps.deadline().explanation().warnings()).isEmpty();
        assertThat(steps.state()).isEqualTo(State.RUNNING);
    }

    @Test
    void aNoticeRequiringNoStepsHasOnlyTheAppeal() {
        RequestTimeline served = complainedTo(ClockProfile.of(Regime.FOIA)).with(new ClockEvent.DecisionNoticeServed(
                LocalDate.parse("2023-06-01"), Optional.empty()));

        assertThat(CLOCK.deadlines(served, LocalDate.parse("2023-06-02"))).extracting(d -> d.deadline().kind())
                .contains(DeadlineKind.APPEAL).doesNotContain(DeadlineKind.DECISION_NOTICE_STEPS);
    }

    @Test
    void anAppealPausesTheStepsAndTheirTakingMeetsThem() {
        RequestTimeline served = complainedTo(ClockProfile.of(Regime.FOIA)).with(new ClockEvent.DecisionNoticeServed(
                LocalDate.parse("2023-06-01"), Optional.of(LocalDate.parse("2023-07-06"))));
        LocalDate later = LocalDate.parse("2023-09-01");

        List<DeadlineStatus> appealed = CLOCK.deadlines(served.with(new ClockEvent.AppealLodged(
                LocalDate.parse("2023-06-20"))), later);
        List<DeadlineStatus> ignored = CLOCK.deadlines(served, later);
        List<DeadlineStatus> complied = CLOCK.deadlines(served.with(new ClockEvent.DecisionNoticeComplied(
                LocalDate.parse("2023-07-05"))), later);

        assertThat(find(appealed, DeadlineKind.APPEAL).state()).isEqualTo(State.MET);
        assertThat(find(appealed, DeadlineKind.DECISION_NOTICE_STEPS).state()).as("FOIA s50(6)")
                .isEqualTo(State.PAUSED);
        assertThat(find(ignored, DeadlineKind.APPEAL).state()).as("either side's right, lapsed")
                .isEqualTo(State.CLOSED);
        assertThat(find(ignored, DeadlineKind.DECISION_NOTICE_STEPS).state()).isEqualTo(State.MISSED);
        assertThat(find(complied, DeadlineKind.DECISION_NOTICE_STEPS).state()).isEqualTo(State.MET);
    }

    @Test
    void stepsDueBeforeTheAppealPeriodEndsAreQueried() {
        RequestTimeline served = complainedTo(ClockProfile.of(Regime.FOISA)).with(new ClockEvent.DecisionNoticeServed(
                LocalDate.parse("2023-06-01"), Optional.of(LocalDate.parse("2023-06-15"))));

        Deadline steps = find(CLOCK.deadlines(served, LocalDate.parse("2023-06-02")),
                DeadlineKind.DECISION_NOTICE_STEPS).deadline();

        assertThat(steps.explanation().rule()).contains("FOISA s49(6)(b)");
        assertThat(steps.explanation().warnings()).singleElement().asString().contains("Thu 2023-07-13");
    }

    @Test
    void aNoticeAfterAFailureToRespondStillHasItsAppeal() {
        // FOIA s50(1): a complaint may be about a request never answered.
        RequestTimeline unanswered = RequestTimeline.received("r", ClockProfile.of(Regime.FOIA),
                LocalDate.parse("2023-01-09")).with(new ClockEvent.ComplaintToRegulator(LocalDate.parse("2023-03-01")))
                .with(new ClockEvent.DecisionNoticeServed(LocalDate.parse("2023-06-01"),
                        Optional.of(LocalDate.parse("2023-07-06"))));

        assertThat(CLOCK.deadlines(unanswered, LocalDate.parse("2023-06-02"))).extracting(d -> d.deadline().kind())
                .containsExactly(DeadlineKind.RESPONSE, DeadlineKind.APPEAL, DeadlineKind.DECISION_NOTICE_STEPS);
    }

    @Test
    void anAppealNeedsANoticeAndStepsCannotPrecedeIt() {
        RequestTimeline received = RequestTimeline.received("r", ClockProfile.of(Regime.FOIA),
                LocalDate.parse("2023-01-09"));

        assertThatThrownBy(() -> received.with(new ClockEvent.AppealLodged(LocalDate.parse("2023-06-01"))))
                .hasMessageContaining("AppealLodged").hasMessageContaining("no DecisionNoticeServed");
        assertThatThrownBy(() -> new ClockEvent.DecisionNoticeServed(LocalDate.parse("2023-06-01"),
                Optional.of(LocalDate.parse("2023-05-01")))).hasMessageContaining("before the notice was served");
    }
}
