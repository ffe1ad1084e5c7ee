package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.foi.deadlines.ClockEvent.ClarificationSought;
import uk.foi.deadlines.ClockEvent.FeesNoticeGiven;
import uk.foi.deadlines.ClockEvent.ResponseIssued;
import uk.foi.deadlines.ClockEvent.ReviewCompleted;
import uk.foi.deadlines.ClockEvent.ReviewRequested;
import uk.foi.deadlines.DeadlineStatus.State;

/** A request's deadlines and where each stands on a given day. */
class TimelineTest {

    static final StatutoryClock CLOCK = new StatutoryClock(UkCalendars.bundled());
    static final LocalDate TUE_2023_05_02 = LocalDate.parse("2023-05-02");

    static RequestTimeline request(ClockEvent... events) {
        RequestTimeline timeline = RequestTimeline.received("R1", ClockProfile.of(Regime.FOIA), TUE_2023_05_02);
        for (ClockEvent event : events) {
            timeline = timeline.with(event);
        }
        return timeline;
    }

    static Map<DeadlineKind, DeadlineStatus> on(String today, RequestTimeline timeline) {
        return CLOCK.deadlines(timeline, LocalDate.parse(today)).stream()
                .collect(Collectors.toMap(s -> s.deadline().kind(), Function.identity()));
    }

    @Test
    void runningThenMissedByWorkingDays() {
        assertThat(on("2023-06-01", request()).get(DeadlineKind.RESPONSE).state()).isEqualTo(State.RUNNING);
        DeadlineStatus late = on("2023-06-06", request()).get(DeadlineKind.RESPONSE);
        assertThat(late.state()).isEqualTo(State.MISSED);
        assertThat(late.workingDaysLate()).isEqualTo(3);
    }

    @Test
    void metWhenRespondedOnTheDueDate() {
        DeadlineStatus status = on("2023-06-20", request(new ResponseIssued(LocalDate.parse("2023-06-01"))))
                .get(DeadlineKind.RESPONSE);

        assertThat(status.state()).isEqualTo(State.MET);
        assertThat(status.settledOn()).contains(LocalDate.parse("2023-06-01"));
    }

    @Test
    void respondedLateCountsTheWorkingDaysLate() {
        DeadlineStatus status = on("2023-06-20", request(new ResponseIssued(LocalDate.parse("2023-06-05"))))
                .get(DeadlineKind.RESPONSE);

        assertThat(status.state()).isEqualTo(State.MISSED);
        assertThat(status.workingDaysLate()).isEqualTo(2);
    }

    @Test
    void awaitingClarificationPausesAndShowsTheLapseDate() {
        Map<DeadlineKind, DeadlineStatus> statuses = on("2023-05-10",
                request(new ClarificationSought(LocalDate.parse("2023-05-04"))));

        assertThat(statuses.get(DeadlineKind.RESPONSE).state()).isEqualTo(State.PAUSED);
        // If the clarification arrived on 10 May the 20 working days would run from then.
        assertThat(statuses.get(DeadlineKind.RESPONSE).deadline().due()).isEqualTo("2023-06-08");
        assertThat(statuses.get(DeadlineKind.CLARIFICATION_LAPSE).deadline().due()).isEqualTo("2023-08-04");
    }

    @Test
    void unpaidFeeLapsesAfterThreeMonthsBeginningWithTheNotice() {
        // FOIA s9(2): three months beginning with 10 May 2023 end on 9 August 2023.
        Map<DeadlineKind, DeadlineStatus> statuses = on("2023-08-10",
                request(new FeesNoticeGiven(LocalDate.parse("2023-05-10"))));

        assertThat(statuses.get(DeadlineKind.FEE_LAPSE).deadline().due()).isEqualTo("2023-08-09");
        assertThat(statuses.get(DeadlineKind.FEE_LAPSE).state()).isEqualTo(State.CLOSED);
        assertThat(statuses.get(DeadlineKind.RESPONSE).state()).isEqualTo(State.PAUSED);
    }

    @Test
    void reviewAndRegulatorClocksFollowTheResponse() {
        RequestTimeline timeline = request(new ResponseIssued(LocalDate.parse("2023-06-01")),
                new ReviewRequested(LocalDate.parse("2023-06-12")),
                new ReviewCompleted(LocalDate.parse("2023-07-12")));

        Map<DeadlineKind, DeadlineStatus> statuses = on("2023-07-20", timeline);

        assertThat(statuses.get(DeadlineKind.REVIEW_REQUEST_WINDOW).state()).isEqualTo(State.MET);
        assertThat(statuses.get(DeadlineKind.REVIEW).state()).isEqualTo(State.MISSED);
        assertThat(statuses.get(DeadlineKind.REVIEW_MAXIMUM).state()).isEqualTo(State.MET);
        assertThat(statuses.get(DeadlineKind.REGULATOR_COMPLAINT).deadline().due()).isEqualTo("2023-08-23");
    }

    @Test
    void todayComesFromAClockInUkTime() {
        // 23:30 UTC on 31 May 2023 is 00:30 on 1 June in London: the due day itself, so still running.
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2023-05-31T23:30:00Z"), ZoneOffset.UTC);
        List<DeadlineStatus> statuses = CLOCK.deadlines(request(), clock);

        assertThat(statuses.get(0).state()).isEqualTo(State.RUNNING);
        java.time.Clock later = java.time.Clock.fixed(Instant.parse("2023-06-01T23:30:00Z"), ZoneOffset.UTC);
        assertThat(CLOCK.deadlines(request(), later).get(0).state()).isEqualTo(State.MISSED);
    }

    @Test
    void impossibleHistoriesAreRefusedWithAReason() {
        assertThatThrownBy(() -> request(new ReviewRequested(LocalDate.parse("2023-06-12"))))
                .hasMessageContaining("ReviewRequested on 2023-06-12 has no ResponseIssued before it");
        assertThatThrownBy(() -> request(new ResponseIssued(LocalDate.parse("2023-04-01"))))
                .hasMessageContaining("before the request was received");
    }
}
